// The review step (every answer with a "change" link), the send/retry button with its failure
// alert, and the confirmation after sending.
import { html, nothing, type TemplateResult } from 'lit';
import { plainText } from '../shared/delivery.js';
import { deliveryFailureText, renderFailureAlert, renderMailto, renderSendingStatus } from '../shared/form-outcome.js';
import { renderAnswerList, renderReviewActions, type ReviewRow } from '../shared/form-review.js';
import type { DomainText, LabelKind } from '../shared/domain.js';
import type { Messages } from '../shared/messages.js';
import type { QuestionFormState } from './question-form.controller.js';
import type { QuestionDraft } from './question-form.events.js';
import { FIELD_ORDER, type Field } from './question-form.fields.js';
import { heading } from '../shared/heading.js';

const KINDS: Partial<Record<Field, LabelKind>> = {
  themes: 'theme',
  targetGroup: 'targetGroup',
  organisationType: 'organisationType',
  peerMix: 'peerMix',
  domainScope: 'domainScope',
  direction: 'direction',
  learningForms: 'learningForm',
  scale: 'scale',
  duration: 'duration',
};

export type AnswerRow = ReviewRow<Field>;

/** Each field with its label and its answer in words (undefined when not filled in). */
export function answerRows(question: QuestionDraft, t: Messages, d: DomainText): AnswerRow[] {
  return FIELD_ORDER.map((field) => {
    const raw = question[field];
    const kind = KINDS[field];
    const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw as string];
    const words = kind ? values.map((v) => d.label(kind, v)) : values;
    const value = words.join(', ').trim();
    return { field, label: t.questionForm.fields[field].label, value: value === '' ? undefined : value };
  });
}

/** The e-mail body: labelled answers, then the step plan when it goes along. */
export function mailBody(question: QuestionDraft, t: Messages, d: DomainText, planText?: string): string {
  const answers = plainText(answerRows(question, t, d).map((row) => [row.label, row.value] as const));
  return planText ? `${answers}\n\n${planText}` : answers;
}

export interface ReviewContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly state: QuestionFormState;
  readonly send: () => void;
  readonly edit: () => void;
  readonly change: (field: Field) => void;
  readonly includeStepPlan: (on: boolean) => void;
  readonly level: number;
}

/** The review step; also shown while sending and after a failure (the answers stay). */
export function renderReview(c: ReviewContext): TemplateResult {
  const { t, state } = c;
  const words = t.questionForm.review;
  const sending = state.status === 'sending';
  const failed = state.status === 'failed';
  const question = state.validated ?? state.question;
  return html`<section class="qf-review" aria-labelledby="qf-review-heading">
    ${heading(c.level, words.heading, { id: 'qf-review-heading', class: 'qf-heading', focusable: true })}
    <p>${words.intro}</p>
    ${renderAnswerList({
      prefix: 'qf',
      rows: answerRows(question, t, c.d),
      empty: words.empty,
      changeLabel: t.questionForm.actions.change,
      disabled: sending,
      change: c.change,
    })}
    ${state.stepPlan.open
      ? html`<div class="choice qf-include">
          <input
            type="checkbox"
            id="qf-include-plan-review"
            .checked=${state.stepPlan.include}
            ?disabled=${sending}
            @change=${(e: Event) => c.includeStepPlan((e.target as HTMLInputElement).checked)}
          />
          <label for="qf-include-plan-review">${t.questionForm.stepPlanOffer.include}</label>
        </div>`
      : nothing}
    <p class="hint">${words.privacy}</p>
    ${failed
      ? renderFailureAlert('qf-failure', {
          heading: t.questionForm.failed.heading,
          text: deliveryFailureText(t, state.delivery, t.questionForm.failed.invalidAction),
          kept: t.questionForm.failed.kept,
        })
      : nothing}
    ${renderSendingStatus('qf-sending', t, state)}
    ${renderReviewActions({
      prefix: 'qf',
      sending,
      failed,
      sendLabel: t.questionForm.actions.send,
      retryLabel: t.common.retry,
      backLabel: t.questionForm.actions.back,
      send: c.send,
      back: c.edit,
    })}
  </section>`;
}

export interface SentContext {
  readonly t: Messages;
  readonly state: QuestionFormState;
  readonly mailOpened: () => void;
  readonly another: () => void;
  readonly level: number;
}

/** The confirmation: its heading takes focus. With `mailto`, the link the person opens themselves. */
export function renderSent(c: SentContext): TemplateResult {
  const { t, state } = c;
  const delivery = state.delivery;
  const words = t.questionForm.sent;
  const mail = delivery?.status === 'mailto' ? delivery : undefined;
  return html`<section class="status status--success qf-sent" aria-labelledby="qf-sent-heading">
    ${heading(c.level, mail ? words.mailtoHeading : words.heading, { id: 'qf-sent-heading', class: 'qf-heading', focusable: true })}
    ${mail
      ? renderMailto(t, mail, 'qf-mail-text', c.mailOpened)
      : html`<p>${delivery?.status === 'handled' ? words.handled : words.body}</p>`}
    <p><button type="button" class="button button--secondary" @click=${c.another}>${t.questionForm.actions.another}</button></p>
  </section>`;
}
