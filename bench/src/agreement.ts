import type { Dataset } from '@leernetwerk/sdk';
import type { Engine, QueryKind } from './engines/types.js';
import type { BenchQuery } from './replay.js';

export interface AgreementRow {
  readonly engine: string;
  readonly kind: QueryKind;
  readonly queries: number;
  /** Mean share of our top 10 that this engine also has in its top 10 (1 for ourselves). */
  readonly overlapWithOurs: number;
  /** Mean share of its top 10 whose offering carries the theme the query was made for; NaN when unknown. */
  readonly themePrecision: number;
  /** Queries for which it returned nothing. */
  readonly empty: number;
  /** Mean number of results in its top 10. */
  readonly meanResults: number;
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : Number.NaN);

/**
 * How far the engines agree on complete queries: overlap@10 with `ours`, and precision@10
 * against "offerings of the query's intended theme" where the generator tells the theme.
 */
export function agreement(
  engines: readonly Engine[],
  ours: string,
  queries: readonly BenchQuery[],
  dataset: Dataset,
  k = 10,
): AgreementRow[] {
  const themesOf = new Map(dataset.offerings.map((o) => [o.id, new Set(o.themes)]));
  const rows: AgreementRow[] = [];
  for (const kind of ['finder', 'question'] as const) {
    const own = queries.filter((q) => q.kind === kind);
    if (own.length === 0) continue;
    const tops = engines.map((engine) => own.map((q) => engine.top(q.text, kind, k)));
    const reference = tops[engines.findIndex((e) => e.name === ours)];
    engines.forEach((engine, e) => {
      const overlaps: number[] = [];
      const precisions: number[] = [];
      let empty = 0;
      own.forEach((query, q) => {
        const top = tops[e]![q]!;
        if (top.length === 0) empty++;
        if (reference) {
          const theirs = new Set(top);
          const base = reference[q]!;
          const denominator = Math.min(k, Math.max(base.length, top.length));
          if (denominator > 0) overlaps.push(base.filter((id) => theirs.has(id)).length / denominator);
        }
        if (query.theme !== undefined) {
          const theme = query.theme;
          precisions.push(top.length ? top.filter((id) => themesOf.get(id)?.has(theme)).length / top.length : 0);
        }
      });
      rows.push({
        engine: engine.name,
        kind,
        queries: own.length,
        overlapWithOurs: mean(overlaps),
        themePrecision: mean(precisions),
        empty,
        meanResults: mean(tops[e]!.map((t) => t.length)),
      });
    });
  }
  return rows;
}
