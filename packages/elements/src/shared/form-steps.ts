// The moves between a form's steps as the element's event handlers, each putting focus where the
// person continues: the review heading, the error summary, the confirmation, or the first field.
import { focusErrorSummary } from './error-summary.js';
import { focusField } from './form-fields.js';
import type { FormFlowStatus } from './form-flow.js';

/** What the steps need of a form's controller. */
export interface StepsForm {
  readonly state: { readonly status: FormFlowStatus };
  readonly review: () => boolean;
  readonly send: () => Promise<unknown>;
  readonly edit: () => void;
  readonly reset: () => void;
}

export interface FormStepsOptions<Field extends string> {
  /** The form's id prefix: `<prefix>-review-heading`, `<prefix>-sent-heading`, `<prefix>-send`, `<prefix>-errors`. */
  readonly prefix: string;
  /** Id of the field that takes focus when the form is shown afresh. */
  readonly firstField: string;
  /** The id of a field's control (or group). */
  readonly fieldId: (field: Field) => string;
  /** After a failed delivery, put focus (back) on the send button. */
  readonly focusSendOnFailure?: boolean;
  /** Says that the draft was discarded (in the element's live region). */
  readonly announceDiscarded: () => void;
}

interface StepsHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** Bound handlers for review, send, back, change (a field), discard and another. */
export class FormSteps<Field extends string> {
  readonly #host: StepsHost;
  readonly #form: () => StepsForm;
  readonly #options: FormStepsOptions<Field>;

  constructor(host: StepsHost, form: () => StepsForm, options: FormStepsOptions<Field>) {
    this.#host = host;
    this.#form = form;
    this.#options = options;
  }

  #focus(selector: string): void {
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #focusSummary(): void {
    focusErrorSummary(this.#host.renderRoot as ShadowRoot, `${this.#options.prefix}-errors`);
  }

  readonly review = async (event: Event): Promise<void> => {
    event.preventDefault();
    const ok = this.#form().review();
    await this.#host.updateComplete;
    if (ok) this.#focus(`#${this.#options.prefix}-review-heading`);
    else this.#focusSummary();
  };

  readonly send = async (): Promise<void> => {
    const form = this.#form();
    await form.send();
    await this.#host.updateComplete;
    const status = form.state.status;
    if (status === 'sent') this.#focus(`#${this.#options.prefix}-sent-heading`);
    else if (status === 'failed' && this.#options.focusSendOnFailure) this.#focus(`#${this.#options.prefix}-send`);
    else if (status === 'editing') this.#focusSummary();
  };

  readonly back = async (): Promise<void> => {
    this.#form().edit();
    await this.#host.updateComplete;
    this.#focus(`#${this.#options.firstField}`);
  };

  /** "Change" in the review: back to the form, focus on that field (a group's checked or first option). */
  readonly change = async (field: Field): Promise<void> => {
    this.#form().edit();
    await this.#host.updateComplete;
    focusField(this.#host.renderRoot, this.#options.fieldId(field));
  };

  readonly discard = async (): Promise<void> => {
    this.#form().reset();
    this.#options.announceDiscarded();
    await this.#host.updateComplete;
    this.#focus(`#${this.#options.firstField}`);
  };

  readonly another = async (): Promise<void> => {
    this.#form().reset();
    await this.#host.updateComplete;
    this.#focus(`#${this.#options.firstField}`);
  };
}
