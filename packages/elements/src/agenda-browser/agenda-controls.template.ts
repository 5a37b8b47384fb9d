import { TARGET_GROUPS, type Dataset } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { capitalise, type DomainText } from '../shared/domain.js';
import type { Messages } from '../shared/messages.js';
import type { AgendaFilters, AgendaView } from './agenda-model.js';

export interface ControlsContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly dataset: Dataset;
  readonly view: AgendaView;
  readonly filters: AgendaFilters;
  readonly setView: (view: AgendaView) => void;
  readonly setFilter: (kind: keyof AgendaFilters, value: string) => void;
  readonly clearFilters: () => void;
}

/** The view switch (radio buttons) and the two filters (selects): native controls, keyboard as usual. */
export function renderControls(c: ControlsContext): TemplateResult {
  const m = c.t.agendaBrowser.controls;
  const views: [AgendaView, string][] = [
    ['theme', m.byTheme],
    ['target-group', m.byTargetGroup],
  ];
  const filtered = c.filters.theme !== undefined || c.filters.targetGroup !== undefined;
  return html`<div class="controls" part="controls">
    <fieldset class="controls__view">
      <legend>${m.view}</legend>
      <div class="controls__options">
        ${views.map(
          ([view, text]) => html`<label class="choice">
            <input
              type="radio"
              name="ln-agenda-view"
              value=${view}
              .checked=${c.view === view}
              @change=${() => c.setView(view)}
            />
            <span>${text}</span>
          </label>`,
        )}
      </div>
    </fieldset>
    <div class="field controls__filter">
      <label class="label" for="ln-agenda-theme">${m.theme}</label>
      <select id="ln-agenda-theme" class="select" @change=${(e: Event) => c.setFilter('theme', (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${c.filters.theme === undefined}>${m.allThemes}</option>
        ${(['content', 'process'] as const).map(
          (kind) => html`<optgroup label=${c.t.agendaBrowser.themeKind[kind]}>
            ${c.dataset.themes
              .filter((t) => t.kind === kind)
              .map((t) => html`<option value=${t.id} ?selected=${c.filters.theme === t.id}>${c.d.text(t.label)}</option>`)}
          </optgroup>`,
        )}
      </select>
    </div>
    <div class="field controls__filter">
      <label class="label" for="ln-agenda-target-group">${m.targetGroup}</label>
      <select
        id="ln-agenda-target-group"
        class="select"
        @change=${(e: Event) => c.setFilter('targetGroup', (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${c.filters.targetGroup === undefined}>${m.allTargetGroups}</option>
        ${TARGET_GROUPS.map(
          (g) => html`<option value=${g} ?selected=${c.filters.targetGroup === g}>${capitalise(c.d.label('targetGroup', g))}</option>`,
        )}
      </select>
    </div>
    ${filtered
      ? html`<button type="button" class="button button--secondary controls__clear" @click=${c.clearFilters}>${m.clear}</button>`
      : nothing}
  </div>`;
}
