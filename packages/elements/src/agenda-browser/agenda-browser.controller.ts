import type { AgendaItem, Dataset, Matcher } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataState } from '../provider/data-context.js';
import { LnAgendaToggleEvent } from './agenda-browser.events.js';
import {
  agendaSections,
  countItems,
  isAgendaView,
  knownFilters,
  matchesFilters,
  type AgendaFilters,
  type AgendaSection,
  type AgendaView,
} from './agenda-model.js';
import { DEFAULT_AGENDA_MIN_FIT, offeringsForAgendaItem, type AgendaOffering } from './agenda-offerings.js';
import { readAgendaUrl, withAgendaState } from './agenda-url.js';

export interface AgendaBrowserOptions {
  readonly data: () => DataState;
  /** The view the host asked for (attribute `view`). */
  readonly view: () => AgendaView;
  /** The fit from which a found offering counts for an item (attribute `min-fit`). */
  readonly minFit: () => number | undefined;
  /** Read and write `?ln-agenda…` in the page URL. */
  readonly urlState: () => boolean;
}

/** What the element renders: read-only data and the person's choices. */
export interface AgendaBrowserState {
  readonly dataset: Dataset;
  readonly view: AgendaView;
  readonly filters: AgendaFilters;
  readonly sections: readonly AgendaSection[];
  /** Different items that pass the filters, and all items. */
  readonly shown: number;
  readonly total: number;
  /** Open items and the group each is open in, in the order they were opened. */
  readonly open: ReadonlyMap<string, string>;
}

/**
 * Adapts the dataset and matcher to the agenda browser: view and filters, which items are open
 * (one open copy per item: an item listed under several themes opens where the person opened
 * it), the offerings per item (the SDK's `offeringsForAgendaItem`, computed when an item first opens), and the page URL
 * (`?ln-agenda=<id>`, `ln-agenda-thema`, `ln-agenda-doelgroep`, written with `replaceState`,
 * read at start and on `popstate`).
 */
