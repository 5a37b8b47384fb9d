import {
  FACET_IDS,
  SEARCH_SORTS,
  type FacetId,
  type NormalizedSearchParams,
  type SearchFilters,
  type SearchSort,
} from './types.js';

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
/** Longer queries are cut here; the matcher's question limit is of the same order. */
export const MAX_QUERY_LENGTH = 2000;
const MAX_VALUES_PER_FACET = 100;

const isFacetId = (key: string): key is FacetId => (FACET_IDS as readonly string[]).includes(key);
const isSort = (value: unknown): value is SearchSort =>
  typeof value === 'string' && (SEARCH_SORTS as readonly string[]).includes(value);

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Replaces lone surrogates, which no URL or JSON encoder accepts, with U+FFFD. */
const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

function normalizeValues(input: unknown): string[] {
  const list = typeof input === 'string' ? [input] : Array.isArray(input) ? input : [];
  const values = new Set<string>();
  for (const value of list) {
    if (typeof value === 'string' && value.trim() !== '') values.add(wellFormed(value.trim()));
    if (values.size === MAX_VALUES_PER_FACET) break;
  }
  return [...values].sort(compareIds);
}

/** Keeps facets with at least one value, in `FACET_IDS` order, values sorted by id. */
export function normalizeFilters(input: unknown): SearchFilters {
  const filters: Partial<Record<FacetId, string[]>> = {};
  if (input === null || typeof input !== 'object') return filters;
  const record = input as Record<string, unknown>;
  for (const facet of FACET_IDS) {
    if (!Object.hasOwn(record, facet)) continue;
    const values = normalizeValues(record[facet]);
    if (values.length > 0) filters[facet] = values;
  }
  return filters;
}

function toIndex(input: unknown, fallback: number, min: number, max: number): number {
  const number = typeof input === 'string' && input.trim() !== '' ? Number(input) : input;
  if (typeof number !== 'number' || !Number.isFinite(number)) return fallback;
  return Math.min(max, Math.max(min, Math.floor(number)));
}

/**
 * Brings any input into the shape of search parameters: defaults for what is missing or
 * malformed, filter values trimmed, deduplicated and sorted. Never throws. Which facet
 * values exist is checked later, against the dataset, by `searchOfferings`.
 *
 * @example
 * normalizeSearchParams({ query: 'buurt', filters: { scale: ['regional', 'local', 'local'] }, page: -1 });
 * // { query: 'buurt', filters: { scale: ['local', 'regional'] }, sort: 'relevance', page: 0, pageSize: 10 }
 */
export function normalizeSearchParams(input?: unknown): NormalizedSearchParams {
  const record = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const query = typeof record.query === 'string' ? wellFormed(record.query.slice(0, MAX_QUERY_LENGTH)) : '';
  return {
    query,
    filters: normalizeFilters(record.filters),
    sort: isSort(record.sort) ? record.sort : 'relevance',
    page: toIndex(record.page, 0, 0, Number.MAX_SAFE_INTEGER),
    pageSize: toIndex(record.pageSize, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  };
}

/** A string that is equal for two parameter sets exactly when they ask for the same result. */
export function searchParamsKey(params: NormalizedSearchParams): string {
  return JSON.stringify([params.query, params.sort, params.page, params.pageSize, FACET_IDS.map((f) => params.filters[f] ?? [])]);
}

/** A string that is equal for two normalised filter sets exactly when they select the same. */
export function filtersKey(filters: SearchFilters): string {
  return JSON.stringify(FACET_IDS.map((f) => filters[f] ?? []));
}
