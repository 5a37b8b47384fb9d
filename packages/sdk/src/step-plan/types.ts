import type { Reason } from '../reasons.js';

/** The five steps of the report's step plan for a new learning network (section 4.2, function 2). */
export const STEP_IDS = ['goal', 'who-what', 'how', 'where', 'results'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Each question's id is also its message key: `messages/` holds its label and hint. */
export const STEP_QUESTION_IDS = [
  'goal.question',
  'goal.result',
  'goal.themes',
  'goal.agenda',
  'who-what.support',
  'who-what.partners',
  'who-what.networks',
  'who-what.expertise',
  'who-what.time',
  'who-what.money',
  'who-what.capacity',
  'how.target-groups',
  'how.learning-forms',
  'how.intensity',
  'how.duration',
  'where.scale',
  'where.region',
  'where.peer-mix',
  'where.domain-scope',
  'where.direction',
  'results.securing',
  'results.sharing',
  'results.roles',
] as const;
export type StepQuestionId = (typeof STEP_QUESTION_IDS)[number];

/**
 * How much the coordination team helps (section 4.2): at the lightest, it helps initiators
 * organise it themselves; more intensively, it helps set the network up.
 */
export const SUPPORT_LEVELS = ['self-organised', 'set-up-together'] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

export type AnswerKind = 'text' | 'choice' | 'multi-choice';

/** Which list a choice question's option ids come from; `messages/label()` names them. */
export type OptionKind =
  | 'theme'
  | 'agendaItem'
  | 'network'
  | 'supportLevel'
  | 'organisationType'
  | 'targetGroup'
  | 'learningForm'
  | 'learningFormIntensity'
  | 'duration'
  | 'scale'
  | 'peerMix'
  | 'domainScope'
  | 'direction';

export type StepAnswer = string | readonly string[];
export type StepAnswers = Partial<Record<StepQuestionId, StepAnswer>>;

/** An option worth considering, ranked, with its reasons as data. */
export interface Suggestion {
  readonly id: string;
  readonly score: number;
  readonly reasons: readonly Reason[];
  /** For a network: the matched offerings it already runs (why building on it avoids fragmentation). */
  readonly offerings?: readonly string[];
}

export interface StepQuestion {
  readonly id: StepQuestionId;
  readonly step: StepId;
  readonly kind: AnswerKind;
  readonly optionKind?: OptionKind;
  readonly options?: readonly string[];
  /** The answer so far: given in `answers`, or taken from the learning question (see `from`). */
  readonly value?: StepAnswer;
  /** The learning question's field `value` came from, when it did. */
  readonly from?: string;
  readonly suggestions: readonly Suggestion[];
  /** Counts for completeness: not optional, and answerable (a choice without options is not). */
  readonly required: boolean;
  readonly answered: boolean;
}

export interface Step {
  readonly id: StepId;
  readonly questions: readonly StepQuestion[];
  /** Answered required questions of this step, from 0 to 1 (1 when it has none). */
  readonly completeness: number;
}

export interface StepPlan {
  readonly steps: readonly Step[];
  /** Answered required questions of the whole plan, from 0 to 1. */
  readonly completeness: number;
  /** Required questions still without an answer, in plan order. */
  readonly open: readonly StepQuestionId[];
}
