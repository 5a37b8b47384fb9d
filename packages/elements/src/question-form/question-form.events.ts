import type { LearningQuestion, StepPlan } from '@leernetwerk/sdk';
import { LnEvent } from '../shared/events.js';

/** What the person typed and chose so far: not validated, every field optional. */
export type QuestionDraft = Partial<LearningQuestion>;

export interface QuestionSubmitDetail {
  /** The question as `parseQuestion` validated it; nothing else the person did is in it. */
  readonly question: LearningQuestion;
  /** Only when the person ticked "send the step plan with my question". */
  readonly stepPlan?: StepPlan;
}

/**
 * The person sent a validated question. Cancelable: a host that delivers the question itself
 * calls `preventDefault()`, and the form shows its confirmation without posting anywhere.
 */
export class LnQuestionSubmitEvent extends LnEvent<QuestionSubmitDetail> {
  static readonly eventName = 'ln-question-submit';
  constructor(detail: QuestionSubmitDetail) {
    super(LnQuestionSubmitEvent.eventName, detail, { cancelable: true });
  }
}

/** The person changed the question (debounced, only on their own input; never on a property set). */
export class LnQuestionChangeEvent extends LnEvent<{ readonly question: QuestionDraft }> {
  static readonly eventName = 'ln-question-change';
  constructor(question: QuestionDraft) {
    super(LnQuestionChangeEvent.eventName, { question });
  }
}

/** The person opened the step plan for a new learning network. */
export class LnStepPlanOpenEvent extends LnEvent<{ readonly question: QuestionDraft; readonly plan: StepPlan }> {
  static readonly eventName = 'ln-step-plan-open';
  constructor(question: QuestionDraft, plan: StepPlan) {
    super(LnStepPlanOpenEvent.eventName, { question, plan });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ln-question-submit': LnQuestionSubmitEvent;
    'ln-question-change': LnQuestionChangeEvent;
    'ln-step-plan-open': LnStepPlanOpenEvent;
  }
}
