import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LnElement } from '../shared/ln-element.js';
import { dataContext, type DataState } from './data-context.js';
import { DataController } from './data-controller.js';

/**
 * Loads the catalogue once and shares it with every Leernetwerk widget inside it.
 *
 * Without `src` it uses the bundled default dataset (from the 2021 report). With `src` it
 * fetches a dataset JSON or a prebuilt index (`leernetwerk build-index`) from that URL, checks it
 * and builds the matcher once. Widgets inside show the loading, error and notice states.
 *
 * @tagname ln-provider
 * @summary Shares one dataset and matcher with the widgets inside it.
 * @slot - Leernetwerk widgets (and any other content).
 *
 * @example
 * <ln-provider src="/data/leernetwerk.json" lang="nl">
 *   <ln-offering-finder></ln-offering-finder>
 *   <ln-gap-map></ln-gap-map>
 * </ln-provider>
 */
export class LnProvider extends LnElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of a dataset JSON or prebuilt index, relative to the page. Empty: the bundled dataset. */
  @property() src?: string;

  /** Give up loading after this many milliseconds. */
  @property({ type: Number }) timeout = 15_000;

  readonly #data = new DataController(this, { src: () => this.src, timeout: () => this.timeout });
  readonly #provider = new ContextProvider(this, { context: dataContext, initialValue: this.#data.value });

  /** The current data state (also what widgets inside receive). */
  get data(): DataState {
    return this.#data.value;
  }

  /** Resolves once the current load settled; rejects when it failed. */
  get loaded(): Promise<unknown> {
    return this.#data.taskComplete;
  }

  // After the update, because the load task changes its status during the update (hostUpdate).
  protected override updated(): void {
    this.#provider.setValue(this.#data.value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
