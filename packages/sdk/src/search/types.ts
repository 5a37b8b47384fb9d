import type { Ranked } from '../reasons.js';
import type { TextHit } from '../match/types.js';
import type { Dataset, Offering } from '../schema/index.js';

/** The facets of the offering finder, in display order. */
export const FACET_IDS = [
  'themes',
  'targetGroups',
  'learningForms',
  'scale',
  'direction',
  'domainScope',
  'provider',
] as const;
export type FacetId = (typeof FACET_IDS)[number];

/** `relevance` is text score first; without a query it falls back to title order. */
export const SEARCH_SORTS = ['relevance', 'title', 'provider'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export type SearchFilters = Partial<Record<FacetId, readonly string[]>>;

export interface SearchParams {
  readonly query?: string;
  /** Values within one facet are alternatives (OR); facets combine with AND. */
  readonly filters?: SearchFilters;
  readonly sort?: SearchSort;
  /** 0-based; the result holds pages 0 … page ("show more"). */
  readonly page?: number;
  readonly pageSize?: number;
}

/** Search parameters with every field present, values deduplicated and in canonical order. */
export type NormalizedSearchParams = Required<SearchParams> & { readonly filters: SearchFilters };

export interface FacetValue {
  readonly value: string;
  /** Offerings with this value under the query and the other facets' selections. */
  readonly count: number;
  readonly selected: boolean;
}

export interface SearchResult {
  /** The parameters as applied: unknown facet values dropped, page kept within the results. */
  readonly params: NormalizedSearchParams;
  readonly total: number;
  /** The first `(page + 1) * pageSize` hits. */
  readonly hits: readonly Ranked<Offering>[];
  readonly facets: Readonly<Record<FacetId, readonly FacetValue[]>>;
  readonly hasMore: boolean;
}

/**
 * Full-text evidence for one offering, as the matcher's `offeringText` reports it: the same
 * `TextHit`. Its `terms` are the query's own words (normalised), not the indexed terms they
 * reached through a stem, a synonym, a typo or a prefix, so `hitReasons` can show them back.
 */
export type OfferingTextHit = TextHit;

/** Full-text hits on offerings with their details on demand, as the matcher's `offeringHits` gives them. */
export interface OfferingHits {
  /** Calls `visit` for every hit with its relative score, in no particular order. */
  forEachHit(visit: (id: string, score: number) => void): void;
  /** Which words of the query the offering matched, and where; `undefined` for a miss. */
  hit(id: string): OfferingTextHit | undefined;
  /**
   * `forEachHit` by position: calls `visit` for every hit that has a position under `positionOf`
   * (an offering id → its index in the dataset). Optional: a faster path for search.
   */
  forEachPosition?(positionOf: ReadonlyMap<string, number>, visit: (position: number, score: number) => void): void;
}

/** What search needs from a matcher: its dataset and its full-text index. `Matcher` satisfies this. */
export interface SearchSource {
  readonly dataset: Dataset;
  offeringText(query: string): ReadonlyMap<string, OfferingTextHit>;
  /** When present, search uses it instead of `offeringText` and works out details for the shown hits only. */
  offeringHits?(query: string): OfferingHits;
}

/** The offering finder's state engine: one search state, changed through actions. */
export interface OfferingFinder {
  getState(): SearchResult;
  /** Calls `listener` after each change of state; returns a function that stops it. */
  subscribe(listener: (state: SearchResult) => void): () => void;
  refine(query: string): void;
  toggleFacet(facet: FacetId, value: string): void;
  clearFilters(): void;
  setSort(sort: SearchSort): void;
  showMore(): void;
  setParams(params: SearchParams): void;
}
