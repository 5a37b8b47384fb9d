import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataConsumer } from '../provider/data-consumer.js';
import { dataStateStyles, renderDataState } from '../provider/render-data-state.js';
import { capitalise, domainText, type DomainText } from '../shared/domain.js';
import { LiveRegionController } from '../shared/live-region.js';
import { LnElement } from '../shared/ln-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { AgendaBrowserController, type AgendaBrowserState } from './agenda-browser.controller.js';
import { agendaBrowserStyles } from './agenda-browser.styles.js';
import { renderControls } from './agenda-controls.template.js';
import { itemDomId, renderItem } from './agenda-item.template.js';
import { isAgendaView, type AgendaFilters, type AgendaGroup, type AgendaView } from './agenda-model.js';
import { askHref } from './agenda-url.js';

/**
 * The learning agenda of the Leernetwerk Leefbaarheid en Veiligheid: its priority questions and
 * white spots by content and process theme, or by target group, with filters for both. The seven
 * priority questions and the white spots carry badges (text, shape and colour). Each item opens
 * (a disclosure) to its concrete learning questions, the learning offerings that fit it (linked in
 * the data or found by the SDK matcher; "no offering yet" for a white spot without any), related
 * items, a link to ask a question about it, and a "take part" form.
 *
 * Deep links: `?ln-agenda=<id>` opens and focuses that item; `ln-agenda-thema` and
 * `ln-agenda-doelgroep` set the filters. Opening, closing and filtering update the URL with
 * `history.replaceState` (other parameters are kept); back and forward restore it.
 *
 * @tagname ln-agenda-browser
 * @summary Browse the learning agenda by theme or target group; priorities and white spots stand out.
 *
 * @fires ln-agenda-toggle - The person opened or closed an item. `detail`: `{ id, open }`.
 * @fires ln-take-part-submit - From an item's "take part" form (see `<ln-take-part>`).
 *
 * @csspart base - The root element.
 * @csspart controls - The view switch and filters.
 * @csspart count - The number of agenda items shown.
 * @csspart group - One theme or target group with its items.
 * @csspart item - One agenda item.
 * @csspart item-toggle - The heading button that opens and closes an item.
 * @csspart badge - A badge; also `badge-priority`, `badge-white-spot`, `badge-in-development`.
 * @csspart item-panel - The content of an open item.
 * @csspart offering-count - How many offerings fit an item.
 * @csspart no-offering - "No offering yet".
 * @csspart ask-link - The link to the question form.
 * @csspart data-state - Loading, error and notice messages.
 *
 * @cssprop --ln-priority-color - Badge and marker of priority questions (default a dark blue).
 * @cssprop --ln-white-spot-color - Badge and marker of white spots (default a dark orange-brown).
 * @cssprop --ln-link-color - Links and item titles (falls back to `--nl-link-color`).
 * @cssprop --ln-border-color - Lines between items (falls back to `--nl-border-color`).
 */
export class LnAgendaBrowser extends LnElement {
  static override styles = [tokens, dataStateStyles, agendaBrowserStyles];

  /** URL of a dataset or prebuilt index, when there is no `<ln-provider>` around the element. */
  @property() src?: string;
  /** Request timeout for `src`, in ms. */
  @property({ type: Number }) timeout?: number;
  /** How the agenda is arranged: `theme` (default) or `target-group`. */
  @property() view: AgendaView = 'theme';
  /** The host's question form page; `?ln-vraag-over=<agenda id>` is added. Default `#vraag`. */
  @property({ attribute: 'question-href' }) questionHref = '#vraag';
  /** Where "take part" forms are POSTed (passed to every `<ln-take-part>`). */
  @property() action?: string;
  /** E-mail address for "take part" when there is no `action`. */
  @property() mailto?: string;
  /** The host's privacy statement, linked from the consent question. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;
  /** Level of the widget's top headings (2–5); item headings are one or two levels deeper. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /**
   * Fit (the SDK's `score × coverage`, 0..1) from which a found offering counts for an item; linked
   * offerings always count. Default `DEFAULT_AGENDA_MIN_FIT` (0.25).
   */
  @property({ attribute: 'min-fit', type: Number }) minFit?: number;
  /** Set `url-state="off"` to neither read nor write the page URL (for example with two browsers on one page). */
  @property({ attribute: 'url-state' }) urlState: 'on' | 'off' = 'on';