export class AgendaBrowserController implements ReactiveController {
  #view: AgendaView;
  #hostView: AgendaView;
  #filters: AgendaFilters = {};
  #open = new Map<string, string>();
  #dataset: Dataset | undefined;
  #offerings = new WeakMap<Matcher, Map<string, AgendaOffering[]>>();
  #offeringsFit: number | undefined;
  #focus: string | undefined;
  /** Bumped on every change of view, filters or open items, so `state` is rebuilt. */
  #version = 0;
  #state: AgendaBrowserState | undefined;
  #stateKey: unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: AgendaBrowserOptions,
  ) {
    this.#view = this.#hostView = options.view();
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Starts from the URL when data arrives, and follows the host's `view` attribute. */
  hostUpdate(): void {
    const hostView = this.options.view();
    if (hostView !== this.#hostView) {
      this.#hostView = hostView;
      this.#view = hostView;
    }
    const data = this.options.data();
    if (data.status === 'ready' && data.dataset && data.dataset !== this.#dataset) {
      this.#dataset = data.dataset;
      this.#open.clear();
      this.#fromUrl();
    }
  }

  /** Undefined until the data is ready. */
  get state(): AgendaBrowserState | undefined {
    const dataset = this.#dataset;
    if (!dataset) return undefined;
    const key = [dataset, this.#view, this.#filters, this.#version];
    if (this.#state && key.every((k, i) => k === this.#stateKey[i])) return this.#state;
    this.#stateKey = key;
    this.#state = {
      dataset,
      view: this.#view,
      filters: this.#filters,
      sections: agendaSections(dataset, this.#view, this.#filters),
      shown: countItems(dataset, this.#filters),
      total: dataset.agenda.length,
      open: new Map(this.#open),
    };
    return this.#state;
  }

  /** The item a deep link or history step asked to show; the element focuses it once and clears it. */
  takeFocusRequest(): string | undefined {
    const id = this.#focus;
    this.#focus = undefined;
    return id;
  }

  readonly setView = (view: AgendaView): void => {
    if (!isAgendaView(view) || view === this.#view) return;
    this.#view = view;
    this.#changed(false);
  };

  readonly setFilter = (kind: keyof AgendaFilters, value: string): void => {
    if (!this.#dataset) return;
    this.#filters = knownFilters(this.#dataset, { ...this.#filters, [kind]: value || undefined });
    this.#changed(true);
  };

  readonly clearFilters = (): void => {
    this.#filters = {};
    this.#changed(true);
  };

  /** The person opened or closed an item in one group (the disclosure button). */
  readonly toggle = (itemId: string, groupKey: string): void => {
    const open = this.#open.get(itemId) !== groupKey;
    this.#open.delete(itemId);
    if (open) this.#open.set(itemId, groupKey);
    this.#changed(true);
    this.host.dispatchEvent(new LnAgendaToggleEvent({ id: itemId, open }));
  };

  /** The person followed a link to a related item: open it where it is first shown, and focus it. */
  readonly openRelated = (itemId: string): void => {
    const dataset = this.#dataset;
    const item = dataset?.agenda.find((a) => a.id === itemId);
    if (!dataset || !item) return;
    if (!matchesFilters(item, this.#filters)) this.#filters = {};
    const wasOpen = this.#open.has(itemId);
    this.#openAtFirst(itemId);
    this.#focus = itemId;
    this.#changed(true);
    if (!wasOpen) this.host.dispatchEvent(new LnAgendaToggleEvent({ id: itemId, open: true }));
  };

  /** Offerings that fit an item, computed once per matcher and item. */
  offeringsFor(item: AgendaItem): readonly AgendaOffering[] {
    const matcher = this.options.data().matcher;
    if (!matcher) return [];
    const minFit = this.options.minFit() ?? DEFAULT_AGENDA_MIN_FIT;
    if (minFit !== this.#offeringsFit) {
      this.#offerings = new WeakMap();
      this.#offeringsFit = minFit;
    }
    let cache = this.#offerings.get(matcher);
    if (!cache) this.#offerings.set(matcher, (cache = new Map()));
    let found = cache.get(item.id);
    if (!found) cache.set(item.id, (found = offeringsForAgendaItem(matcher, item, { minFit })));
    return found;
  }

  /** The group an open item is shown open in: where it was opened, else its first visible copy. */
  openGroup(itemId: string): string | undefined {
    const wanted = this.#open.get(itemId);
    if (wanted === undefined) return undefined;
    const groups = (this.state?.sections ?? []).flatMap((s) => s.groups).filter((g) => g.items.some((i) => i.id === itemId));
    return groups.some((g) => g.key === wanted) ? wanted : groups[0]?.key;
  }

  /** A link to an item: this page with `?ln-agenda=<id>` and the other parameters kept. */
  itemHref(itemId: string): string {
    return withAgendaState(window.location.href, { item: itemId, ...this.#filters });
  }

  #openAtFirst(itemId: string): void {
    const first = this.state?.sections.flatMap((s) => s.groups).find((g) => g.items.some((i) => i.id === itemId));
    this.#open.delete(itemId);
    this.#open.set(itemId, first?.key ?? '');
  }

  /** Filters and the open item from the URL; nothing is written back. */
  #fromUrl(): void {
    const dataset = this.#dataset;
    if (!dataset || !this.options.urlState()) return;
    const url = readAgendaUrl(window.location.href);
    this.#filters = knownFilters(dataset, url);
    const item = url.item ? dataset.agenda.find((a) => a.id === url.item) : undefined;
    this.#open.clear();
    if (item) {
      if (!matchesFilters(item, this.#filters)) this.#filters = {};
      this.#openAtFirst(item.id);
      this.#focus = item.id;
    }
    this.#changed(false);
  }

  #onPopState = (): void => {
    this.#fromUrl();
  };

  #changed(writeUrl: boolean): void {
    this.#version++;
    this.#state = undefined;
    if (writeUrl) this.#writeUrl();
    this.host.requestUpdate();
  }

  #writeUrl(): void {
    if (!this.options.urlState()) return;
    const last = [...this.#open.keys()].at(-1);
    const next = withAgendaState(window.location.href, { item: last, ...this.#filters });
    if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  }
}
