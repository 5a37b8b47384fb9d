// The review step (a preview card as the finder shows it, every field with a "change" button),
// the send/retry button with its failure alert, and the confirmation after sending.
import { html, nothing, type TemplateResult } from 'lit';
import { plainText } from '../shared/delivery.js';
import { deliveryFailureText, renderFailureAlert, renderMailto, renderSendingStatus } from '../shared/form-outcome.js';
import { renderAnswerList, renderReviewActions, type ReviewRow } from '../shared/form-review.js';
import type { DomainText, LabelKind } from '../shared/domain.js';
import { heading } from '../shared/heading.js';
import type { Messages } from '../shared/messages.js';
import { renderOfferingCard } from '../offering-finder/offering-card.js';
import type { OfferingFormState } from './offering-form.controller.js';
import { FIELD_ORDER, type Field, type OfferingDraft } from './offering-form.draft.js';

const KINDS: Partial<Record<Field, LabelKind>> = {
  themes: 'theme',
  targetGroups: 'targetGroup',
  agendaItems: 'agendaItem',
  learningForms: 'learningForm',
  duration: 'duration',
  direction: 'direction',
  domainScope: 'domainScope',
  scale: 'scale',
  network: 'network',
};

export type AnswerRow = ReviewRow<Field>;

/** Each field with its label and its answer in words (undefined when not filled in). */
export function answerRows(draft: OfferingDraft, id: string, t: Messages, d: DomainText): AnswerRow[] {
  return FIELD_ORDER.map((field) => {
    const raw = field === 'id' ? id : draft[field];
    const kind = KINDS[field];
    const values = raw === undefined ? [] : typeof raw === 'string' ? [raw.trim()] : raw;
    const value = values
      .filter((v) => v !== '')
      .map((v) => (kind ? d.label(kind, v) : v))
      .join(', ');
    return { field, label: t.offeringForm.fields[field].label, value: value === '' ? undefined : value };
  });
}

/** The e-mail body: every filled-in field with its label. */
export function mailBody(draft: OfferingDraft, id: string, t: Messages, d: DomainText): string {
  return plainText(answerRows(draft, id, t, d).map((row) => [row.label, row.value] as const));
}

export interface ReviewContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly state: OfferingFormState;
  readonly send: () => void;
  readonly edit: () => void;
  readonly change: (field: Field) => void;
  /** Heading level of the review's title. */
  readonly level: number;
}

/** The review step; also shown while sending and after a failure (everything stays). */
export function renderReview(c: ReviewContext): TemplateResult {
  const { t, d, state } = c;
  const words = t.offeringForm.review;
  const sending = state.status === 'sending';
  const failed = state.status === 'failed';
  return html`<section class="ofm-review" aria-labelledby="ofm-review-heading">
    ${heading(c.level, words.heading, { id: 'ofm-review-heading', focusable: true })}
    <p>${words.intro}</p>
    ${state.validated
      ? html`<section class="ofm-preview" part="preview" aria-labelledby="ofm-preview-heading">
          ${heading(c.level + 1, words.preview, { id: 'ofm-preview-heading' })}
          ${renderOfferingCard({ offering: state.validated, t, d, idPrefix: 'ofm-preview', headingLevel: c.level + 2 })}
        </section>`
      : nothing}
    ${heading(c.level + 1, words.details)}
    ${renderAnswerList({
      prefix: 'ofm',
      rows: answerRows(state.draft, state.id, t, d),
      empty: words.empty,
      changeLabel: t.offeringForm.actions.change,
      disabled: sending,
      change: c.change,
    })}
    ${failed
      ? renderFailureAlert('ofm-failure', {
          heading: t.offeringForm.failed.heading,
          text: deliveryFailureText(t, state.delivery, t.offeringForm.failed.invalidAction),
          kept: t.offeringForm.failed.kept,
        })
      : nothing}
    ${renderSendingStatus('ofm-sending', t, state)}
    ${renderReviewActions({
      prefix: 'ofm',
      sending,
      failed,
      sendLabel: t.offeringForm.actions.send,
      retryLabel: t.offeringForm.actions.retry,
      backLabel: t.offeringForm.actions.edit,
      send: c.send,
      back: c.edit,
    })}
  </section>`;
}

export interface SentContext {
  readonly t: Messages;
  readonly state: OfferingFormState;
  readonly mailOpened: () => void;
  readonly another: () => void;
  readonly level: number;
}

/** The confirmation: its heading takes focus. With `mailto`, the link the person opens themselves. */
export function renderSent(c: SentContext): TemplateResult {
  const { t, state } = c;
  const delivery = state.delivery;
  const words = t.offeringForm.sent;
  const mail = delivery?.status === 'mailto' ? delivery : undefined;
  return html`<section class="status status--success ofm-sent" aria-labelledby="ofm-sent-heading">
    ${heading(c.level, words.heading, { id: 'ofm-sent-heading', focusable: true })}
    ${mail
      ? html`<p>${words.mailto}</p>
          ${renderMailto(t, mail, 'ofm-mail-text', c.mailOpened)}`
      : html`<p>${delivery?.status === 'handled' ? t.common.delivery.handled : words.body}</p>`}
    <p><button type="button" class="button button--secondary" @click=${c.another}>${t.offeringForm.actions.another}</button></p>
  </section>`;
}
