// Small helpers the forms' fields share: aria-describedby from optional ids, the error line under a
// field, and moving focus to a field from the review or the error summary.
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from './messages.js';

/** The ids that are given, space-separated; undefined when none (so the attribute is left out). */
export const describedBy = (...ids: (string | false | undefined)[]): string | undefined => ids.filter(Boolean).join(' ') || undefined;

/** The error under a field (id `<fieldId>-error`, for its aria-describedby); nothing without a message. */
export function renderFieldError(t: Messages, fieldId: string, message: string | undefined): TemplateResult | typeof nothing {
  return message === undefined
    ? nothing
    : html`<p class="field-error" id=${`${fieldId}-error`}>
        <span class="visually-hidden">${t.common.form.errorPrefix}</span> ${message}
      </p>`;
}

/** Focus on the field with this id; for a group (fieldset), its checked or else its first option. */
export function focusField(root: ParentNode, fieldId: string): void {
  const el = root.querySelector<HTMLElement>(`#${fieldId}`);
  const target = el instanceof HTMLFieldSetElement ? (el.querySelector<HTMLElement>('input:checked') ?? el.querySelector('input')) : el;
  target?.scrollIntoView?.({ block: 'center' });
  target?.focus();
}
