// The review step (every answer with a "change" link), the send/retry button with its failure
// alert, and the confirmation after sending.
import { html, nothing, type TemplateResult } from 'lit';
import { plainText, type DeliveryResult } from '../shared/delivery.js';
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

export interface AnswerRow {
  readonly field: Field;
  readonly label: string;
  readonly value: string | undefined;
}

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

function failureText(t: Messages, delivery: DeliveryResult | undefined): string {
  if (delivery?.status !== 'failed') return t.common.delivery.failed;
  switch (delivery.reason) {
    case 'http':
      return t.common.delivery.failedHttp(delivery.httpStatus ?? 0);
    case 'timeout':
      return t.common.delivery.failedTimeout;
    case 'network':
      return t.common.delivery.failedNetwork;
    case 'invalid-action':
      return t.questionForm.failed.invalidAction;
  }
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
    <dl class="qf-summary">
      ${answerRows(question, t, c.d).map(
        (row) => html`<div class="qf-summary__row">
          <dt>${row.label}</dt>
          <dd class="qf-summary__value">${row.value ?? html`<span class="hint">${words.empty}</span>`}</dd>
          <dd class="qf-summary__action">
            <button type="button" class="button button--link" ?disabled=${sending} @click=${() => c.change(row.field)}>
              ${t.questionForm.actions.change}<span class="visually-hidden"> ${row.label}</span>
            </button>
          </dd>
        </div>`,
      )}
    </dl>
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
      ? html`<div class="alert qf-failure" role="alert">
          <p><strong>${t.questionForm.failed.heading}</strong></p>
          <p>${failureText(t, state.delivery)}</p>
          <p>${t.questionForm.failed.kept}</p>
        </div>`
      : nothing}
    <p class="qf-sending" role="status">
      ${sending
        ? html`<span class="spinner" aria-hidden="true"></span> ${state.retrying
              ? t.common.delivery.retrying(state.retrying.attempt, state.retrying.max)
              : t.common.delivery.sending}`
        : nothing}
    </p>
    <div class="qf-actions">
      <button
        type="button"
        id="qf-send"
        class="button"
        aria-disabled=${sending ? 'true' : 'false'}
        @click=${() => (sending ? undefined : c.send())}
      >
        ${failed ? t.common.retry : t.questionForm.actions.send}
      </button>
      <button type="button" class="button button--secondary" ?disabled=${sending} @click=${c.edit}>
        ${t.questionForm.actions.back}
      </button>
    </div>
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
      ? html`<p>${t.common.delivery.mailtoIntro}</p>
          <p><a href=${mail.href} @click=${c.mailOpened}>${t.common.delivery.mailtoLink}</a></p>
          ${mail.truncated
            ? html`<div class="field">
                <label class="label" for="qf-mail-text">${t.common.delivery.mailtoTruncated}</label>
                <textarea id="qf-mail-text" class="textarea" readonly .value=${mail.text}></textarea>
              </div>`
            : nothing}`
      : html`<p>${delivery?.status === 'handled' ? words.handled : words.body}</p>`}
    <p><button type="button" class="button button--secondary" @click=${c.another}>${t.questionForm.actions.another}</button></p>
  </section>`;
}
