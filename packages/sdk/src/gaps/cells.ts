import { TARGET_GROUPS, type Dataset, type TargetGroup } from '../schema/index.js';
import type { DemandSignal } from './demand.js';
import { ratio } from './share.js';
import { sumDemand } from './sum-demand.js';
import type { GapCell } from './types.js';

/** Theme × target group cells with any demand or supply, largest shortfall first. */
export function themeGroupCells(dataset: Dataset, signals: readonly DemandSignal[]): GapCell[] {
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
