export { stepPlan } from './step-plan.js';
export type { StepPlanOptions, StepPlanQuestion } from './step-plan.js';
export type { PlanMatch } from './suggest.js';
export { STEP_QUESTIONS } from './questions.js';
export type { QuestionSpec } from './questions.js';
export { STEP_IDS, STEP_QUESTION_IDS, SUPPORT_LEVELS } from './types.js';
export type {
  AnswerKind,
  OptionKind,
  Step,
  StepAnswer,
  StepAnswers,
  StepId,
  StepPlan,
  StepQuestion,
  StepQuestionId,
  Suggestion,
  SupportLevel,
} from './types.js';