  readonly data = new DataConsumer(this, { src: () => this.src, timeout: () => this.timeout });
  readonly agenda = new AgendaBrowserController(this, {
    data: () => this.data.value,
    view: () => (isAgendaView(this.view) ? this.view : 'theme'),
    minFit: () => (typeof this.minFit === 'number' && Number.isFinite(this.minFit) ? this.minFit : undefined),
    urlState: () => this.urlState !== 'off',
  });
  readonly #live = new LiveRegionController(this);

  override render(): TemplateResult {
    const data = this.data.value;
    const state = data.status === 'ready' ? this.agenda.state : undefined;
    return html`<section part="base" class="agenda" aria-label=${this.t.agendaBrowser.label}>
      ${renderDataState(data, this.t, this.locale)} ${state ? this.#content(state) : nothing} ${this.#live.render()}
    </section>`;
  }

  protected override updated(): void {
    const id = this.agenda.takeFocusRequest();
    if (!id) return;
    const group = this.agenda.openGroup(id);
    const button = group ? this.renderRoot.querySelector<HTMLElement>(`#${itemDomId(group, id)}-button`) : null;
    button?.scrollIntoView?.({ block: 'start' });
    button?.focus({ preventScroll: true });
  }

  #content(state: AgendaBrowserState): TemplateResult {
    const t = this.t;
    const d = domainText(this.locale, state.dataset);
    if (state.total === 0) return html`<p class="notice">${t.agendaBrowser.empty}</p>`;
    return html`${renderControls({
        t,
        d,
        dataset: state.dataset,
        view: state.view,
        filters: state.filters,
        setView: this.agenda.setView,
        setFilter: this.#setFilter,
        clearFilters: this.#clearFilters,
      })}
      <p class="count" part="count">${t.agendaBrowser.count(state.shown, state.total)}</p>
      ${state.shown === 0 ? html`<p class="notice">${t.agendaBrowser.noResults}</p>` : nothing}
      ${state.sections.map(
        (section) => html`${section.themeKind
            ? html`<div class="section-heading" role="heading" aria-level=${this.#level(0)}>${t.agendaBrowser.themeKind[section.themeKind]}</div>`
            : nothing}
          ${section.groups.map((group) => this.#group(group, state, d, section.themeKind ? 1 : 0))}`,
      )}`;
  }

  #group(group: AgendaGroup, state: AgendaBrowserState, d: DomainText, depth: number): TemplateResult {
    const name =
      group.kind === 'theme'
        ? capitalise(d.label('theme', group.id))
        : group.kind === 'targetGroup'
          ? capitalise(d.label('targetGroup', group.id))
          : this.t.agendaBrowser.otherGroup;
    const headingId = `ln-agenda-${group.key}`;
    return html`<div class="group" part="group">
      <div class="group__heading" id=${headingId} role="heading" aria-level=${this.#level(depth)}>
        ${name} <span class="group__count">(${group.items.length})</span>
      </div>
      <ul class="items">
        ${group.items.map((item) =>
          renderItem(item, {
            t: this.t,
            d,
            dataset: state.dataset,
            level: this.#level(depth + 1),
            groupKey: group.key,
            open: this.agenda.openGroup(item.id) === group.key,
            offerings: () => this.agenda.offeringsFor(item),
            toggle: () => this.agenda.toggle(item.id, group.key),
            relatedHref: (id) => this.agenda.itemHref(id),
            openRelated: this.agenda.openRelated,
            askHref: askHref(this.questionHref, window.location.href, item.id),
            takePart: { action: this.action, mailto: this.mailto, privacyHref: this.privacyHref },
          }),
        )}
      </ul>
    </div>`;
  }

  #level(depth: number): number {
    const base = Number.isInteger(this.headingLevel) ? Math.min(Math.max(this.headingLevel, 1), 5) : 2;
    return Math.min(base + depth, 6);
  }

  #setFilter = (kind: keyof AgendaFilters, value: string): void => {
    this.agenda.setFilter(kind, value);
    this.#announce();
  };

  #clearFilters = async (): Promise<void> => {
    this.agenda.clearFilters();
    this.#announce();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ln-agenda-theme')?.focus();
  };

  #announce(): void {
    const state = this.agenda.state;
    if (state) this.#live.announce(this.t.agendaBrowser.count(state.shown, state.total));
  }
}
