export { MESSAGES, messagesFor } from './catalog.js';
export { localize } from './localize.js';
export { label, labelIn } from './label.js';
export { formatReason, formatReasonIn } from './reason.js';
export { formatProblem, formatProblemIn } from './problem.js';
export {
  UNCOVERED_NAMED,
  formatFinding,
  formatFindingIn,
  formatFindings,
  formatFindingsIn,
  type FormatFindingsOptions,
} from './finding.js';
export { formatSuggestion, formatSuggestionIn, stepQuestionText, stepText } from './step-plan.js';
export { LANGS, TEXT_FIELDS } from './types.js';
export type {
  FindingCode,
  FindingLookup,
  FindingMessages,
  FindingOf,
  FindingSummaryMessages,
  FindingTemplate,
  LabelKind,
  Lang,
  Messages,
  ProblemTemplate,
  ReasonLookup,
  ReasonTemplate,
  RecordKind,
  StepPlanMessages,
  TextField,
  VocabularyKind,
  VocabularyLabels,
} from './types.js';
