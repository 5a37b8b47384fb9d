/**
 * `<story-data-view>`: a minimal widget for the provider's stories. `<ln-provider>` renders nothing
 * of its own, so its states only show through a widget; this one is what any custom widget does —
 * `DataConsumer` for the data, `renderDataState` for loading, error and notice — and, once ready,
 * it lists what was loaded.
 */
import type { LocalizedText } from '@leernetwerk/sdk';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { DataConsumer, dataStateStyles, renderDataState } from '../packages/elements/src/provider/index.js';
import { LnElement } from '../packages/elements/src/shared/ln-element.js';
import { tokens } from '../packages/elements/src/shared/tokens.styles.js';

const SHOWN = 3;

const text = (value: LocalizedText, lang: 'nl' | 'en'): string => value[lang] ?? value.nl;

export class StoryDataView extends LnElement {
  static override styles = [
    tokens,
    dataStateStyles,
    css`
      :host {
        padding: var(--_space);
        border: 0.0625em dashed var(--_border-color);
      }
      h2 {
        margin: 0 0 0.5em;
        font-size: 1.125em;
      }
      ul {
        margin: 0.5em 0 0;
        padding-inline-start: 1.25em;
      }
      li {
        overflow-wrap: anywhere;
        hyphens: auto;
      }
      .source {
        color: var(--_muted-color);
        font-size: 0.875em;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** Own dataset URL, used only when no `<ln-provider>` is around it. */
  @property() src?: string;

  readonly data = new DataConsumer(this, { src: () => this.src });

  protected override render() {
    const state = this.data.value;
    const dataset = state.dataset;
    return html`<section part="base" aria-labelledby="heading">
      <h2 id="heading">${this.locale === 'en' ? 'Story widget: what the provider shares' : 'Storywidget: wat de provider deelt'}</h2>
      ${renderDataState(state, this.t, this.locale)}
      ${state.status === 'ready' && dataset
        ? html`<p data-testid="counts">${this.t.common.notice.counts(dataset.agenda.length, dataset.offerings.length)}</p>
            ${dataset.agenda.length > 0
              ? html`<ul data-testid="agenda">
                  ${dataset.agenda.slice(0, SHOWN).map((item) => html`<li>${text(item.title, this.locale)}</li>`)}
                </ul>`
              : nothing}
            ${dataset.offerings.length > 0
              ? html`<ul data-testid="offerings">
                  ${dataset.offerings
                    .slice(0, SHOWN)
                    .map((offering) => html`<li>${text(offering.title, this.locale)} — ${offering.provider}</li>`)}
                </ul>`
              : nothing}
            <p class="source">${state.source === 'default' ? 'bundled default dataset' : state.source}</p>`
        : nothing}
    </section>`;
  }
}

if (!customElements.get('story-data-view')) customElements.define('story-data-view', StoryDataView);

declare global {
  interface HTMLElementTagNameMap {
    'story-data-view': StoryDataView;
  }
}
