import type { Ranked } from '../reasons.js';
import type { Offering } from '../schema/index.js';
import { asksForText } from './asks-for-text.js';
import { hitReasons } from './hit-reasons.js';
import { normalizeSearchParams } from './params.js';
import { searchIndexOf, type SearchIndex } from './search-index.js';
import { selectOfferings, type SelectedCodes, type Selection } from './select.js';
import { sortFns } from './sort-fns.js';
import { topK } from './top-k.js';
import {
  FACET_IDS,
  type FacetId,
  type FacetValue,
  type OfferingHits,
  type OfferingTextHit,
  type SearchFilters,
  type SearchParams,
  type SearchResult,
  type SearchSource,
} from './types.js';

/**
 * Per search index, the text scores by position and which positions are hits, reused by every
 * search (each runs to its end before the next; only the candidates' entries are read, and `isHit`
 * is cleared again): at 100k offerings, fresh arrays per keystroke keep the collector busy.
 */
const scratches = new WeakMap<SearchIndex, { scores: Float64Array; isHit: Uint8Array }>();
function scratchOf(index: SearchIndex): { scores: Float64Array; isHit: Uint8Array } {
  let scratch = scratches.get(index);
  if (scratch === undefined) {
    scratch = { scores: new Float64Array(index.offerings.length), isHit: new Uint8Array(index.offerings.length) };
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * Per matcher, hits it may keep in arrays it reuses for its next query: search reads them only
 * within the call. Matchers register here when they are made; other sources are asked as usual.
 */
const transientHits = new WeakMap<SearchSource, (query: string) => OfferingHits>();

/** Lets searches on `source` use `hits`, whose results are read only until its next query. */
export function registerTransientHits(source: SearchSource, hits: (query: string) => OfferingHits): void {
  transientHits.set(source, hits);
}

/** The matcher's lazy hits where it has them, else its `offeringText` map seen the same way. */
function textHitsOf(matcher: SearchSource, query: string): OfferingHits {
  const transient = transientHits.get(matcher);
  if (transient !== undefined) return transient(query);
  if (matcher.offeringHits !== undefined) return matcher.offeringHits(query);
  const hits = matcher.offeringText(query);
  return {
    forEachHit: (visit) => {
      for (const [id, hit] of hits) visit(id, hit.score);
    },
    hit: (id) => hits.get(id),
  };
}

function knownFilters(index: SearchIndex, filters: SearchFilters): { filters: SearchFilters; selected: SelectedCodes } {
  const known: Partial<Record<FacetId, string[]>> = {};
  const selected: Partial<Record<FacetId, number[]>> = {};
  for (const facet of FACET_IDS) {
    const { codeOf } = index.columns[facet];
    const values = (filters[facet] ?? []).filter((value) => codeOf.has(value));
    if (values.length === 0) continue;
    known[facet] = values;
    selected[facet] = values.map((value) => codeOf.get(value)!);
  }
  return { filters: known, selected };
}

function facetValues(index: SearchIndex, selection: Selection, filters: SearchFilters): Record<FacetId, FacetValue[]> {
  const facets = {} as Record<FacetId, FacetValue[]>;
  for (const facet of FACET_IDS) {
    const { values } = index.columns[facet];
    const counts = selection.counts[facet];
    const chosen = new Set(filters[facet]);
    const list: FacetValue[] = [];
    values.forEach((value, code) => {
      const count = counts[code]!;
      if (count > 0 || chosen.has(value)) list.push({ value, count, selected: chosen.has(value) });
    });
    list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    facets[facet] = list;
  }
  return facets;
}

/**
 * Searches the catalogue like a faceted shop: full text through the matcher (Dutch, typo
 * tolerant), facet filters (OR within a facet, AND across facets) with disjunctive counts, a
 * sort order and "show more" paging. A query of only stop words or punctuation browses all offerings. Unknown facet
 * values are dropped, never thrown on. Facet columns are built once per dataset.
 *
 * @example
 * const result = searchOfferings(createMatcher(defaultDataset), {
 *   query: 'wijkaanpak',
 *   filters: { scale: ['local', 'regional'] },
 * });
 * result.hits[0]?.item.id; // 'kenniswerkplaats-leefbare-wijken'
 * result.hits[0]?.reasons; // [{ code: 'term', weight: 1, params: { terms: ['wijkaanpak'], fields: […] } },
 *                          //  { code: 'scale', weight: 0, params: { scale: 'local' } }, { code: 'scale', … 'regional' }]
 * result.facets.scale;     // [{ value: 'national', count: 12, selected: false }, { value: 'local', count: 5, selected: true }, …]
 */
export function searchOfferings(matcher: SearchSource, params?: SearchParams): SearchResult {
  const index = searchIndexOf(matcher.dataset);
  const requested = normalizeSearchParams(params);
  const { filters, selected } = knownFilters(index, requested.filters);

  let candidates: Uint32Array | undefined;
  let scores: Float64Array | undefined;
  let detailOf: ((id: string) => OfferingTextHit | undefined) | undefined;
  if (asksForText(requested.query)) {
    const text = textHitsOf(matcher, requested.query);
    detailOf = text.hit;
    const scratch = scratchOf(index);
    scores = scratch.scores;
    const isHit = scratch.isHit;
    let hits = 0;
    const add = (position: number, score: number): void => {
      if (isHit[position] === 1) return;
      isHit[position] = 1;
      hits++;
      scores![position] = Number.isFinite(score) ? score : 0;
    };
    if (text.forEachPosition !== undefined) text.forEachPosition(index.positionOf, add);
    else
      text.forEachHit((id, score) => {
        const position = index.positionOf.get(id);
        if (position !== undefined) add(position, score);
      });
    candidates = new Uint32Array(hits);
    for (let position = 0, c = 0; c < hits; position++) if (isHit[position] === 1) candidates[c++] = position;
    for (const position of candidates) isHit[position] = 0;
  }

  const selection = selectOfferings(index, candidates, selected);
  const total = selection.matches.length;
  const { pageSize, sort } = requested;
  const page = Math.min(requested.page, Math.max(0, Math.ceil(total / pageSize) - 1));
  const shown = topK(selection.matches, (page + 1) * pageSize, sortFns[sort](index, scores));
  const hits = shown.map((position): Ranked<Offering> => {
    const item = index.offerings[position]!;
    return { item, score: scores?.[position] ?? 0, reasons: hitReasons(item, detailOf?.(item.id), filters) };
  });

  return {
    params: { ...requested, filters, page },
    total,
    hits,
    facets: facetValues(index, selection, filters),
    hasMore: total > hits.length,
  };
}
