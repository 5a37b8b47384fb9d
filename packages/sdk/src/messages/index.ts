export { MESSAGES, messagesFor } from './catalog.js';
export { localize } from './localize.js';
export { label } from './label.js';
export { formatReason } from './reason.js';
export { formatProblem } from './problem.js';
export { UNCOVERED_NAMED, formatFinding, formatFindings, type FormatFindingsOptions } from './finding.js';
export { formatSuggestion, stepQuestionText, stepText } from './step-plan.js';
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
