import { SEARCH_SORTS } from '@leernetwerk/sdk';
import type { Dataset, FacetId, Ranked, Offering, SearchResult, SearchSort } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { DataConsumer } from '../provider/data-consumer.js';
import { dataStateStyles, renderDataState } from '../provider/render-data-state.js';
import { domainText, type DomainText } from '../shared/domain.js';
import { heading } from '../shared/heading.js';
import { LiveRegionController } from '../shared/live-region.js';
import { LnElement } from '../shared/ln-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { offeringCardStyles, renderOfferingCard } from './offering-card.js';
import { OfferingFinderController, type ActiveFilter } from './offering-finder.controller.js';
import { renderChips, renderFacets } from './offering-finder.facets.js';
import { offeringFinderStyles } from './offering-finder.styles.js';
import { questionHref } from './offering-finder.url.js';

/**
 * Search the catalogue of learning offerings as you type (Dutch, typo tolerant), filter by theme,
 * target group, learning form, scale, direction, domain scope and provider (with counts), and see
 * for each offering why it fits. The state lives in the page URL (`?ln-q=…&ln-scale=local`), so
 * shared links, reloads and the back button bring the same search back. When nothing is found,
 * a link leads to the question form with the search text. Each offering has a "take part" button.
 *
 * All searching is done by the SDK (`createOfferingFinder`); this element only renders it.
 *
 * @tagname ln-offering-finder
 * @summary Find learning offerings: search, facets with counts, reasons why each one fits.
 *
 * @fires ln-search-change - The person changed the search text (after a pause in typing, or Enter). `detail`: `{ query, params, total }`.
 * @fires ln-filter-change - The person ticked or removed a filter, cleared all filters or changed the sort order. `detail`: `{ filters, sort, changed?, params, total }`.
 *
 * @csspart base - The root section.
 * @csspart search - The search form.
 * @csspart facets - The panel with the filters.
 * @csspart facet - One group of filter checkboxes.
 * @csspart active-filters - The chips of the chosen filters.
 * @csspart results - The result count, sort order and list.
 * @csspart card - One offering.
 * @csspart card-why - Why an offering fits.
 * @csspart empty - What is shown when nothing is found.
 * @csspart live-region - The result count, read out politely when it changes.
 *
 * @cssprop --ln-primary-color - Buttons and chips.
 * @cssprop --ln-border-color - Cards and inputs.
 * @cssprop --ln-info-background - The "why this fits" box.
 * @cssprop --ln-surface-color - The empty state.
 */
export class LnOfferingFinder extends LnElement {
  static override styles = [tokens, dataStateStyles, offeringCardStyles, offeringFinderStyles];

