import {
  DEFAULT_FINDING_THRESHOLDS,
  DIRECTIONS,
  DOMAIN_SCOPES,
  SCALES,
  TARGET_GROUPS,
  type Dataset,
  type GapAnalysis,
  type GapCell,
  type GapRow,
  type Offering,
} from '@leernetwerk/sdk';

/** What the map shows: themes × target groups (the SDK's cells), or one other dimension (the SDK's rows). */
export const MAP_DIMENSIONS = ['targetGroup', 'scale', 'direction', 'domainScope'] as const;
export type MapDimension = (typeof MAP_DIMENSIONS)[number];

/**
 * How supply relates to demand in a cell, from the SDK's numbers and its `underservedRatio`:
 * - `uncovered`: demand and not one offering (a white spot);
 * - `short`: its share of the supply is at most `ratio` × its share of the demand (as the SDK's `underserved`);
 * - `balanced`: in between;
 * - `ample`: its share of the supply is at least its share of the demand ÷ `ratio`;
 * - `unasked`: offerings, but no demand measured;
 * - `empty`: neither.
 */
export const GAP_LEVELS = ['uncovered', 'short', 'balanced', 'ample', 'unasked', 'empty'] as const;
export type GapLevel = (typeof GAP_LEVELS)[number];

export function gapLevel(
  n: { demand: number; supply: number; demandShare: number; supplyShare: number },
  ratio: number = DEFAULT_FINDING_THRESHOLDS.underservedRatio,
): GapLevel {
  if (n.demand <= 0) return n.supply > 0 ? 'unasked' : 'empty';
  if (n.supply === 0) return 'uncovered';
  if (n.supplyShare <= ratio * n.demandShare) return 'short';
  if (n.supplyShare * ratio >= n.demandShare) return 'ample';
  return 'balanced';
}

export interface GridCell {
  /** Row and column value ids: theme and target group, or the dimension's value and ''. */
  readonly row: string;
  readonly column: string;
  readonly demand: number;
  readonly demandShare: number;
  readonly supply: number;
  readonly supplyShare: number;
  readonly level: GapLevel;
  readonly agendaItems: readonly string[];
  readonly questions: number;
  readonly offerings: readonly string[];
}

export interface Grid {
  readonly dimension: MapDimension;
  /** Row value ids: themes (dataset order, content before process) or the dimension's values. */
  readonly rows: readonly string[];
  /** Column value ids: target groups, or one column ('') for a single dimension. */
  readonly columns: readonly string[];
  /** `cells[r][c]`, every position filled (a theme and group without demand or supply is `empty`). */
  readonly cells: readonly (readonly GridCell[])[];
}

const fromCell = (theme: string, group: string, cell: GapCell | undefined, ratio?: number): GridCell => {
  const numbers = {
    demand: cell?.demand.total ?? 0,
    demandShare: cell?.demandShare ?? 0,
    supply: cell?.supply ?? 0,
    supplyShare: cell?.supplyShare ?? 0,
  };
  return {
    row: theme,
    column: group,
    ...numbers,
    level: gapLevel(numbers, ratio),
    agendaItems: cell?.demand.agendaItems ?? [],
    questions: cell?.demand.questions ?? 0,
    offerings: cell?.offerings ?? [],
  };
};

const valuesOf = (offering: Offering, dimension: Exclude<MapDimension, 'targetGroup'>): readonly string[] => offering[dimension];

const fromRow = (
  dimension: Exclude<MapDimension, 'targetGroup'>,
  value: string,
  row: GapRow | undefined,
  dataset: Dataset,
  ratio?: number,
): GridCell => {
  const numbers = {
    demand: row?.demand.total ?? 0,
    demandShare: row?.demandShare ?? 0,
    supply: row?.supply ?? 0,
    supplyShare: row?.supplyShare ?? 0,
  };
  return {
    row: value,
    column: '',
    ...numbers,
    level: gapLevel(numbers, ratio),
    agendaItems: row?.demand.agendaItems ?? [],
    questions: row?.demand.questions ?? 0,
    // The SDK counts these; the list is for the detail panel.
    offerings: dataset.offerings.filter((o) => valuesOf(o, dimension).includes(value)).map((o) => o.id),
  };
};

const VOCABULARY = { scale: SCALES, direction: DIRECTIONS, domainScope: DOMAIN_SCOPES } as const;

/**
 * The SDK's gap analysis laid out as a grid: every theme × target group cell (`analysis.cells`),
 * or every value of scale, direction or domain scope (`analysis.rows`), with its level. Numbers
 * are the SDK's, unchanged.
 */
export function gapGrid(analysis: GapAnalysis, dataset: Dataset, dimension: MapDimension, ratio?: number): Grid {
  if (dimension === 'targetGroup') {
    const byKey = new Map(analysis.cells.map((cell) => [`${cell.theme}\u0000${cell.targetGroup}`, cell]));
    const themes = [...dataset.themes].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'content' ? -1 : 1)).map((t) => t.id);
    return {
      dimension,
      rows: themes,
      columns: TARGET_GROUPS,
      cells: themes.map((theme) => TARGET_GROUPS.map((group) => fromCell(theme, group, byKey.get(`${theme}\u0000${group}`), ratio))),
    };
  }
  const rows = new Map(analysis.rows[dimension].map((row) => [row.value, row]));
  const values = VOCABULARY[dimension];
  return { dimension, rows: values, columns: [''], cells: values.map((value) => [fromRow(dimension, value, rows.get(value), dataset, ratio)]) };
}
