import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dataContext, type DataState } from './data-context.js';
import { DataController } from './data-controller.js';
import { queueRender } from './render-queue.js';

export const PROVIDER_TAG = 'ln-provider';

export interface DataConsumerOptions {
  /** The widget's own `src` attribute, used when no `<ln-provider>` is around it. */
  readonly src: () => string | null | undefined;
  readonly timeout?: () => number | undefined;
}

/** Is there an `<ln-provider>` above `el` (across shadow roots) that is not upgraded yet? */
function pendingProviderAbove(el: Element): boolean {
  for (let node: Node | null = el.parentNode; node; ) {
    if (node instanceof Element && node.localName === PROVIDER_TAG && !customElements.get(PROVIDER_TAG)) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

const LOADING: DataState = Object.freeze({ status: 'loading', problems: [], retry: () => {} });

/**
 * How a widget gets its data, in this order:
 * 1. from the nearest `<ln-provider>` (shared load, shared matcher);
 * 2. else from its own `src` attribute;
 * 3. else the bundled default dataset, imported lazily (in the CDN bundle: a sibling chunk).
 *
 * An `<ln-provider>` that is in the page but not yet defined is waited for, so element
 * definition order does not cause a second load.
 *
 * New data reaches the widget in a task of its own (see `render-queue.ts`): when a catalogue
 * arrives, the widgets of a page render one after the other — visible or focused ones first —
 * instead of all in one long task. Until its turn, `value` keeps saying `loading`.
 *
 * @example
 * class LnGapMap extends LnElement {
 *   @property() src?: string;
 *   private data = new DataConsumer(this, { src: () => this.src });
 *   render() {
 *     const d = this.data.value;
 *     return d.status === 'ready' ? html`${renderDataState(d, this.t)}…` : renderDataState(d, this.t);
 *   }
 * }
 */
export class DataConsumer implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DataConsumerOptions;
  #fromContext: DataState | undefined;
  #unsubscribe: (() => void) | undefined;
  #own: DataController | undefined;
  #waiting = false;
  /** The ready state the widget was given; a newer ready state waits for its turn. */
  #shown: DataState | undefined;
  #queued: DataState | undefined;
  #cancelQueued: (() => void) | undefined;
  #lostTurn = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DataConsumerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Where the data comes from now. */
  get mode(): 'context' | 'own' | 'waiting' {
    return this.#fromContext ? 'context' : this.#own ? 'own' : 'waiting';
  }

  get value(): DataState {
    const upstream = this.#fromContext ?? this.#own?.value ?? LOADING;
    if (upstream.status !== 'ready' || upstream === this.#shown) return upstream;
    if (this.#queued !== upstream && this.#host.isConnected) this.#queue(upstream);
    return LOADING;
  }

  #queue(ready: DataState): void {
    this.#cancelQueued?.();
    this.#queued = ready;
    this.#cancelQueued = queueRender(this.#host, () => {
      this.#shown = ready;
      this.#queued = undefined;
      this.#cancelQueued = undefined;
      this.#host.requestUpdate();
    });
  }

  hostConnected(): void {
    if (this.#lostTurn) {
      // The turn given up on disconnect is asked for again by the next render.
      this.#lostTurn = false;
      this.#host.requestUpdate();
    }
    this.#request();
    if (this.#fromContext) return;
    if (pendingProviderAbove(this.#host)) {
      if (this.#waiting) return;
      this.#waiting = true;
      void customElements.whenDefined(PROVIDER_TAG).then(() => {
        this.#waiting = false;
        // The provider upgrades (and starts answering) before this resolves.
        if (this.#host.isConnected && !this.#fromContext) this.#request();
        if (!this.#fromContext) this.#ownLoader();
        this.#host.requestUpdate();
      });
      return;
    }
    this.#ownLoader();
  }

  hostDisconnected(): void {
    if (this.#queued) {
      this.#cancelQueued?.();
      this.#cancelQueued = undefined;
      this.#queued = undefined;
      this.#lostTurn = true;
    }
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#fromContext = undefined;
  }

  #request(): void {
    this.#host.dispatchEvent(
      new ContextEvent(
        dataContext,
        this.#host,
        (value, unsubscribe) => {
          if (unsubscribe !== this.#unsubscribe) this.#unsubscribe?.();
          this.#unsubscribe = unsubscribe;
          this.#fromContext = value;
          this.#host.requestUpdate();
        },
        true,
      ),
    );
  }

  #ownLoader(): void {
    if (this.#own) return;
    this.#own = new DataController(this.#host, this.#options);
    this.#host.requestUpdate();
  }
}
