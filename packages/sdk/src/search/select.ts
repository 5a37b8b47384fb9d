import type { FacetColumn, SearchIndex } from './search-index.js';
import { FACET_IDS, type FacetId } from './types.js';

/** Selected value codes per facet; facets without a selection are absent or empty. */
export type SelectedCodes = Partial<Record<FacetId, readonly number[]>>;

export interface Selection {
  /** Positions of the offerings that pass the query and every facet, ascending. */
  readonly matches: Uint32Array;
  /** Per facet and value code: matches when that facet's own selection is left out (disjunctive faceting). */
  readonly counts: Readonly<Record<FacetId, Uint32Array>>;
}

function membership(index: SearchIndex, facet: FacetId, codes: readonly number[]): Uint32Array {
  const bits = new Uint32Array(Math.ceil(index.offerings.length / 32));
  for (const code of codes) {
    for (const position of index.columns[facet].postings[code] ?? []) bits[position >>> 5]! |= 1 << (position & 31);
  }
  return bits;
}

/**
 * One pass over the candidates sorts them into matches and near misses, then each facet column is
 * tallied over them for InstantSearch-style counts: an offering that fails no facet counts for
 * every facet, one that fails exactly one facet still counts for that facet (whose own selection
 * its counts ignore), others count nowhere.
 */
export function selectOfferings(
  index: SearchIndex,
  candidates: Uint32Array | undefined,
  selected: SelectedCodes,
): Selection {
  const active = FACET_IDS.filter((facet) => (selected[facet]?.length ?? 0) > 0);
  const bitsets = active.map((facet) => membership(index, facet, selected[facet]!));
  const counts = Object.fromEntries(
    FACET_IDS.map((facet) => [facet, new Uint32Array(index.columns[facet].values.length)]),
  ) as Record<FacetId, Uint32Array>;

  const total = candidates?.length ?? index.offerings.length;
  const matches = new Uint32Array(total);
  let matched = 0;
  // Offerings that fail exactly one facet, grouped by that facet: they count for it alone.
  const nearMisses: number[][] = active.map(() => []);
  for (let c = 0; c < total; c++) {
    const position = candidates === undefined ? c : candidates[c]!;
    let failed = -1;
    let failures = 0;
    for (let a = 0; a < active.length && failures < 2; a++) {
      if ((bitsets[a]![position >>> 5]! & (1 << (position & 31))) === 0) {
        failed = a;
        failures++;
      }
    }
    if (failures === 0) matches[matched++] = position;
    else if (failures === 1) nearMisses[failed]!.push(position);
  }
  const matching = matches.subarray(0, matched);
  for (const facet of FACET_IDS) tally(index.columns[facet], counts[facet], matching);
  active.forEach((facet, a) => tally(index.columns[facet], counts[facet], nearMisses[a]!));
  return { matches: matching, counts };
}

/** Adds one to the count of every value each offering at `positions` carries in `column`. */
function tally(column: FacetColumn, target: Uint32Array, positions: ArrayLike<number>): void {
  const { offsets, codes } = column;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    for (let k = offsets[position]!, end = offsets[position + 1]!; k < end; k++) target[codes[k]!]!++;
  }
}
