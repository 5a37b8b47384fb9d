// How a form's delivery ended, in words and markup shared by the forms: the failure in plain
// language, the failure alert, the "sending…" status and the e-mail link after `mailto`.
import { html, nothing, type TemplateResult } from 'lit';
import type { DeliveryResult } from './delivery.js';
import type { FormFlowState } from './form-flow.js';
import type { Messages } from './messages.js';

/** Why delivery failed, for the person; `invalidAction` is the form's own words for a bad action URL. */
export function deliveryFailureText(t: Messages, delivery: DeliveryResult | undefined, invalidAction: string): string {
  if (delivery?.status !== 'failed') return t.common.delivery.failed;
  switch (delivery.reason) {
    case 'http':
      return t.common.delivery.failedHttp(delivery.httpStatus ?? 0);
    case 'timeout':
      return t.common.delivery.failedTimeout;
    case 'network':
      return t.common.delivery.failedNetwork;
    case 'invalid-action':
      return invalidAction;
  }
}

export interface FailureAlertWords {
  readonly heading: string;
  readonly text: string;
  /** That everything typed is kept. */
  readonly kept: string;
}

/** The alert after a failed delivery (`className` names the form's own hook). */
export function renderFailureAlert(className: string, words: FailureAlertWords): TemplateResult {
  return html`<div class="alert ${className}" role="alert">
    <p><strong>${words.heading}</strong></p>
    <p>${words.text}</p>
    <p>${words.kept}</p>
  </div>`;
}

/** The polite status line, always present, that says "sending" (or which retry) while sending. */
export function renderSendingStatus(
  className: string,
  t: Messages,
  state: Pick<FormFlowState<unknown, unknown>, 'status' | 'retrying'>,
): TemplateResult {
  return html`<p class=${className} role="status">
    ${state.status === 'sending'
      ? html`<span class="spinner" aria-hidden="true"></span> ${state.retrying
            ? t.common.delivery.retrying(state.retrying.attempt, state.retrying.max)
            : t.common.delivery.sending}`
      : nothing}
  </p>`;
}

/** After `mailto`: the link the person opens themselves, and the full text when the link had to be cut short. */
export function renderMailto(
  t: Messages,
  mail: Extract<DeliveryResult, { status: 'mailto' }>,
  textId: string,
  mailOpened: () => void,
): TemplateResult {
  return html`<p>${t.common.delivery.mailtoIntro}</p>
    <p><a href=${mail.href} @click=${mailOpened}>${t.common.delivery.mailtoLink}</a></p>
    ${mail.truncated
      ? html`<div class="field">
          <label class="label" for=${textId}>${t.common.delivery.mailtoTruncated}</label>
          <textarea id=${textId} class="textarea" readonly .value=${mail.text}></textarea>
        </div>`
      : nothing}`;
}
