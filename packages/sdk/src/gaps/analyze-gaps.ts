import { createMatcher } from '../match/index.js';
import type { Dataset } from '../schema/index.js';
import { runInSlices, runToEnd, type AbortSignalLike, type Steps } from '../internal/slices.js';
import { themeGroupCellsSteps } from './cells.js';
import { DEFAULT_DEMAND_WEIGHTS, ORGANISATIONAL_DEMAND, demandSignals } from './demand.js';
import { DEFAULT_FINDING_THRESHOLDS, deriveFindings } from './findings.js';
import { dimensionRowsSteps } from './rows.js';
import {
  DEMAND_SOURCES,
  GAP_DIMENSIONS,
  type DemandSource,
  type GapAnalysis,
  type GapDimension,
  type GapOptions,
  type GapRow,
} from './types.js';

function weightsOf(options: GapOptions): Record<DemandSource, number> {
  const given = options.weights ?? {};
  return Object.fromEntries(
    DEMAND_SOURCES.map((source) => {
      const weight = given[source];
      return [source, typeof weight === 'number' && Number.isFinite(weight) && weight >= 0 ? weight : DEFAULT_DEMAND_WEIGHTS[source]];
    }),
  ) as Record<DemandSource, number>;
}

/**
 * White-spot analysis: demand (the agenda's priority questions and white spots, and people's
 * questions if given) against supply (the offerings), per theme × target group and per
 * dimension, with data-coded findings such as `{ code: 'dominant', dimension: 'direction',
 * value: 'horizontal', share }`. Pure and deterministic; a matcher is built only when a question
 * has free text and no themes.
 *
 * @example
 * const analysis = analyzeGaps(defaultDataset, { questions: [{ what: 'Hoe krijg ik scholen mee in de wijkaanpak?' }] });
 * analysis.cells[0]; // { theme: 'participation', targetGroup: 'administrator', demand: { total: 15, … }, supply: 1, … }
 * analysis.findings.find((finding) => finding.code === 'scarce');
 * // { code: 'scarce', dimension: 'theme', value: 'education', supply: 1, demand: 6, comparedWith: ['health-care', 'housing', 'safety'], … }
 */
export function analyzeGaps(dataset: Dataset, options: GapOptions = {}): GapAnalysis {
  return runToEnd(analyzeGapsSteps(dataset, options));
}

/** Options of {@link analyzeGapsAsync}: those of {@link analyzeGaps}, and a signal to stop it. */
export interface AnalyzeGapsAsyncOptions extends GapOptions {
  /** Stops the analysis between two slices; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignalLike;
}

/**
 * {@link analyzeGaps} without long tasks: the same analysis, worked out in slices of a few
 * milliseconds that give the event loop back, so a page stays responsive while a large catalogue
 * is analysed.
 *
 * @example
 * const analysis = await analyzeGapsAsync(defaultDataset, { signal: new AbortController().signal });
 * analysis.cells[0]; // { theme: 'participation', targetGroup: 'administrator', demand: { total: 15, … }, supply: 1, … }
 */
export async function analyzeGapsAsync(dataset: Dataset, options: AnalyzeGapsAsyncOptions = {}): Promise<GapAnalysis> {
  const { signal, ...gapOptions } = options;
  return runInSlices(analyzeGapsSteps(dataset, gapOptions), { signal });
}

/** {@link analyzeGaps} in units of work: a row of a dimension, a thousand offerings sorted into cells, a theme's cells. */
export function* analyzeGapsSteps(dataset: Dataset, options: GapOptions = {}): Steps<GapAnalysis> {
  const weights = weightsOf(options);
  let matcher = options.matcher;
  const themesFor = (text: string): readonly string[] => {
    matcher ??= createMatcher(dataset);
    return matcher.match(text, { limit: 1 }).agenda[0]?.item.themes ?? [];
  };
  const signals = demandSignals(dataset, options.questions ?? [], {
    weights,
    organisationalDemand: options.organisationalDemand ?? ORGANISATIONAL_DEMAND,
    themesFor,
  });
  yield;
  const rows = {} as Record<GapDimension, GapRow[]>;
  for (const dimension of GAP_DIMENSIONS) rows[dimension] = yield* dimensionRowsSteps(dataset, signals, dimension);
  const cells = yield* themeGroupCellsSteps(dataset, signals);
  const themeKinds = new Map(dataset.themes.map((theme) => [theme.id, theme.kind]));
  const thresholds = { ...DEFAULT_FINDING_THRESHOLDS, ...options.thresholds };
  return {
    offerings: dataset.offerings.length,
    weights,
    cells,
    rows,
    findings: deriveFindings(rows, cells, themeKinds, thresholds),
  };
}
