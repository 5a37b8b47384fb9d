import { formatProblemIn } from '@leernetwerk/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import { sdkMessages, type Lang, type Messages } from '../shared/messages.js';
import type { DataError, DataState } from './data-context.js';

const MAX_DETAILS = 5;

function errorText(error: DataError | undefined, t: Messages): string {
  const e = t.common.error;
  switch (error?.kind) {
    case 'not-found':
      return e.notFound;
    case 'http':
      return e.http(error.httpStatus ?? 0);
    case 'timeout':
      return e.timeout;
    case 'network':
      return e.network;
    case 'json':
      return e.json;
    case 'index':
      return e.index;
    default:
      return e.invalid;
  }
}

function details(state: DataState, t: Messages, lang: Lang): TemplateResult | typeof nothing {
  if (state.problems.length === 0) return nothing;
  const shown = state.problems.slice(0, MAX_DETAILS);
  const more = state.problems.length - shown.length;
  return html`<details class="data-state__details">
    <summary>${t.common.error.details}</summary>
    <ul>
      ${shown.map((p) => html`<li><code>${formatProblemIn(sdkMessages(lang), p)}</code></li>`)}
      ${more > 0 ? html`<li>…</li>` : nothing}
    </ul>
  </details>`;
}

/** After "try again", keep keyboard focus in the widget: move it to the loading status. */
async function retry(event: Event, state: DataState): Promise<void> {
  const button = event.currentTarget as HTMLElement;
  const root = button.getRootNode() as ShadowRoot | Document;
  const hadFocus = root.activeElement === button;
  state.retry();
  const host = (root as ShadowRoot).host as (HTMLElement & { updateComplete?: Promise<unknown> }) | undefined;
  await host?.updateComplete;
  if (hadFocus) root.querySelector<HTMLElement>('[data-ln-status]')?.focus();
}

/**
 * The loading, error and notice UI every widget shows, so they all look and sound the same.
 * - idle/loading: a polite `role=status` message inside an `aria-busy` region (with % when known);
 * - error: `role=alert` with the translated reason, technical details and a "try again" button;
 * - ready with dropped records: a `role=status` notice with counts;
 * - ready without problems: nothing.
 * Widgets include `dataStateStyles` in their styles (after `tokens`).
 *
 * @example
 * ${renderDataState(this.data.value, this.t, this.locale)}
 */
export function renderDataState(state: DataState, t: Messages, lang: Lang): TemplateResult | typeof nothing {
  switch (state.status) {
    case 'idle':
    case 'loading':
      return html`<div class="data-state" part="data-state" aria-busy="true">
        <p class="status" role="status" tabindex="-1" data-ln-status>
          <span class="spinner" aria-hidden="true"></span>
          ${state.progress === undefined ? t.common.loading : t.common.loadingProgress(state.progress)}
        </p>
      </div>`;
    case 'error':
      return html`<div class="alert data-state" part="data-state data-error" role="alert">
        <p><strong>${t.common.error.heading}</strong></p>
        <p>${errorText(state.error, t)}</p>
        ${details(state, t, lang)}
        <p><button type="button" class="button" @click=${(e: Event) => retry(e, state)}>${t.common.retry}</button></p>
      </div>`;
    case 'ready':
      if (!state.notice) return nothing;
      return html`<div class="notice data-state" part="data-state data-notice" role="status">
        <p>${t.common.notice.partial(state.notice.dropped, state.notice.problems)}</p>
        ${details(state, t, lang)}
      </div>`;
  }
}

export const dataStateStyles = css`
  .data-state {
    margin-block: 0 1em;
  }
  .data-state .status {
    margin: 0;
  }
  .data-state__details summary {
    cursor: pointer;
    color: var(--_link-color);
    text-decoration: underline;
  }
  .data-state__details code {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;
