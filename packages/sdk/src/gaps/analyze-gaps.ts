import { DIRECTIONS, DOMAIN_SCOPES, SCALES, TARGET_GROUPS, type Dataset, type Offering, type TargetGroup } from '../schema/index.js';
import { createMatcher } from '../match/index.js';
import { DEFAULT_DEMAND_WEIGHTS, ORGANISATIONAL_DEMAND, demandSignals, type DemandSignal } from './demand.js';
import { DEFAULT_FINDING_THRESHOLDS, deriveFindings } from './findings.js';
import { sumDemand } from './sum-demand.js';
import {
  DEMAND_SOURCES,
  GAP_DIMENSIONS,
  type DemandSource,
  type GapAnalysis,
  type GapCell,
  type GapDimension,
  type GapOptions,
  type GapRow,
} from './types.js';

const offeringValues = (offering: Offering, dimension: GapDimension): readonly string[] =>
  dimension === 'theme' ? offering.themes : dimension === 'targetGroup' ? offering.targetGroups : offering[dimension];

const ratio = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

function vocabulary(dataset: Dataset, dimension: GapDimension): readonly string[] {
  switch (dimension) {
    case 'theme':
      return dataset.themes.map((theme) => theme.id);
    case 'targetGroup':
      return TARGET_GROUPS;
    case 'scale':
      return SCALES;
    case 'direction':
      return DIRECTIONS;
    case 'domainScope':
      return DOMAIN_SCOPES;
  }
}

function weightsOf(options: GapOptions): Record<DemandSource, number> {
  const given = options.weights ?? {};
  return Object.fromEntries(
    DEMAND_SOURCES.map((source) => {
      const weight = given[source];
      return [source, typeof weight === 'number' && Number.isFinite(weight) && weight >= 0 ? weight : DEFAULT_DEMAND_WEIGHTS[source]];
    }),
  ) as Record<DemandSource, number>;
}

function dimensionRows(dataset: Dataset, signals: readonly DemandSignal[], dimension: GapDimension): GapRow[] {
  const values = vocabulary(dataset, dimension);
  const expressed = signals.filter((signal) => signal.values[dimension].length > 0);
  const expressedWeight = expressed.reduce((sum, signal) => sum + signal.weight, 0);
  const rows = values.map((value): GapRow => {
    const demand = sumDemand(expressed.filter((signal) => signal.values[dimension].includes(value)));
    const supply = dataset.offerings.filter((offering) => offeringValues(offering, dimension).includes(value)).length;
    return {
      dimension,
      value,
      demand,
      demandShare: ratio(demand.total, expressedWeight),
      supply,
      supplyShare: ratio(supply, dataset.offerings.length),
    };
  });
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => b.row.demand.total - a.row.demand.total || a.order - b.order)
    .map(({ row }) => row);
}

function themeGroupCells(dataset: Dataset, signals: readonly DemandSignal[]): GapCell[] {
  const key = (theme: string, group: string) => `${theme}\u0000${group}`;
  const offeringsByCell = new Map<string, string[]>();
  for (const offering of dataset.offerings) {
    for (const theme of new Set(offering.themes)) {
      for (const group of new Set(offering.targetGroups)) {
        const ids = offeringsByCell.get(key(theme, group));
        if (ids === undefined) offeringsByCell.set(key(theme, group), [offering.id]);
        else ids.push(offering.id);
      }
    }
  }
  const raw = dataset.themes.flatMap((theme) =>
    TARGET_GROUPS.map((targetGroup: TargetGroup) => ({
      theme: theme.id,
      targetGroup,
      demand: sumDemand(
        signals.filter((signal) => signal.values.theme.includes(theme.id) && signal.values.targetGroup.includes(targetGroup)),
      ),
      offerings: offeringsByCell.get(key(theme.id, targetGroup)) ?? [],
    })),
  ).filter((cell) => cell.demand.total > 0 || cell.offerings.length > 0);

  const allDemand = raw.reduce((sum, cell) => sum + cell.demand.total, 0);
  const allSupply = raw.reduce((sum, cell) => sum + cell.offerings.length, 0);
  const cells = raw.map((cell): GapCell => {
    const demandShare = ratio(cell.demand.total, allDemand);
    const supply = cell.offerings.length;
    return { ...cell, supply, demandShare, supplyShare: ratio(supply, allSupply), shortfall: demandShare * allSupply - supply };
  });
  const themeOrder = new Map(dataset.themes.map((theme, i) => [theme.id, i]));
  return cells.sort(
    (a, b) =>
      b.shortfall - a.shortfall ||
      b.demand.total - a.demand.total ||
      a.supply - b.supply ||
      themeOrder.get(a.theme)! - themeOrder.get(b.theme)! ||
      TARGET_GROUPS.indexOf(a.targetGroup) - TARGET_GROUPS.indexOf(b.targetGroup),
  );
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
 * analysis.cells[0]; // { theme: 'education', targetGroup: 'policymaker', demand: { total: 6, … }, supply: 1, shortfall: 3.2, … }
 * analysis.findings.filter((finding) => finding.code === 'scarce');
 */
export function analyzeGaps(dataset: Dataset, options: GapOptions = {}): GapAnalysis {
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
  const rows = Object.fromEntries(
    GAP_DIMENSIONS.map((dimension) => [dimension, dimensionRows(dataset, signals, dimension)]),
  ) as Record<GapDimension, GapRow[]>;
  const cells = themeGroupCells(dataset, signals);
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
