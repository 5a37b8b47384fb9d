import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite status message for screen readers ("12 results", "Draft saved"), rendered by the
 * widget itself with `render()` so it lives in the widget's own shadow root. The region stays in
 * the DOM from the first render (a live region added together with its text is often not read);
 * repeating the same text is announced again because the text is cleared first.
 *
 * @example
 * private live = new LiveRegionController(this);
 * render() { return html`… ${this.live.render()}`; }
 * this.live.announce(this.t.offeringFinder.results(12));
 */
export class LiveRegionController implements ReactiveController {
  #message = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: { visible?: boolean; delay?: number } = {},
  ) {
    host.addController(this);
  }

  /** The text currently in the region. */
  get message(): string {
    return this.#message;
  }

  /** Puts `text` in the region after a short delay, so a burst of updates yields one announcement. */
  announce(text: string): void {
    clearTimeout(this.#timer);
    this.#message = '';
    this.host.requestUpdate();
    this.#timer = setTimeout(() => {
      this.#message = text;
      this.host.requestUpdate();
    }, this.options.delay ?? 150);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#message = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  render(): TemplateResult {
    return html`<div
      part="live-region"
      class=${this.options.visible ? 'live' : 'visually-hidden'}
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >${this.#message}</div>`;
  }
}
