import { formatFindingsIn, type GapQuestion } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataConsumer } from '../provider/data-consumer.js';
import type { DataState } from '../provider/data-context.js';
import { dataStateStyles, renderDataState } from '../provider/render-data-state.js';
import { domainText } from '../shared/domain.js';
import { LnElement } from '../shared/ln-element.js';
import { sdkMessages } from '../shared/messages.js';
import { tokens } from '../shared/tokens.styles.js';
import { MAP_DIMENSIONS, type MapDimension } from './gap-grid.js';
import { GapMapController, isMapDimension, type GapMapState } from './gap-map.controller.js';
import { gapMapStyles } from './gap-map.styles.js';
import {
  cellId,
  renderDetail,
  renderFindings,
  renderGrid,
  renderLegend,
  renderTable,
  type GapTemplateContext,
} from './gap-map.templates.js';

/**
 * The white spots as a picture: demand (the learning agenda's priority questions and white
 * spots, and people's questions when given) against supply (the learning offerings) per theme ×
 * target group, or per scale, direction or domain scope — from the SDK's `analyzeGaps`. The
 * findings come first as plain sentences ("Horizontal learning within one domain dominates …").
 *
 * The map is an ARIA grid of HTML table cells: arrow keys, Home/End and Ctrl+Home/End move
 * between cells (one tab stop), every cell shows its numbers and marks its level with a glyph
 * and a pattern as well as colour (forced colours keep the patterns), and the panel below lists
 * the agenda items and offerings behind the focused cell. A button switches to a plain data
 * table with the same numbers.
 *
 * @tagname ln-gap-map
 * @summary White spots: a heat map of demand against supply per theme and target group, with an accessible table view.
 *
 * @csspart base - The root element.
 * @csspart findings - The findings in words.
 * @csspart controls - The dimension switch and the map/table button.
 * @csspart view-toggle - The button that switches between map and table.
 * @csspart grid - The heat map (an ARIA grid).
 * @csspart cell - One cell of the map; also `cell-<level>` (`cell-uncovered`, `cell-short`, `cell-balanced`, `cell-ample`, `cell-unasked`, `cell-empty`).
 * @csspart detail - What is behind the focused cell.
 * @csspart table - The table view.
 * @csspart legend - The legend.
 * @csspart data-state - Loading, error and notice messages.
 *
 * @cssprop --ln-gap-uncovered-color - Cells with demand and no supply.
 * @cssprop --ln-gap-short-color - Cells with too little supply.
 * @cssprop --ln-gap-balanced-color - Cells where supply follows demand.
 * @cssprop --ln-gap-ample-color - Cells with ample supply.
 */
export class LnGapMap extends LnElement {
  static override styles = [tokens, dataStateStyles, gapMapStyles];

  /** URL of a dataset or prebuilt index, when there is no `<ln-provider>` around the element. */
  @property() src?: string;
  /** Request timeout for `src`, in ms. */
  @property({ type: Number }) timeout?: number;
  /** What the map shows against the themes: `targetGroup` (default), or on its own `scale`, `direction`, `domainScope`. */
  @property() dimension: MapDimension = 'targetGroup';
  /** People's questions (learning questions or shared questions), counted as demand next to the agenda. */
  @property({ attribute: false }) questions?: readonly GapQuestion[];
  /** Level of the widget's top headings (2–5). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  readonly data = new DataConsumer(this, { src: () => this.src, timeout: () => this.timeout });
  readonly gaps = new GapMapController(this, {
    data: () => this.data.value,
    questions: () => this.questions,
    dimension: () => (isMapDimension(this.dimension) ? this.dimension : 'targetGroup'),
  });
  #focusCell = false;

  override render(): TemplateResult {
    const data = this.data.value;
    const state = data.status === 'ready' ? this.gaps.state : undefined;
    // Until the analysis (in slices of its own) is done, the map shows the loading state.
    const shown: DataState = data.status === 'ready' && !state ? { ...data, status: 'loading', notice: undefined } : data;
    return html`<section part="base" class="gap-map" aria-label=${this.t.gapMap.label}>
      ${renderDataState(shown, this.t, this.locale)} ${state ? this.#content(state) : nothing}
    </section>`;
  }

  protected override updated(): void {
    if (!this.#focusCell) return;
    this.#focusCell = false;
    const state = this.gaps.state;
    if (state) this.renderRoot.querySelector<HTMLElement>(`#${cellId(state.active.row, state.active.column)}`)?.focus();
  }

  #content(state: GapMapState): TemplateResult {
    const t = this.t;
    const c: GapTemplateContext = { t, d: domainText(this.locale, state.dataset), level: this.#level() };
    if (state.analysis.cells.length === 0 && state.analysis.offerings === 0) {
      return html`<p class="notice">${t.gapMap.empty}</p>`;
    }
    const sentences = formatFindingsIn(sdkMessages(c.d.lang), state.analysis.findings, state.dataset);
    return html`<p class="intro">${t.gapMap.intro} ${state.questions > 0 ? t.gapMap.questionsIncluded(state.questions) : nothing}</p>
      ${renderFindings(sentences, c)} ${this.#controls(state)}
      ${state.view === 'map'
        ? html`${renderGrid(state, c, { focus: this.gaps.activate, keydown: this.#onKeydown })} ${renderDetail(state, c, state.dataset)}
          ${renderLegend(state, c)}`
        : renderTable(state, c)}`;
  }

  #controls(state: GapMapState): TemplateResult {
    const v = this.t.gapMap.view;
    return html`<div class="controls" part="controls">
      <fieldset class="controls__dimension">
        <legend>${v.legend}</legend>
        <div class="controls__options">
          ${MAP_DIMENSIONS.map(
            (dimension) => html`<label class="choice">
              <input
                type="radio"
                name="ln-gap-dimension"
                value=${dimension}
                .checked=${state.dimension === dimension}
                @change=${() => this.gaps.setDimension(dimension)}
              />
              <span>${v[dimension]}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <button type="button" class="button button--secondary controls__view" part="view-toggle" @click=${this.gaps.toggleView}>
        ${state.view === 'map' ? v.showTable : v.showMap}
      </button>
    </div>`;
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (target.getAttribute('role') !== 'gridcell') return;
    const moved = this.gaps.move(event.key, event.ctrlKey || event.metaKey);
    if (!moved) return;
    event.preventDefault();
    this.#focusCell = true;
    this.requestUpdate();
  };

  #level(): number {
    return Number.isInteger(this.headingLevel) ? Math.min(Math.max(this.headingLevel, 1), 5) : 2;
  }
}
