// The render state and options of QuestionFormController.
import { DEFAULT_MIN_FIT } from '@leernetwerk/sdk';
import type { AgendaItem, Dataset, LearningQuestion, Matcher, MatchResult, QuestionProblem, SharedQuestion, StepAnswers, StepPlan } from '@leernetwerk/sdk';
import type { FormDraftStatus, FormFlowState, FormFlowStatus, FormHostOptions } from '../shared/form-flow.js';
import type { QuestionDraft, QuestionSubmitDetail } from './question-form.events.js';

export type FormStatus = FormFlowStatus;
export type StepPlanMode = 'auto' | 'always' | 'never';

export const DEFAULT_DEBOUNCE = 200;
/** The `min-score` default: the SDK's `DEFAULT_MIN_FIT`. */
export const DEFAULT_MIN_SCORE = DEFAULT_MIN_FIT;
/** Results per list (agenda items, similar questions, offerings). */
export const RESULT_LIMIT = 5;

export type DraftStatus = FormDraftStatus;

export interface StepPlanState {
  /** Shown prominently: nothing fits well (auto) or always. */
  readonly offered: boolean;
  /** The person may open it (step-plan is not `never`). */
  readonly available: boolean;
  readonly open: boolean;
  /** The person chose to send it with the question. */
  readonly include: boolean;
  /** The plan with the answers given in it (what is sent when `include`). */
  readonly plan: StepPlan | undefined;
  /** The answers given in the plan itself; kept in the draft with the question. */
  readonly answers: StepAnswers;
}

/**
 * What the element renders: read-only data. `problems` come from `parseQuestion` (after the person
 * asked to review; never holding what they typed), `validated` is the checked question.
 */
export interface QuestionFormState extends FormFlowState<LearningQuestion, QuestionProblem> {
  readonly question: QuestionDraft;
  /** The last match; undefined before the person wrote or chose anything. */
  readonly result: MatchResult | undefined;
  /** A match is scheduled (the person is typing). */
  readonly matching: boolean;
  /** An agenda item or offering fits at least `minScore`: the SDK's `!result.nothingFits` (its `score × coverage`). */
  readonly fits: boolean;
  /** The agenda item the question is about (deep link or `topic`). */
  readonly topic: AgendaItem | undefined;
  readonly stepPlan: StepPlanState;
}

export interface QuestionFormOptions extends FormHostOptions<QuestionSubmitDetail> {
  /** The loaded data (from `DataConsumer`); undefined while loading. */
  readonly data: () => { readonly dataset?: Dataset; readonly matcher?: Matcher } | undefined;
  /** A host's pool of shared questions, already checked (see `readSharedQuestions`). */
  readonly questions?: () => readonly SharedQuestion[] | undefined;
  readonly debounce?: () => number | undefined;
  /** The SDK's `minFit`: how well an agenda item or offering must fit (`score × coverage`, 0–1). */
  readonly minScore?: () => number | undefined;
  readonly stepPlan?: () => StepPlanMode | undefined;
}
