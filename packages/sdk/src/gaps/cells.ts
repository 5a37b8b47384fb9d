import { runToEnd, type Steps } from '../internal/slices.js';
import { TARGET_GROUPS, type Dataset, type TargetGroup } from '../schema/index.js';
import type { DemandSignal } from './demand.js';
import { ratio } from './share.js';
import { sumDemand } from './sum-demand.js';
import type { Demand, GapCell } from './types.js';

/** Offerings sorted into cells per unit of work. */
const OFFERINGS_PER_UNIT = 1000;

/** Theme × target group cells with any demand or supply, largest shortfall first. */
export function themeGroupCells(dataset: Dataset, signals: readonly DemandSignal[]): GapCell[] {
  return runToEnd(themeGroupCellsSteps(dataset, signals));
}

/** {@link themeGroupCells} in units of work: a thousand offerings sorted into cells, or one theme's cells. */
export function* themeGroupCellsSteps(dataset: Dataset, signals: readonly DemandSignal[]): Steps<GapCell[]> {
  const key = (theme: string, group: string) => `${theme}\u0000${group}`;
  const offeringsByCell = new Map<string, string[]>();
  let sorted = 0;
  for (const offering of dataset.offerings) {
    for (const theme of new Set(offering.themes)) {
      for (const group of new Set(offering.targetGroups)) {
        const ids = offeringsByCell.get(key(theme, group));
        if (ids === undefined) offeringsByCell.set(key(theme, group), [offering.id]);
        else ids.push(offering.id);
      }
    }
    if (++sorted % OFFERINGS_PER_UNIT === 0) yield;
  }
  const raw: { theme: string; targetGroup: TargetGroup; demand: Demand; offerings: string[] }[] = [];
  for (const theme of dataset.themes) {
    for (const targetGroup of TARGET_GROUPS) {
      const demand = sumDemand(
        signals.filter((signal) => signal.values.theme.includes(theme.id) && signal.values.targetGroup.includes(targetGroup)),
      );
      const offerings = offeringsByCell.get(key(theme.id, targetGroup)) ?? [];
      if (demand.total > 0 || offerings.length > 0) raw.push({ theme: theme.id, targetGroup, demand, offerings });
    }
    yield;
  }

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
