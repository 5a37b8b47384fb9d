import { filtersKey, normalizeSearchParams, searchParamsKey } from './params.js';
import { searchOfferings } from './search-offerings.js';
import { FACET_IDS, type FacetId, type OfferingFinder, type SearchParams, type SearchResult, type SearchSource } from './types.js';

/**
 * The offering finder's one stateful engine: holds a search state and changes it through
 * actions, like an InstantSearch connector without the widget. Listeners hear of a change
 * only when the applied parameters change; refining, filtering and sorting start at page 0. An
 * action that changes nothing (a facet value the dataset lacks, clearing no filters) is no change.
 *
 * @example
 * const finder = createOfferingFinder(createMatcher(defaultDataset), { pageSize: 5 });
 * const stop = finder.subscribe((state) => render(state.hits, state.facets));
 * finder.refine('wijkaanpak');
 * finder.toggleFacet('scale', 'local');
 * finder.showMore();
 * stop();
 */
export function createOfferingFinder(matcher: SearchSource, initial?: SearchParams): OfferingFinder {
  let state: SearchResult = searchOfferings(matcher, initial);
  const listeners = new Set<(state: SearchResult) => void>();

  const commit = (next: SearchResult): void => {
    if (searchParamsKey(next.params) === searchParamsKey(state.params)) return;
    state = next;
    for (const listener of [...listeners]) listener(state);
  };
  const apply = (params: SearchParams): void => commit(searchOfferings(matcher, params));

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    refine(query) {
      const { params } = state;
      if (normalizeSearchParams({ query }).query === params.query) return;
      apply({ ...params, query, page: 0 });
    },
    toggleFacet(facet: FacetId, value) {
      if (!FACET_IDS.includes(facet) || typeof value !== 'string') return;
      const { params } = state;
      const current = params.filters[facet] ?? [];
      const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      const next = searchOfferings(matcher, { ...params, filters: { ...params.filters, [facet]: values }, page: 0 });
      // A value the dataset lacks is dropped again: then nothing changed, not even the page.
      if (filtersKey(next.params.filters) === filtersKey(params.filters)) return;
      commit(next);
    },
    clearFilters() {
      if (filtersKey(state.params.filters) === filtersKey({})) return;
      apply({ ...state.params, filters: {}, page: 0 });
    },
    setSort(sort) {
      const { params } = state;
      if (normalizeSearchParams({ sort }).sort === params.sort) return;
      apply({ ...params, sort, page: 0 });
    },
    showMore() {
      if (state.hasMore) apply({ ...state.params, page: state.params.page + 1 });
    },
    setParams(params) {
      apply(params);
    },
  };
}
