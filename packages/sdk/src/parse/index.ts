export { parseDataset, parseDatasetAsync } from './dataset.js';
export type { ParseDatasetAsyncOptions, ParseDatasetOptions, ParseDatasetResult, ParseMode } from './dataset.js';
export { parseDatasetJson } from './json.js';
export { parseQuestion } from './question.js';
export type { ParseQuestionResult } from './question.js';
export { parseOffering } from './offering.js';
export type { ParseOfferingOptions, ParseOfferingResult } from './offering.js';
export { PROBLEM_CODES, formatPath } from './problem.js';
export type {
  DatasetProblem,
  PathSegment,
  Problem,
  ProblemCode,
  ProblemParam,
  ProblemParams,
  QuestionProblem,
} from './problem.js';
export { VALUE_TYPES } from './describe.js';
export type { ValueType } from './describe.js';
