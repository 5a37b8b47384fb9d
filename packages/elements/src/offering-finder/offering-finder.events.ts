import type { FacetId, NormalizedSearchParams, SearchFilters, SearchSort } from '@leernetwerk/sdk';
import { LnEvent } from '../shared/events.js';

export interface SearchChangeDetail {
  /** The search text as applied (after the typing pause). */
  readonly query: string;
  /** Every search parameter as applied. */
  readonly params: NormalizedSearchParams;
  /** How many offerings match. */
  readonly total: number;
}

export interface FilterChangeDetail {
  readonly filters: SearchFilters;
  readonly sort: SearchSort;
  /** The facet value the person ticked or removed; absent for "clear all" and sorting. */
  readonly changed?: { readonly facet: FacetId; readonly value: string };
  readonly params: NormalizedSearchParams;
  readonly total: number;
}

/** The person changed the search text (after a pause in typing, or on Enter). Not on back/forward or property sets. */
export class LnSearchChangeEvent extends LnEvent<SearchChangeDetail> {
  static readonly eventName = 'ln-search-change';
  constructor(detail: SearchChangeDetail) {
    super(LnSearchChangeEvent.eventName, detail);
  }
}

/** The person ticked or removed a filter, cleared them, or changed the sort order. */
export class LnFilterChangeEvent extends LnEvent<FilterChangeDetail> {
  static readonly eventName = 'ln-filter-change';
  constructor(detail: FilterChangeDetail) {
    super(LnFilterChangeEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'ln-search-change': LnSearchChangeEvent;
    'ln-filter-change': LnFilterChangeEvent;
  }
}