  /** Dataset URL; without it and without `<ln-provider>`, the bundled dataset. */
  @property() src?: string;
  /** Offerings per page ("show more" adds as many). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;
  /** Where the question form is; the search text goes along as `?ln-vraag=…`. */
  @property({ attribute: 'question-href' }) questionHref = '#vraag';
  /** `off` keeps the state out of the page URL (and ignores it). */
  @property({ attribute: 'url-state' }) urlState = 'on';
  /** Put before each URL key, so several finders can share one page. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'ln-';
  /** Search text to start with when the URL holds no finder state. */
  @property() query?: string;
  /** Level of the widget's title (default 2); the filters heading and the offerings are one lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Hide the title visually (it stays as a heading for screen readers) when the page has its own
   * heading; the widget is then no named region, so it does not repeat the page's landmark.
   */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;
  /** `action` of each offering's `<ln-take-part>`: where sign-ups are POSTed. */
  @property({ attribute: 'take-part-action' }) takePartAction?: string;
  /** `mailto` of each offering's `<ln-take-part>`. */
  @property({ attribute: 'take-part-mailto' }) takePartMailto?: string;
  /** `privacy-href` of each offering's `<ln-take-part>`. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;

  readonly data = new DataConsumer(this, { src: () => this.src });
  readonly finder = new OfferingFinderController(this, {
    source: () => (this.data.value.status === 'ready' ? this.data.value.matcher : undefined),
    pageSize: () => this.pageSize,
    initialQuery: () => this.query,
    urlState: () => this.urlState?.trim().toLowerCase() !== 'off',
    urlPrefix: () => this.urlPrefix ?? '',
  });

  @state() private filtersOpen = false;
  @state() private expanded: ReadonlySet<FacetId> = new Set();
  #live = new LiveRegionController(this, { visible: true });
  #announced = '';

  protected override updated(): void {
    const result = this.finder.state.result;
    if (!result) return;
    const { query, filters, sort } = result.params;
    const key = JSON.stringify([this.locale, query, filters, sort, result.total]);
    if (key === this.#announced) return;
    this.#announced = key;
    this.#live.announce(this.t.offeringFinder.results.count(result.total));
  }

  override render() {
    const data = this.data.value;
    const result = this.finder.state.result;
    return html`<section class="finder" part="base" aria-labelledby=${ifDefined(this.hideTitle ? undefined : 'of-title')}>
      ${heading(this.#level, this.t.offeringFinder.title, { id: 'of-title', class: this.hideTitle ? 'visually-hidden' : 'finder__title' })}
      ${renderDataState(data, this.t, this.locale)}
      ${data.status === 'ready' && data.dataset && result ? this.#body(data.dataset, result) : nothing}
    </section>`;
  }

  #body(dataset: Dataset, result: SearchResult): TemplateResult {
    const t = this.t.offeringFinder;
    const d = domainText(this.locale, dataset);
    const { input, activeFilters } = this.finder.state;
    return html`<form class="finder__search" part="search" role="search" aria-labelledby="of-q-label" @submit=${this.#submit}>
        <label class="label" id="of-q-label" for="of-q">${t.search.label}</label>
        <p class="hint" id="of-q-hint">${t.search.hint}</p>
        <div class="finder__search-row">
          <input
            id="of-q"
            class="input"
            type="search"
            autocomplete="off"
            aria-describedby="of-q-hint"
            .value=${live(input)}
            @input=${(e: Event) => this.finder.type((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="button">${t.search.submit}</button>
        </div>
      </form>
      <div class="finder__layout">
        <div class="finder__filters">
          <button
            type="button"
            class="button button--secondary finder__filters-toggle"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="of-facets"
            @click=${() => (this.filtersOpen = !this.filtersOpen)}
          >
            ${activeFilters.length > 0 ? t.facets.toggleSelected(activeFilters.length) : t.facets.toggle}
          </button>
          <div id="of-facets" class="finder__facets" part="facets" ?data-collapsed=${!this.filtersOpen}>
            ${heading(this.#level + 1, t.facets.heading, { class: 'finder__facets-heading' })}
            ${renderFacets({
              t: this.t,
              d,
              result,
              expanded: this.expanded,
              toggleExpanded: this.#toggleExpanded,
              toggleFacet: this.finder.toggleFacet,
            })}
          </div>
        </div>
        <div class="finder__results" part="results">
          <div class="finder__toolbar">
            <div class="finder__count">${this.#live.render()}</div>
            <div class="finder__sort">
              <label class="label" for="of-sort">${t.sort.label}</label>
              <select id="of-sort" class="select" @change=${(e: Event) => this.finder.setSort((e.target as HTMLSelectElement).value as SearchSort)}>
                ${SEARCH_SORTS.map((sort) => html`<option value=${sort} ?selected=${result.params.sort === sort}>${t.sort[sort]}</option>`)}
              </select>
            </div>
          </div>
          ${renderChips({ t: this.t, d, active: activeFilters, remove: this.#removeChip, clearAll: this.#clearAll })}
          ${result.total === 0 ? this.#empty(dataset, result) : this.#list(d, result)}
        </div>
      </div>`;
  }

  #list(d: DomainText, result: SearchResult): TemplateResult {
    const t = this.t.offeringFinder;
    return html`<ol class="finder__list" aria-labelledby="of-title">
        ${repeat(
          result.hits,
          (hit) => hit.item.id,
          (hit, i) => html`<li data-offering=${hit.item.id}>${this.#card(d, hit, i)}</li>`,
        )}
      </ol>
      <div class="finder__more">
        <p>${t.results.shown(result.hits.length, result.total)}</p>
        ${result.hasMore ? html`<button type="button" class="button button--secondary" @click=${this.#showMore}>${t.results.more}</button>` : nothing}
      </div>`;
  }

  #card(d: DomainText, hit: Ranked<Offering>, index: number): TemplateResult {
    const title = d.text(hit.item.title);
    return renderOfferingCard({
      offering: hit.item,
      reasons: hit.reasons,
      t: this.t,
      d,
      idPrefix: `of-hit-${index}`,
      headingLevel: this.#level + 1,
      actions: html`<ln-take-part
        subject-type="offering"
        subject-id=${hit.item.id}
        subject-title=${title}
        action=${ifDefined(this.takePartAction)}
        mailto=${ifDefined(this.takePartMailto)}
        privacy-href=${ifDefined(this.privacyHref)}
      ></ln-take-part>`,
    });
  }

  #empty(dataset: Dataset, result: SearchResult): TemplateResult {
    const t = this.t.offeringFinder.empty;
    const { query, filters } = result.params;
    const hasFilters = Object.keys(filters).length > 0;
    return html`<div class="finder__empty" part="empty">
      <p class="finder__empty-heading"><strong>${t.heading}</strong></p>
      ${dataset.offerings.length === 0 ? html`<p>${t.catalogue}</p>` : nothing}
      ${query.trim() !== '' && dataset.offerings.length > 0 ? html`<p>${t.query(query.trim())}</p>` : nothing}
      ${hasFilters ? html`<p>${t.filters}</p>` : nothing}
      <p>${t.askHint}</p>
      <p><a class="button" part="ask-link" href=${questionHref(this.questionHref, query)}>${t.ask}</a></p>
    </div>`;
  }

  get #level(): number {
    return Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  #submit = (event: Event): void => {
    event.preventDefault();
    this.finder.submit();
  };

  #toggleExpanded = (facet: FacetId): void => {
    const next = new Set(this.expanded);
    if (!next.delete(facet)) next.add(facet);
    this.expanded = next;
  };

  /** After "show more", focus moves to the first new offering. */
  #showMore = async (): Promise<void> => {
    const before = this.finder.state.result?.hits.length ?? 0;
    this.finder.showMore();
    await this.updateComplete;
    const card = this.renderRoot.querySelectorAll('.finder__list > li')[before];
    card?.querySelector<HTMLElement>('[data-card-focus]')?.focus();
  };

  /** After removing a chip, focus the chip now in its place, else the one before, else the search box. */
  #removeChip = async (filter: ActiveFilter, index: number): Promise<void> => {
    this.finder.toggleFacet(filter.facet, filter.value);
    await this.updateComplete;
    const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chip');
    (chips[index] ?? chips[index - 1] ?? this.renderRoot.querySelector<HTMLElement>('#of-q'))?.focus();
  };

  #clearAll = async (): Promise<void> => {
    this.finder.clearFilters();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#of-q')?.focus();
  };
}
