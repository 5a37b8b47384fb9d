import type { Dataset } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { capitalise, type DomainText } from '../shared/domain.js';
import type { Messages } from '../shared/messages.js';
import type { GapMapState } from './gap-map.controller.js';
import { GAP_LEVELS, type GapLevel, type Grid, type GridCell } from './gap-grid.js';

export interface GapTemplateContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly level: number;
}

export const cellId = (row: number, column: number) => `ln-gap-cell-${row}-${column}`;

const heading = (level: number, content: unknown, cls: string, id?: string) =>
  html`<div class=${cls} id=${id ?? nothing} role="heading" aria-level=${Math.min(level, 6)}>${content}</div>`;

// Making an Intl.NumberFormat costs far more than formatting with one: one per language and kind.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(kind: 'number' | 'percent', lang: string): Intl.NumberFormat {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  let format = formats.get(`${kind} ${locale}`);
  if (format === undefined) {
    const options: Intl.NumberFormatOptions =
      kind === 'number' ? { maximumFractionDigits: 1 } : { style: 'percent', maximumFractionDigits: 0 };
    format = new Intl.NumberFormat(locale, options);
    formats.set(`${kind} ${locale}`, format);
  }
  return format;
}

export function formatNumber(value: number, lang: string): string {
  return numberFormat('number', lang).format(value);
}

function formatShare(share: number, lang: string): string {
  return numberFormat('percent', lang).format(share);
}

export function rowLabel(grid: Grid, value: string, c: GapTemplateContext): string {
  return grid.dimension === 'targetGroup' ? c.d.label('theme', value) : capitalise(c.d.label(grid.dimension, value));
}

export function columnLabel(grid: Grid, value: string, c: GapTemplateContext): string {
  return grid.dimension === 'targetGroup' ? capitalise(c.d.label('targetGroup', value)) : c.t.gapMap.grid.column1d;
}

function levelText(level: GapLevel, t: Messages): string {
  return t.gapMap.level[level];
}

function gridCaption(grid: Grid, t: Messages): string {
  const dim = t.gapMap.dimension[grid.dimension];
  return grid.dimension === 'targetGroup' ? t.gapMap.grid.label(dim) : t.gapMap.grid.label1d(dim);
}

/**
 * The heat map: an ARIA grid built from a table, one focusable cell at a time (roving tabindex).
 * Each cell shows its numbers, a glyph and a pattern for its level (so colour is never the only
 * cue), and names its level for screen readers.
 */
