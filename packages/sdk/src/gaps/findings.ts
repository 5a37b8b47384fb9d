import type { ThemeKind } from '../schema/index.js';
import { GAP_DIMENSIONS, type FindingThresholds, type GapCell, type GapDimension, type GapFinding, type GapRow } from './types.js';

/** A majority that no other value also reaches; half the peers' median; half the demand share. */
export const DEFAULT_FINDING_THRESHOLDS: FindingThresholds = { dominantShare: 0.5, scarceRatio: 0.5, underservedRatio: 0.5 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const bySupply = (a: GapRow, b: GapRow): number => b.supply - a.supply || compareIds(a.value, b.value);
const leastSupplied = (a: GapRow, b: GapRow): number => a.supply - b.supply || compareIds(a.value, b.value);

/** Values are compared with their peers: themes only with themes of the same kind. */
function peerGroups(dimension: GapDimension, rows: readonly GapRow[], themeKinds: ReadonlyMap<string, ThemeKind>): GapRow[][] {
  if (dimension !== 'theme') return [[...rows]];
  const groups = new Map<string, GapRow[]>();
  for (const row of rows) {
    const kind = themeKinds.get(row.value) ?? 'content';
    groups.set(kind, [...(groups.get(kind) ?? []), row]);
  }
  return [...groups.values()];
}

function dominant(dimension: GapDimension, group: readonly GapRow[], t: FindingThresholds): GapFinding[] {
  const [top, ...others] = [...group].sort(bySupply);
  if (top === undefined || others.length === 0) return [];
  if (top.supplyShare <= t.dominantShare || others[0]!.supplyShare > t.dominantShare) return [];
  return [
    { code: 'dominant', dimension, value: top.value, share: top.supplyShare, supply: top.supply, comparedWith: others.map((r) => r.value) },
  ];
}

function scarce(dimension: GapDimension, group: readonly GapRow[], t: FindingThresholds): GapFinding[] {
  const findings: GapFinding[] = [];
  for (const row of [...group].sort(leastSupplied)) {
    const others = group.filter((other) => other !== row);
    if (row.demand.total <= 0 || others.length === 0) continue;
    const reference = median(others.map((other) => other.supply));
    if (reference === 0 || row.supply > t.scarceRatio * reference) continue;
    findings.push({
      code: 'scarce',
      dimension,
      value: row.value,
      supply: row.supply,
      share: row.supplyShare,
      demand: row.demand.total,
      reference,
      peers: others.length,
      comparedWith: others.filter((other) => other.supply >= reference).sort(bySupply).map((other) => other.value),
    });
  }
  return findings;
}

function underserved(dimension: GapDimension, rows: readonly GapRow[], t: FindingThresholds): GapFinding[] {
  return rows
    .filter((row) => row.demand.total > 0 && row.supplyShare <= t.underservedRatio * row.demandShare)
    .map((row) => ({
      code: 'underserved',
      dimension,
      value: row.value,
      demand: row.demand.total,
      demandShare: row.demandShare,
      supply: row.supply,
      supplyShare: row.supplyShare,
    }));
}

/**
 * Statements the numbers support: per dimension a value that dominates the supply; wanted
 * values that are scarce compared with their peers, or whose share of the supply falls far
 * behind their share of the demand; and theme × group cells with demand but no offering at all.
 */
export function deriveFindings(
  rows: Readonly<Record<GapDimension, readonly GapRow[]>>,
  cells: readonly GapCell[],
  themeKinds: ReadonlyMap<string, ThemeKind>,
  thresholds: FindingThresholds,
): GapFinding[] {
  const groups = GAP_DIMENSIONS.flatMap((dimension) =>
    peerGroups(dimension, rows[dimension], themeKinds).map((group) => ({ dimension, group })),
  );
  const uncovered = cells
    .filter((cell) => cell.demand.total > 0 && cell.supply === 0)
    .sort((a, b) => b.demand.total - a.demand.total)
    .map((cell): GapFinding => ({ code: 'uncovered', theme: cell.theme, targetGroup: cell.targetGroup, demand: cell.demand.total }));
  return [
    ...groups.flatMap(({ dimension, group }) => dominant(dimension, group, thresholds)),
    ...groups.flatMap(({ dimension, group }) => scarce(dimension, group, thresholds)),
    ...GAP_DIMENSIONS.flatMap((dimension) => underserved(dimension, rows[dimension], thresholds)),
    ...uncovered,
  ];
}
