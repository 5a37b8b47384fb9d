export { searchOfferings } from './search-offerings.js';
export { createOfferingFinder } from './offering-finder.js';
export { toSearchQueryString, fromSearchQueryString, FACET_URL_KEYS, type SearchQueryStringOptions } from './query-string.js';
export { normalizeSearchParams, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './params.js';
export {
  FACET_IDS,
  SEARCH_SORTS,
  type FacetId,
  type FacetValue,
  type NormalizedSearchParams,
  type OfferingFinder,
  type OfferingHits,
  type OfferingTextHit,
  type SearchFilters,
  type SearchParams,
  type SearchResult,
  type SearchSort,
  type SearchSource,
} from './types.js';
