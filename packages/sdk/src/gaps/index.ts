export { analyzeGaps, analyzeGapsAsync, type AnalyzeGapsAsyncOptions } from './analyze-gaps.js';
export { DEFAULT_DEMAND_WEIGHTS, ORGANISATIONAL_DEMAND } from './demand.js';
export { DEFAULT_FINDING_THRESHOLDS } from './findings.js';
export {
  DEMAND_SOURCES,
  GAP_DIMENSIONS,
  type Demand,
  type DemandSource,
  type FindingThresholds,
  type GapAnalysis,
  type GapCell,
  type GapDimension,
  type GapFinding,
  type GapOptions,
  type GapQuestion,
  type GapRow,
  type OrganisationalDemand,
} from './types.js';
