// The review step's shared parts: every answer with a "change" button, and the send/retry and
// back buttons. Class names and ids start with the form's prefix (`qf`, `ofm`).
import { html, type TemplateResult } from 'lit';

export interface ReviewRow<Field extends string> {
  readonly field: Field;
  readonly label: string;
  /** The answer in words; undefined when not filled in. */
  readonly value: string | undefined;
}

export interface AnswerListContext<Field extends string> {
  readonly prefix: string;
  readonly rows: readonly ReviewRow<Field>[];
  /** Shown for an answer not filled in. */
  readonly empty: string;
  /** The "change" button's words (the row's label follows, visually hidden). */
  readonly changeLabel: string;
  readonly disabled: boolean;
  readonly change: (field: Field) => void;
}

/** The answers as a description list, each with a "change" button that names its field. */
export function renderAnswerList<Field extends string>(c: AnswerListContext<Field>): TemplateResult {
  const p = c.prefix;
  return html`<dl class="${p}-summary">
    ${c.rows.map(
      (row) => html`<div class="${p}-summary__row">
        <dt>${row.label}</dt>
        <dd class="${p}-summary__value">${row.value ?? html`<span class="hint">${c.empty}</span>`}</dd>
        <dd class="${p}-summary__action">
          <button type="button" class="button button--link" ?disabled=${c.disabled} @click=${() => c.change(row.field)}>
            ${c.changeLabel}<span class="visually-hidden"> ${row.label}</span>
          </button>
        </dd>
      </div>`,
    )}
  </dl>`;
}

export interface ReviewActionsContext {
  readonly prefix: string;
  readonly sending: boolean;
  readonly failed: boolean;
  readonly sendLabel: string;
  readonly retryLabel: string;
  readonly backLabel: string;
  readonly send: () => void;
  readonly back: () => void;
}

/** Send (retry after a failure; `aria-disabled` while sending so it keeps focus) and back to the form. */
export function renderReviewActions(c: ReviewActionsContext): TemplateResult {
  return html`<div class="${c.prefix}-actions">
    <button
      type="button"
      id="${c.prefix}-send"
      class="button"
      aria-disabled=${c.sending ? 'true' : 'false'}
      @click=${() => (c.sending ? undefined : c.send())}
    >
      ${c.failed ? c.retryLabel : c.sendLabel}
    </button>
    <button type="button" class="button button--secondary" ?disabled=${c.sending} @click=${c.back}>${c.backLabel}</button>
  </div>`;
}
