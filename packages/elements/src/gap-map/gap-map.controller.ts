import { analyzeGapsAsync, type Dataset, type GapAnalysis, type GapQuestion, type Matcher } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataState } from '../provider/data-context.js';
import { gapGrid, MAP_DIMENSIONS, type Grid, type GridCell, type MapDimension } from './gap-grid.js';

export type GapMapView = 'map' | 'table';

export interface GapMapOptions {
  readonly data: () => DataState;
  readonly questions: () => readonly GapQuestion[] | undefined;
  /** The dimension the host asked for (attribute `dimension`). */
  readonly dimension: () => MapDimension;
}

/** What the element renders: read-only data and the person's choices. */
export interface GapMapState {
  readonly dataset: Dataset;
  readonly analysis: GapAnalysis;
  readonly dimension: MapDimension;
  readonly view: GapMapView;
  readonly grid: Grid;
  /** Row and column of the cell that has focus (roving tabindex) and whose details are shown. */
  readonly active: { readonly row: number; readonly column: number };
  readonly activeCell: GridCell;
  readonly questions: number;
}

export function isMapDimension(value: unknown): value is MapDimension {
  return typeof value === 'string' && (MAP_DIMENSIONS as readonly string[]).includes(value);
}

/** Grid keys: arrows, Home/End in a row, Ctrl+Home/End for the first and last cell, PageUp/PageDown to the first or last row. */
export function moveInGrid(
  key: string,
  ctrl: boolean,
  at: { row: number; column: number },
  size: { rows: number; columns: number },
): { row: number; column: number } | undefined {
  const clamp = (n: number, max: number) => Math.min(Math.max(n, 0), max - 1);
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, size.rows), column: at.column };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, size.rows), column: at.column };
    case 'ArrowLeft':
      return { row: at.row, column: clamp(at.column - 1, size.columns) };
    case 'ArrowRight':
      return { row: at.row, column: clamp(at.column + 1, size.columns) };
    case 'Home':
      return ctrl ? { row: 0, column: 0 } : { row: at.row, column: 0 };
    case 'End':
      return ctrl ? { row: size.rows - 1, column: size.columns - 1 } : { row: at.row, column: size.columns - 1 };
    case 'PageUp':
      return { row: 0, column: at.column };
    case 'PageDown':
      return { row: size.rows - 1, column: at.column };
    default:
      return undefined;
  }
}

/** One analysis: its inputs, and its result once the slices are done. */
interface Analysis {
  readonly key: unknown[];
  readonly abort: AbortController;
  value?: GapAnalysis;
  error?: unknown;
}

/**
 * Adapts the SDK's `analyzeGaps` to the gap map: runs it once per dataset, matcher and list of
 * questions (with the provider's matcher, so no second index is built) in slices of its own
 * (`analyzeGapsAsync`: a large catalogue is no long task; meanwhile `analysing` is true), lays
 * it out as a grid for the chosen dimension, and keeps the active cell and the map/table choice.
 */
export class GapMapController implements ReactiveController {
  #dimension: MapDimension;
  #hostDimension: MapDimension;
  #view: GapMapView = 'map';
  #active = { row: 0, column: 0 };
  #analysis: Analysis | undefined;
  #grid: { key: unknown[]; value: Grid } | undefined;
  #state: { key: unknown[]; value: GapMapState } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GapMapOptions,
  ) {
    this.#dimension = this.#hostDimension = options.dimension();
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#analysis?.abort.abort();
    this.#analysis = undefined;
  }

  /** True while the data is ready and its analysis is still being worked out. */
  get analysing(): boolean {
    const data = this.options.data();
    return data.status === 'ready' && data.dataset !== undefined && this.state === undefined;
  }

  hostUpdate(): void {
    const wanted = this.options.dimension();
    if (wanted !== this.#hostDimension) {
      this.#hostDimension = wanted;
      this.#dimension = wanted;
      this.#active = { row: 0, column: 0 };
    }
  }

  /** Undefined until the data is ready and analysed. */
  get state(): GapMapState | undefined {
    const data = this.options.data();
    if (data.status !== 'ready' || !data.dataset) return undefined;
    const analysis = this.#analyze(data.dataset, data.matcher, this.options.questions());
    if (analysis === undefined) return undefined;
    const grid = this.#layout(analysis, data.dataset);
    const active = {
      row: Math.min(this.#active.row, grid.rows.length - 1),
      column: Math.min(this.#active.column, grid.columns.length - 1),
    };
    const key = [grid, this.#view, active.row, active.column];
    if (this.#state && key.every((k, i) => k === this.#state!.key[i])) return this.#state.value;
    const value: GapMapState = {
      dataset: data.dataset,
      analysis,
      dimension: this.#dimension,
      view: this.#view,
      grid,
      active,
      activeCell: grid.cells[active.row]![active.column]!,
      questions: this.options.questions()?.length ?? 0,
    };
    this.#state = { key, value };
    return value;
  }

  readonly setDimension = (dimension: MapDimension): void => {
    if (!isMapDimension(dimension) || dimension === this.#dimension) return;
    this.#dimension = dimension;
    this.#active = { row: 0, column: 0 };
    this.host.requestUpdate();
  };

  readonly toggleView = (): void => {
    this.#view = this.#view === 'map' ? 'table' : 'map';
    this.host.requestUpdate();
  };

  readonly activate = (row: number, column: number): void => {
    if (row === this.#active.row && column === this.#active.column) return;
    this.#active = { row, column };
    this.host.requestUpdate();
  };

  /** Handles a grid key; returns the new position when the key moved it. */
  readonly move = (key: string, ctrl: boolean): { row: number; column: number } | undefined => {
    const state = this.state;
    if (!state) return undefined;
    const next = moveInGrid(key, ctrl, state.active, { rows: state.grid.rows.length, columns: state.grid.columns.length });
    if (next) this.activate(next.row, next.column);
    return next;
  };

  #analyze(dataset: Dataset, matcher: Matcher | undefined, questions: readonly GapQuestion[] | undefined): GapAnalysis | undefined {
    const key = [dataset, matcher, questions];
    const current = this.#analysis;
    if (current && key.every((k, i) => k === current.key[i])) {
      if (current.error !== undefined) throw current.error;
      return current.value;
    }
    current?.abort.abort();
    const analysis: Analysis = { key, abort: new AbortController() };
    this.#analysis = analysis;
    const options = { ...(questions ? { questions } : {}), ...(matcher ? { matcher } : {}), signal: analysis.abort.signal };
    analyzeGapsAsync(dataset, options).then(
      (value) => this.#settle(analysis, { value }),
      (error: unknown) => this.#settle(analysis, { error }),
    );
    return undefined;
  }

  /** The result is rendered in a task after the analysis' last slice, so the two don't add up to one long task. */
  #settle(analysis: Analysis, outcome: { value?: GapAnalysis; error?: unknown }): void {
    setTimeout(() => {
      if (this.#analysis !== analysis || analysis.abort.signal.aborted) return;
      Object.assign(analysis, outcome);
      this.host.requestUpdate();
    }, 0);
  }

  #layout(analysis: GapAnalysis, dataset: Dataset): Grid {
    const key = [analysis, this.#dimension];
    if (this.#grid && key.every((k, i) => k === this.#grid!.key[i])) return this.#grid.value;
    const value = gapGrid(analysis, dataset, this.#dimension);
    this.#grid = { key, value };
    return value;
  }
}