export function renderGrid(
  state: GapMapState,
  c: GapTemplateContext,
  on: { focus: (row: number, column: number) => void; keydown: (event: KeyboardEvent) => void },
): TemplateResult {
  const { grid, active } = state;
  const g = c.t.gapMap.grid;
  return html`<p class="hint" id="ln-gap-help">${g.help}</p>
    <div class="heat-wrap">
      <table
        class="heat heat--${grid.dimension === 'targetGroup' ? 'matrix' : 'list'}"
        part="grid"
        role="grid"
        aria-describedby="ln-gap-help"
        @keydown=${on.keydown}
      >
        <caption class="heat__caption">${gridCaption(grid, c.t)}</caption>
        <thead>
          <tr>
            <td class="heat__corner"></td>
            ${grid.columns.map((col) => html`<th scope="col">${columnLabel(grid, col, c)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${grid.cells.map(
            (row, r) => html`<tr>
              <th scope="row">${rowLabel(grid, grid.rows[r]!, c)}</th>
              ${row.map((cell, col) => {
                const isActive = r === active.row && col === active.column;
                return html`<td
                  role="gridcell"
                  id=${cellId(r, col)}
                  class="cell cell--${cell.level} ${isActive ? 'cell--active' : ''}"
                  part="cell cell-${cell.level}"
                  tabindex=${isActive ? '0' : '-1'}
                  data-row=${r}
                  data-column=${col}
                  @focus=${() => on.focus(r, col)}
                  @click=${(e: Event) => (e.currentTarget as HTMLElement).focus()}
                >
                  <span class="cell__inner">
                    <span class="cell__glyph" aria-hidden="true"></span>
                    <span class="cell__numbers">
                      <span class="cell__demand">${g.demandShort} ${formatNumber(cell.demand, c.d.lang)}</span>
                      <span class="cell__supply">${g.supplyShort} ${cell.supply}</span>
                    </span>
                    <span class="visually-hidden">, ${levelText(cell.level, c.t)}</span>
                  </span>
                </td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

/** The same numbers as a plain data table (with shares and level in words). */
export function renderTable(state: GapMapState, c: GapTemplateContext): TemplateResult {
  const { grid } = state;
  const m = c.t.gapMap;
  const matrix = grid.dimension === 'targetGroup';
  const caption = matrix ? m.table.caption(m.dimension.targetGroup) : m.table.caption1d(m.dimension[grid.dimension]);
  // Focusable and named, so a keyboard can scroll the table when it is wider than the page.
  return html`<div class="numbers-wrap" tabindex="0" role="region" aria-labelledby="ln-gap-table-caption">
    <table class="numbers" part="table">
      <caption id="ln-gap-table-caption">${caption}</caption>
      <thead>
        <tr>
          <th scope="col">${matrix ? m.dimension.theme : m.dimension[grid.dimension]}</th>
          ${matrix ? html`<th scope="col">${m.dimension.targetGroup}</th>` : nothing}
          <th scope="col">${m.table.demand}</th>
          <th scope="col">${m.table.demandShare}</th>
          <th scope="col">${m.table.supply}</th>
          <th scope="col">${m.table.supplyShare}</th>
          <th scope="col">${m.table.level}</th>
        </tr>
      </thead>
      <tbody>
        ${grid.cells.flat().map(
          (cell) => html`<tr data-row=${cell.row} data-column=${cell.column}>
            <th scope="row">${rowLabel(grid, cell.row, c)}</th>
            ${matrix ? html`<th scope="row">${columnLabel(grid, cell.column, c)}</th>` : nothing}
            <td class="num" data-value="demand">${formatNumber(cell.demand, c.d.lang)}</td>
            <td class="num">${formatShare(cell.demandShare, c.d.lang)}</td>
            <td class="num" data-value="supply">${cell.supply}</td>
            <td class="num">${formatShare(cell.supplyShare, c.d.lang)}</td>
            <td>${levelText(cell.level, c.t)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** What is behind the active cell: agenda items and questions (demand) and offerings (supply). */
export function renderDetail(state: GapMapState, c: GapTemplateContext, dataset: Dataset): TemplateResult {
  const cell: GridCell = state.activeCell;
  const m = c.t.gapMap.detail;
  const grid = state.grid;
  const title =
    grid.dimension === 'targetGroup'
      ? m.heading(rowLabel(grid, cell.row, c), columnLabel(grid, cell.column, c))
      : m.heading1d(rowLabel(grid, cell.row, c));
  const agenda = cell.agendaItems.map((id) => dataset.agenda.find((a) => a.id === id)).filter((a) => a !== undefined);
  const offerings = cell.offerings.map((id) => dataset.offerings.find((o) => o.id === id)).filter((o) => o !== undefined);
  return html`<div class="detail" part="detail" id="ln-gap-detail" role="region" aria-labelledby="ln-gap-detail-heading">
    ${heading(c.level + 1, title, 'detail__heading', 'ln-gap-detail-heading')}
    <dl class="detail__numbers">
      <div><dt>${m.demand}</dt><dd>${formatNumber(cell.demand, c.d.lang)}</dd></div>
      <div><dt>${m.supply}</dt><dd>${cell.supply}</dd></div>
      <div><dt>${m.level}</dt><dd><span class="swatch cell--${cell.level}" aria-hidden="true"><span class="cell__glyph"></span></span> ${levelText(cell.level, c.t)}</dd></div>
    </dl>
    <div class="detail__lists">
      <div>
        ${heading(c.level + 2, m.agendaItems, 'detail__subheading')}
        ${agenda.length > 0 ? html`<ul>${agenda.map((a) => html`<li>${c.d.text(a.title)}</li>`)}</ul>` : html`<p>${m.none}</p>`}
        ${cell.questions > 0 ? html`<p>${m.questions(cell.questions)}</p>` : nothing}
      </div>
      <div>
        ${heading(c.level + 2, m.offerings, 'detail__subheading')}
        ${offerings.length > 0
          ? html`<ul>${offerings.map((o) => html`<li>${c.d.text(o.title)} <span class="hint">(${o.provider})</span></li>`)}</ul>`
          : html`<p>${m.none}</p>`}
      </div>
    </div>
  </div>`;
}

export function renderLegend(state: GapMapState, c: GapTemplateContext): TemplateResult {
  const m = c.t.gapMap.legend;
  const w = state.analysis.weights;
  const n = (x: number) => formatNumber(x, c.d.lang);
  return html`<div class="legend" part="legend">
    ${heading(c.level + 1, m.heading, 'legend__heading')}
    <ul class="legend__list">
      ${GAP_LEVELS.map(
        (level) => html`<li>
          <span class="swatch cell--${level}" aria-hidden="true"><span class="cell__glyph"></span></span> ${levelText(level, c.t)}
        </li>`,
      )}
    </ul>
    <p class="hint">${m.numbers(n(w['content-gap']), n(w.priority), n(w.question))}</p>
  </div>`;
}

export function renderFindings(sentences: readonly string[], c: GapTemplateContext): TemplateResult {
  const m = c.t.gapMap.findings;
  return html`<div class="findings" part="findings">
    ${heading(c.level, m.heading, 'findings__heading')}
    ${sentences.length > 0 ? html`<ul class="findings__list">${sentences.map((s) => html`<li>${s}</li>`)}</ul>` : html`<p>${m.none}</p>`}
  </div>`;
}
