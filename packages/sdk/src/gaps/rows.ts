import { runToEnd, type Steps } from '../internal/slices.js';
import { DIRECTIONS, DOMAIN_SCOPES, SCALES, TARGET_GROUPS, type Dataset, type Offering } from '../schema/index.js';
import type { DemandSignal } from './demand.js';
import { ratio } from './share.js';
import { sumDemand } from './sum-demand.js';
import type { GapDimension, GapRow } from './types.js';

const offeringValues = (offering: Offering, dimension: GapDimension): readonly string[] =>
  dimension === 'theme' ? offering.themes : dimension === 'targetGroup' ? offering.targetGroups : offering[dimension];

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

/** Demand against supply for every value of one dimension, most demanded first. */
export function dimensionRows(dataset: Dataset, signals: readonly DemandSignal[], dimension: GapDimension): GapRow[] {
  return runToEnd(dimensionRowsSteps(dataset, signals, dimension));
}

/** {@link dimensionRows} in units of work, one value of the dimension (a pass over the offerings) each. */
export function* dimensionRowsSteps(dataset: Dataset, signals: readonly DemandSignal[], dimension: GapDimension): Steps<GapRow[]> {
  const values = vocabulary(dataset, dimension);
  const expressed = signals.filter((signal) => signal.values[dimension].length > 0);
  const expressedWeight = expressed.reduce((sum, signal) => sum + signal.weight, 0);
  const rows: GapRow[] = [];
  for (const value of values) {
    const demand = sumDemand(expressed.filter((signal) => signal.values[dimension].includes(value)));
    const supply = dataset.offerings.filter((offering) => offeringValues(offering, dimension).includes(value)).length;
    rows.push({
      dimension,
      value,
      demand,
      demandShare: ratio(demand.total, expressedWeight),
      supply,
      supplyShare: ratio(supply, dataset.offerings.length),
    });
    yield;
  }
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => b.row.demand.total - a.row.demand.total || a.order - b.order)
    .map(({ row }) => row);
}
