import { html, nothing, type TemplateResult } from 'lit';
import { deliveryFailureText } from '../shared/form-outcome.js';
import type { Messages } from '../shared/messages.js';
import type { TakePartState } from './take-part.controller.js';

export interface OutcomeContext {
  readonly t: Messages;
  readonly title: string;
  readonly onRetry: () => void;
  readonly onEdit: () => void;
  readonly onClose: () => void;
}

/**
 * After sending: thanks (with the choice the person made), the e-mail link to open themselves,
 * or the failure with "try again" and "change" — the values stay in the form either way.
 */
export function renderOutcome(state: TakePartState, c: OutcomeContext): TemplateResult {
  const { t } = c;
  if (state.status === 'failed') {
    return html`<div class="alert take-part__outcome" part="outcome" role="alert" tabindex="-1" data-outcome>
      <p><strong>${deliveryFailureText(t, state.result, t.takePart.failed.invalidAction)}</strong></p>
      <p>${t.takePart.failed.kept}</p>
      <p class="take-part__actions">
        <button type="button" class="button" @click=${c.onRetry}>${t.takePart.actions.retry}</button>
        <button type="button" class="button button--secondary" @click=${c.onEdit}>${t.takePart.actions.edit}</button>
      </p>
    </div>`;
  }
  const result = state.result;
  const sent = state.sent;
  if (result?.status === 'mailto') {
    return html`<div class="status take-part__outcome" part="outcome" role="status" tabindex="-1" data-outcome>
      <p>${t.common.delivery.mailtoIntro}</p>
      <p><a href=${result.href}>${t.common.delivery.mailtoLink}</a></p>
      ${result.truncated ? html`<p>${t.common.delivery.mailtoTruncated}</p><pre class="take-part__mail">${result.text}</pre>` : nothing}
      <p><button type="button" class="button button--secondary" @click=${c.onClose}>${t.takePart.actions.close}</button></p>
    </div>`;
  }
  const thanks = sent?.choice === 'keep-informed' ? t.takePart.sent.keepInformed(c.title) : t.takePart.sent.join(c.title);
  return html`<div class="status status--success take-part__outcome" part="outcome" role="status" tabindex="-1" data-outcome>
    <p>${thanks}</p>
    <p><button type="button" class="button button--secondary" @click=${c.onClose}>${t.takePart.actions.close}</button></p>
  </div>`;
}
