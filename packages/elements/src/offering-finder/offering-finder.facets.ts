// Facets as fieldsets of checkboxes with counts, and the chips of the ticked values.
import { FACET_IDS } from '@leernetwerk/sdk';
import type { FacetId, FacetValue, SearchResult } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { capitalise, type DomainText, type LabelKind } from '../shared/domain.js';
import type { Messages } from '../shared/messages.js';
import type { ActiveFilter } from './offering-finder.controller.js';

/** Values shown before "show all N"; a list at most one longer is shown whole. */
export const FACET_VISIBLE = 5;

const LABEL_KINDS: Readonly<Record<Exclude<FacetId, 'provider'>, LabelKind>> = {
  themes: 'theme',
  targetGroups: 'targetGroup',
  learningForms: 'learningForm',
  scale: 'scale',
  direction: 'direction',
  domainScope: 'domainScope',
};

/** The words for a facet value: a vocabulary or theme label, or the provider's own name. */
export function facetLabel(d: DomainText, facet: FacetId, value: string): string {
  return facet === 'provider' ? value : capitalise(d.label(LABEL_KINDS[facet], value));
}

export interface FacetsContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly result: SearchResult;
  /** Facets whose long list is shown whole. */
  readonly expanded: ReadonlySet<FacetId>;
  readonly toggleExpanded: (facet: FacetId) => void;
  readonly toggleFacet: (facet: FacetId, value: string) => void;
}

function visibleValues(values: readonly FacetValue[], expanded: boolean): readonly FacetValue[] {
  if (expanded || values.length <= FACET_VISIBLE + 1) return values;
  // Ticked values stay in sight even when they fall beyond the first few.
  return values.filter((v, i) => i < FACET_VISIBLE || v.selected);
}

function facetFieldset(c: FacetsContext, facet: FacetId): TemplateResult | typeof nothing {
  const values = c.result.facets[facet];
  if (values.length === 0) return nothing;
  const expanded = c.expanded.has(facet);
  const shown = visibleValues(values, expanded);
  const collapsible = values.length > FACET_VISIBLE + 1;
  const words = c.t.offeringFinder.facets;
  const listId = `of-facet-${facet}`;
  return html`<fieldset class="facet" part="facet">
    <legend>${words.legend[facet]}</legend>
    <ul class="facet__list" id=${listId}>
      ${repeat(
        shown,
        (v) => v.value,
        (v) => {
          const index = values.indexOf(v);
          const id = `${listId}-${index}`;
          const change = () => {
            // A ticked value beyond the first few is only in sight because it is ticked: keep it
            // (and the focus on it) by showing the whole list when it is unticked.
            if (collapsible && !expanded && index >= FACET_VISIBLE && v.selected) c.toggleExpanded(facet);
            c.toggleFacet(facet, v.value);
          };
          return html`<li class="choice">
            <input type="checkbox" id=${id} .checked=${live(v.selected)} @change=${change} />
            <label for=${id}>${facetLabel(c.d, facet, v.value)} <span class="facet__count">${words.count(v.count)}</span></label>
          </li>`;
        },
      )}
    </ul>
    ${collapsible
      ? html`<button
          type="button"
          class="button button--link facet__more"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${listId}
          @click=${() => c.toggleExpanded(facet)}
        >
          ${expanded ? words.showFewer : words.showAll(values.length)}
          <span class="visually-hidden">: ${words.legend[facet]}</span>
        </button>`
      : nothing}
  </fieldset>`;
}

/** Every facet that has values, in the SDK's order. */
export function renderFacets(c: FacetsContext): TemplateResult {
  return html`${FACET_IDS.map((facet) => facetFieldset(c, facet))}`;
}

export interface ChipsContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly active: readonly ActiveFilter[];
  readonly remove: (filter: ActiveFilter, index: number) => void;
  readonly clearAll: () => void;
}

/** The ticked values as removable chips, and "clear all". */
export function renderChips(c: ChipsContext): TemplateResult | typeof nothing {
  if (c.active.length === 0) return nothing;
  const words = c.t.offeringFinder;
  return html`<div class="chips" part="active-filters">
    <p class="chips__heading" id="of-active-heading">${words.active.heading}:</p>
    <ul class="chips__list" aria-labelledby="of-active-heading">
      ${c.active.map(
        (filter, index) => html`<li>
          <button type="button" class="chip" data-chip=${index} @click=${() => c.remove(filter, index)}>
            <span class="visually-hidden">${words.active.remove}: </span>${words.facets.legend[filter.facet]}:
            ${facetLabel(c.d, filter.facet, filter.value)}<span class="chip__x" aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
    </ul>
    <button type="button" class="button button--link chips__clear" @click=${c.clearAll}>${words.active.clearAll}</button>
  </div>`;
}
