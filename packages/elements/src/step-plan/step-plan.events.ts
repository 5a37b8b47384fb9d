import type { StepAnswers, StepPlan, StepQuestionId } from '@leernetwerk/sdk';
import { LnEvent } from '../shared/events.js';

export interface StepPlanChangeDetail {
  /** Every answer given in the plan so far (the learning question's own answers are not in it). */
  readonly answers: StepAnswers;
  /** The plan with those answers: values, completeness, open questions, suggestions. */
  readonly plan: StepPlan;
  /** The question the person just answered. */
  readonly changed: StepQuestionId;
}

/** The person answered a question of the step plan (typed, chose, or used a suggestion). Never fired on a property set. */
export class LnStepPlanChangeEvent extends LnEvent<StepPlanChangeDetail> {
  static readonly eventName = 'ln-step-plan-change';
  constructor(detail: StepPlanChangeDetail) {
    super(LnStepPlanChangeEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ln-step-plan-change': LnStepPlanChangeEvent;
  }
}
