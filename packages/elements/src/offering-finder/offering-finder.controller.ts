import { createOfferingFinder, FACET_IDS, normalizeSearchParams } from '@leernetwerk/sdk';
import type { FacetId, OfferingFinder, SearchParams, SearchResult, SearchSort, SearchSource } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LnFilterChangeEvent, LnSearchChangeEvent } from './offering-finder.events.js';
import { readUrlState, writeUrlState, type HistoryMode } from './offering-finder.url.js';

/** Milliseconds of quiet typing before the search runs. */
export const FINDER_DEBOUNCE = 120;

export interface ActiveFilter {
  readonly facet: FacetId;
  readonly value: string;
}

/** What the element renders: read-only data. */
export interface OfferingFinderState {
  /** The text in the search box; it leads the applied query while the person types. */
  readonly input: string;
  /** The SDK's search result; undefined until the data is loaded. */
  readonly result: SearchResult | undefined;
  /** A search is scheduled (the person is typing). */
  readonly pending: boolean;
  /** Every ticked facet value, in facet order. */
  readonly activeFilters: readonly ActiveFilter[];
}

export interface OfferingFinderOptions {
  /** The loaded data's matcher (`DataState.matcher`); undefined while loading. */
  readonly source: () => SearchSource | undefined;
  readonly pageSize: () => number | undefined;
  /** The search text to start with when the URL holds no state. */
  readonly initialQuery?: () => string | undefined;
  readonly debounce?: () => number | undefined;
  /** Keep the state in the page URL (push on committed changes, replace while typing). */
  readonly urlState: () => boolean;
  readonly urlPrefix: () => string;
}

type Host = ReactiveControllerHost & EventTarget;

/**
 * Adapts the SDK's offering finder engine (`createOfferingFinder`) to Lit: one engine per
 * matcher, subscribed while the host is connected; typing is debounced, every other action is
 * applied at once; the state follows the URL (and the URL the state) when `urlState` is on.
 * Events fire only for the person's own actions. Render from `state`; call the bound actions.
 *
 * @example
 * private finder = new OfferingFinderController(this, { source: () => this.data.value.matcher, … });
 * html`<input .value=${this.finder.state.input} @input=${(e) => this.finder.type(e.target.value)}>`
 */
export class OfferingFinderController implements ReactiveController {
  readonly #host: Host;
  readonly #options: OfferingFinderOptions;
  #engine: OfferingFinder | undefined;
  #source: SearchSource | undefined;
  #unsubscribe: (() => void) | undefined;
  #input: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(host: Host, options: OfferingFinderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get state(): OfferingFinderState {
    const result = this.#engine?.getState();
    const filters = result?.params.filters ?? {};
    return {
      input: this.#input ?? result?.params.query ?? '',
      result,
      pending: this.#timer !== undefined,
      activeFilters: FACET_IDS.flatMap((facet) => (filters[facet] ?? []).map((value) => ({ facet, value }))),
    };
  }

  hostConnected(): void {
    this.#connected = true;
    addEventListener('popstate', this.#onPopState);
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    removeEventListener('popstate', this.#onPopState);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#flushTimer();
  }

  /** The person typed: the search runs after a pause; the URL is replaced, not pushed. */
  type = (text: string): void => {
    this.#input = text;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#refine();
    }, Math.max(0, this.#options.debounce?.() ?? FINDER_DEBOUNCE));
    this.#host.requestUpdate();
  };

  /** Enter in the search box: search now. */
  submit = (): void => {
    this.#flushTimer();
    this.#refine();
  };

  toggleFacet = (facet: FacetId, value: string): void => {
    this.#act(() => this.#engine?.toggleFacet(facet, value), 'push', { facet, value });
  };

  clearFilters = (): void => {
    this.#act(() => this.#engine?.clearFilters(), 'push');
  };

  setSort = (sort: SearchSort): void => {
    this.#act(() => this.#engine?.setSort(sort), 'push');
  };

  /** Shows the next page below the current hits; the URL remembers it without a new history step. */
  showMore = (): void => {
    this.#applyPendingText();
    const before = this.#engine?.getState();
    this.#engine?.showMore();
    if (this.#engine?.getState() !== before) this.#writeUrl('replace');
  };

  /** Creates the engine when the matcher arrives or changes, and follows the page size. */
  #sync(): void {
    const source = this.#options.source();
    if (source !== this.#source) {
      this.#source = source;
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
      const previous = this.#engine?.getState().params;
      this.#engine = source ? createOfferingFinder(source, previous ?? this.#initialParams()) : undefined;
    }
    if (this.#engine && this.#connected && !this.#unsubscribe) {
      this.#unsubscribe = this.#engine.subscribe(() => this.#host.requestUpdate());
    }
    const pageSize = this.#pageSize();
    if (this.#engine && this.#engine.getState().params.pageSize !== pageSize) {
      this.#engine.setParams({ ...this.#engine.getState().params, pageSize });
    }
  }

  #pageSize(): number {
    return normalizeSearchParams({ pageSize: this.#options.pageSize() }).pageSize;
  }

  #initialParams(): SearchParams {
    const fromUrl = this.#options.urlState() ? readUrlState(this.#options.urlPrefix()) : undefined;
    if (fromUrl) {
      this.#input = undefined;
      return { ...fromUrl, pageSize: this.#pageSize() };
    }
    const query = this.#input ?? this.#options.initialQuery?.() ?? '';
    return { query, pageSize: this.#pageSize() };
  }

  #flushTimer(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Applies typed text that is still waiting, so another action does not drop it. */
  #applyPendingText(): void {
    if (this.#timer === undefined) return;
    this.#flushTimer();
    this.#refine();
  }

  #refine(): void {
    const engine = this.#engine;
    if (!engine) return;
    const before = engine.getState();
    engine.refine(this.#input ?? before.params.query);
    const after = engine.getState();
    this.#host.requestUpdate();
    if (after === before) return;
    this.#writeUrl('replace');
    this.#host.dispatchEvent(new LnSearchChangeEvent({ query: after.params.query, params: after.params, total: after.total }));
  }

  #act(action: () => void, mode: HistoryMode, changed?: { facet: FacetId; value: string }): void {
    this.#applyPendingText();
    const before = this.#engine?.getState();
    action();
    const after = this.#engine?.getState();
    if (!after || after === before) return;
    this.#writeUrl(mode);
    const { params, total } = after;
    this.#host.dispatchEvent(new LnFilterChangeEvent({ filters: params.filters, sort: params.sort, ...(changed ? { changed } : {}), params, total }));
  }

  #writeUrl(mode: HistoryMode): void {
    const state = this.#engine?.getState();
    if (state && this.#options.urlState()) writeUrlState(state.params, this.#options.urlPrefix(), mode);
  }

  /** Back, forward or a link within the page: take the state from the URL (no events: the person did not use the finder). */
  #onPopState = (): void => {
    if (!this.#options.urlState() || !this.#engine) return;
    this.#flushTimer();
    const params = readUrlState(this.#options.urlPrefix()) ?? normalizeSearchParams({});
    this.#input = undefined;
    this.#engine.setParams({ ...params, pageSize: this.#pageSize() });
    this.#host.requestUpdate();
  };
}
