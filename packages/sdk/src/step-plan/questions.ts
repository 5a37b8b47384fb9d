import {
  DIRECTIONS,
  DOMAIN_SCOPES,
  DURATIONS,
  LEARNING_FORMS,
  LEARNING_FORM_INTENSITIES,
  ORGANISATION_TYPES,
  PEER_MIXES,
  SCALES,
  TARGET_GROUPS,
} from '../schema/index.js';
import type { Dataset, LearningQuestion } from '../schema/index.js';
import { SUPPORT_LEVELS } from './types.js';
import type { AnswerKind, OptionKind, StepId, StepQuestionId } from './types.js';

/** How one question of the plan is asked and where its answer may already be. */
export interface QuestionSpec {
  readonly id: StepQuestionId;
  readonly kind: AnswerKind;
  readonly optionKind?: OptionKind;
  /** The option ids; some come from the dataset. */
  readonly options?: (dataset: Dataset | undefined) => readonly string[];
  /** The field of the learning question that already answers it. */
  readonly from?: keyof LearningQuestion;
  /** Worth asking, but a plan is complete without it. */
  readonly optional?: boolean;
}

const fixed = (values: readonly string[]) => () => values;
/** Network kinds that bring expertise rather than peers. */
export const KNOWLEDGE_KINDS: ReadonlySet<string> = new Set(['knowledge-organisation', 'knowledge-infrastructure']);

const text = (id: StepQuestionId, from?: keyof LearningQuestion, optional?: boolean): QuestionSpec => ({
  id,
  kind: 'text',
  ...(from === undefined ? {} : { from }),
  ...(optional ? { optional } : {}),
});

/**
 * The questions of each step, after section 4.2 of the report: the learning goal and result;
 * who and what is needed (partners, existing networks, time, money, capacity, expertise); how
 * (forms that fit the group, light or intensive); where (scale, peers or mixed, within or across
 * domains, horizontal or vertical); and how results are secured and shared.
 */
export const STEP_QUESTIONS: Readonly<Record<StepId, readonly QuestionSpec[]>> = {
  goal: [
    text('goal.question', 'what'),
    text('goal.result'),
    {
      id: 'goal.themes',
      kind: 'multi-choice',
      optionKind: 'theme',
      options: (dataset) => dataset?.themes.map((t) => t.id) ?? [],
      from: 'themes',
    },
    {
      id: 'goal.agenda',
      kind: 'multi-choice',
      optionKind: 'agendaItem',
      options: (dataset) => dataset?.agenda.map((a) => a.id) ?? [],
      optional: true,
    },
  ],
  'who-what': [
    { id: 'who-what.support', kind: 'choice', optionKind: 'supportLevel', options: fixed(SUPPORT_LEVELS) },
    { id: 'who-what.partners', kind: 'multi-choice', optionKind: 'organisationType', options: fixed(ORGANISATION_TYPES) },
    {
      id: 'who-what.networks',
      kind: 'multi-choice',
      optionKind: 'network',
      options: (dataset) => dataset?.networks.map((n) => n.id) ?? [],
      optional: true,
    },
    {
      id: 'who-what.expertise',
      kind: 'multi-choice',
      optionKind: 'network',
      options: (dataset) => dataset?.networks.filter((n) => KNOWLEDGE_KINDS.has(n.kind)).map((n) => n.id) ?? [],
      optional: true,
    },
    text('who-what.time'),
    text('who-what.money'),
    text('who-what.capacity'),
  ],
  how: [
    {
      id: 'how.target-groups',
      kind: 'multi-choice',
      optionKind: 'targetGroup',
      options: fixed(TARGET_GROUPS),
      from: 'targetGroup',
    },
    {
      id: 'how.learning-forms',
      kind: 'multi-choice',
      optionKind: 'learningForm',
      options: fixed(LEARNING_FORMS),
      from: 'learningForms',
    },
    { id: 'how.intensity', kind: 'choice', optionKind: 'learningFormIntensity', options: fixed(LEARNING_FORM_INTENSITIES) },
    { id: 'how.duration', kind: 'choice', optionKind: 'duration', options: fixed(DURATIONS), from: 'duration' },
  ],
  where: [
    { id: 'where.scale', kind: 'multi-choice', optionKind: 'scale', options: fixed(SCALES), from: 'scale' },
    text('where.region', 'region', true),
    { id: 'where.peer-mix', kind: 'choice', optionKind: 'peerMix', options: fixed(PEER_MIXES), from: 'peerMix' },
    { id: 'where.domain-scope', kind: 'choice', optionKind: 'domainScope', options: fixed(DOMAIN_SCOPES), from: 'domainScope' },
    { id: 'where.direction', kind: 'choice', optionKind: 'direction', options: fixed(DIRECTIONS), from: 'direction' },
  ],
  results: [text('results.securing'), text('results.sharing'), text('results.roles')],
};
