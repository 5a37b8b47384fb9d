import { TARGET_GROUPS } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { plainText } from '../shared/delivery.js';
import { capitalise, domainText } from '../shared/domain.js';
import { errorSummaryStyles, focusErrorSummary, renderErrorSummary, type FieldError } from '../shared/error-summary.js';
import { LnElement } from '../shared/ln-element.js';
import { tokens } from '../shared/tokens.styles.js';
import {
  FIELD_IDS,
  NAME_MAX_LENGTH,
  TakePartController,
  isSubjectType,
  type TakePartError,
  type TakePartField,
} from './take-part.controller.js';
import type { TakePartDetail } from './take-part.events.js';
import { renderOutcome } from './take-part.outcome.js';
import { takePartStyles } from './take-part.styles.js';

const SUMMARY_ID = 'ln-take-part-errors';

/**
 * "I want to take part / keep me informed" for one agenda item or learning offering (the
 * report's network formation, section 1.3 d). A button opens a short form: the choice, e-mail
 * (required), name and role (optional) and consent (required, saying what happens with the
 * data). Sent through the shared delivery: the `ln-take-part-submit` event first (cancelable),
 * then the host's `action` URL (JSON POST) or a `mailto` link the person opens themselves.
 * Nothing typed is lost: the values live in a session draft per subject and survive a failure.
 *
 * @tagname ln-take-part
 * @summary Sign up to take part in, or hear about, an agenda item or learning offering.
 *
 * @fires ln-take-part-submit - The person sent the form. `detail`: `{ subject: { type, id, title }, choice: 'join' | 'keep-informed', email, name?, role?, consent: true }`. Cancelable: call `preventDefault()` to deliver it yourself.
 *
 * @csspart base - The root element.
 * @csspart toggle - The button that opens and closes the form.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems after a failed attempt to send.
 * @csspart outcome - The thank-you, e-mail link or failure message.
 *
 * @cssprop --ln-primary-color - Buttons (falls back to `--nl-button-primary-background-color`).
 * @cssprop --ln-error-color - Errors (falls back to `--nl-feedback-error-color`).
 * @cssprop --ln-surface-color - Background of the open form.
 */
export class LnTakePart extends LnElement {
  static override styles = [tokens, errorSummaryStyles, takePartStyles];

  /** What the person takes part in: `agenda` (an agenda item) or `offering` (a learning offering). */
  @property({ attribute: 'subject-type' }) subjectType: 'agenda' | 'offering' = 'agenda';
  /** The id of the agenda item or offering; sent with the form. Without it the button is not shown. */
  @property({ attribute: 'subject-id' }) subjectId = '';
  /** Its title in the page's language; shown and sent with the form. */
  @property({ attribute: 'subject-title' }) subjectTitle = '';
  /** URL the form is POSTed to as JSON (`http(s)`, absolute or relative). */
  @property() action?: string;
  /** E-mail address for a `mailto:` link, when there is no `action`. */
  @property() mailto?: string;
  /** Link to the host's privacy statement, shown with the consent question. */
  @property({ attribute: 'privacy-href' }) privacyHref?: string;
  /** The form is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  readonly form = new TakePartController(this, {
    subject: () =>
      this.subjectId && isSubjectType(this.subjectType)
        ? { type: this.subjectType, id: this.subjectId, title: this.subjectTitle || this.subjectId }
        : undefined,
    action: () => this.action,
    mailto: () => this.mailto,
    mail: (detail) => this.#mail(detail),
  });

  override render(): TemplateResult | typeof nothing {
    if (!this.subjectId || !isSubjectType(this.subjectType)) return nothing;
    const title = this.subjectTitle || this.subjectId;
    return html`<div part="base" class="take-part">
      <button
        type="button"
        part="toggle"
        class="button button--secondary take-part__toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="ln-take-part-panel"
        @click=${this.#toggle}
      >
        ${this.t.takePart.toggle}<span class="visually-hidden">${this.t.takePart.toggleSubject(title)}</span>
      </button>
      <div id="ln-take-part-panel" class="take-part__panel" ?hidden=${!this.open}>
        ${this.open ? this.#panel(title) : nothing}
      </div>
    </div>`;
  }

  #panel(title: string): TemplateResult {
    const s = this.form.state;
    if (s.status === 'done' || s.status === 'failed') {
      return renderOutcome(s, {
        t: this.t,
        title,
        onRetry: () => this.#send(),
        onEdit: () => this.#edit(),
        onClose: () => this.#closeAfterDone(),
      });
    }
    return this.#formTemplate(title);
  }

  #formTemplate(title: string): TemplateResult {
    const m = this.t.takePart;
    const s = this.form.state;
    const v = s.values;
    const d = domainText(this.locale);
    const sending = s.status === 'sending';
    const errors = s.errors;
    return html`<form part="form" class="take-part__form" novalidate aria-labelledby="ln-take-part-heading" @submit=${this.#onSubmit}>
      <p class="take-part__heading" id="ln-take-part-heading" role="heading" aria-level="3">${m.heading(title)}</p>
      <p class="hint">${m.intro}</p>
      ${renderErrorSummary({ id: SUMMARY_ID, heading: this.t.common.form.errorSummaryHeading, errors: this.#fieldErrors(errors) })}
      <fieldset id=${FIELD_IDS.choice} class=${this.#fieldClass('choice')} aria-describedby=${ifDefined(this.#errorId('choice'))}>
        <legend>${m.fields.choice.label} <span class="required">${this.t.common.form.required}</span></legend>
        ${this.#inlineError('choice')}
        ${(['join', 'keep-informed'] as const).map(
          (choice) => html`<label class="choice">
            <input
              type="radio"
              name="choice"
              value=${choice}
              .checked=${live(v.choice === choice)}
              ?disabled=${sending}
              aria-describedby=${`ln-take-part-${choice}-hint`}
              @change=${() => this.form.update('choice', choice)}
            />
            <span>
              ${choice === 'join' ? m.fields.choice.join : m.fields.choice.keepInformed}
              <span class="hint choice__hint" id=${`ln-take-part-${choice}-hint`}
                >${choice === 'join' ? m.fields.choice.joinHint : m.fields.choice.keepInformedHint}</span
              >
            </span>
          </label>`,
        )}
      </fieldset>
      <div class=${this.#fieldClass('email')}>
        <label class="label" for=${FIELD_IDS.email}>${m.fields.email.label} <span class="required">${this.t.common.form.required}</span></label>
        <span class="hint" id="ln-take-part-email-hint">${m.fields.email.hint}</span>
        ${this.#inlineError('email')}
        <input
          id=${FIELD_IDS.email}
          class="input"
          type="email"
          inputmode="email"
          autocomplete="email"
          spellcheck="false"
          aria-required="true"
          aria-invalid=${this.#hasError('email') ? 'true' : 'false'}
          aria-describedby=${['ln-take-part-email-hint', this.#errorId('email')].filter(Boolean).join(' ')}
          .value=${live(v.email)}
          ?readonly=${sending}
          @input=${(e: Event) => this.form.update('email', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class=${this.#fieldClass('name')}>
        <label class="label" for=${FIELD_IDS.name}>${m.fields.name.label} <span class="optional">${this.t.common.form.optional}</span></label>
        <span class="hint" id="ln-take-part-name-hint">${m.fields.name.hint}</span>
        ${this.#inlineError('name')}
        <input
          id=${FIELD_IDS.name}
          class="input"
          type="text"
          autocomplete="name"
          maxlength=${NAME_MAX_LENGTH * 2}
          aria-invalid=${this.#hasError('name') ? 'true' : 'false'}
          aria-describedby=${['ln-take-part-name-hint', this.#errorId('name')].filter(Boolean).join(' ')}
          .value=${live(v.name)}
          ?readonly=${sending}
          @input=${(e: Event) => this.form.update('name', (e.target as HTMLInputElement).value)}
        />
      </div>
      <div class="field">
        <label class="label" for=${FIELD_IDS.role}>${m.fields.role.label} <span class="optional">${this.t.common.form.optional}</span></label>
        <span class="hint" id="ln-take-part-role-hint">${m.fields.role.hint}</span>
        <select
          id=${FIELD_IDS.role}
          class="select"
          aria-describedby="ln-take-part-role-hint"
          ?disabled=${sending}
          @change=${(e: Event) => this.form.update('role', (e.target as HTMLSelectElement).value as typeof v.role)}
        >
          <option value="" ?selected=${v.role === ''}>${m.fields.role.none}</option>
          ${TARGET_GROUPS.map((g) => html`<option value=${g} ?selected=${v.role === g}>${capitalise(d.label('targetGroup', g))}</option>`)}
        </select>
      </div>
      <div class=${this.#fieldClass('consent')}>
        ${this.#inlineError('consent')}
        <label class="choice">
          <input
            id=${FIELD_IDS.consent}
            type="checkbox"
            aria-required="true"
            aria-invalid=${this.#hasError('consent') ? 'true' : 'false'}
            aria-describedby=${['ln-take-part-consent-hint', this.#errorId('consent')].filter(Boolean).join(' ')}
            .checked=${live(v.consent)}
            ?disabled=${sending}
            @change=${(e: Event) => this.form.update('consent', (e.target as HTMLInputElement).checked)}
          />
          <span>${m.fields.consent.label} <span class="required">${this.t.common.form.required}</span></span>
        </label>
        <p class="hint consent__hint" id="ln-take-part-consent-hint">
          ${m.fields.consent.hint}
          ${this.privacyHref ? html` <a href=${this.privacyHref}>${m.fields.consent.privacy}</a>` : nothing}
        </p>
      </div>
      <div class="take-part__actions">
        <button type="submit" class="button" aria-disabled=${sending ? 'true' : 'false'}>${m.actions.send}</button>
        <button type="button" class="button button--secondary" ?hidden=${sending} @click=${this.#cancel}>${m.actions.cancel}</button>
      </div>
      ${sending
        ? html`<p class="status" role="status">
            <span class="spinner" aria-hidden="true"></span>
            ${s.attempt ? this.t.common.delivery.retrying(s.attempt.current, s.attempt.max) : this.t.common.delivery.sending}
          </p>`
        : nothing}
    </form>`;
  }

  #fieldErrors(errors: readonly TakePartError[]): FieldError[] {
    return errors.map((e) => ({ fieldId: FIELD_IDS[e.field], message: this.#errorText(e) }));
  }

  #errorText(error: TakePartError): string {
    const e = this.t.takePart.errors;
    switch (error.problem) {
      case 'choice-missing':
        return e.choiceMissing;
      case 'email-missing':
        return e.emailMissing;
      case 'email-invalid':
        return e.emailInvalid;
      case 'name-too-long':
        return e.nameTooLong(NAME_MAX_LENGTH);
      case 'consent-missing':
        return e.consentMissing;
    }
  }

  #hasError(field: TakePartField): boolean {
    return this.form.state.errors.some((e) => e.field === field);
  }

  #errorId(field: TakePartField): string | undefined {
    return this.#hasError(field) ? `${FIELD_IDS[field]}-error` : undefined;
  }

  #fieldClass(field: TakePartField): string {
    return this.#hasError(field) ? 'field field--invalid' : 'field';
  }

  #inlineError(field: TakePartField): TemplateResult | typeof nothing {
    const error = this.form.state.errors.find((e) => e.field === field);
    if (!error) return nothing;
    return html`<p class="field-error" id=${`${FIELD_IDS[field]}-error`}>
      <span class="visually-hidden">${this.t.common.form.errorPrefix}</span> ${this.#errorText(error)}
    </p>`;
  }

  #mail(detail: TakePartDetail): { subject: string; body: string } {
    const m = this.t.takePart;
    const d = domainText(this.locale);
    const join = detail.choice === 'join';
    return {
      subject: join ? m.mail.join(detail.subject.title) : m.mail.keepInformed(detail.subject.title),
      body: plainText([
        [m.subjectType[detail.subject.type], `${detail.subject.title} (${detail.subject.id})`],
        [m.fields.choice.label, join ? m.fields.choice.join : m.fields.choice.keepInformed],
        [m.fields.name.label, detail.name],
        [m.fields.email.label, detail.email],
        [m.fields.role.label, detail.role ? d.label('targetGroup', detail.role) : undefined],
        [m.fields.consent.label, m.mail.consentGiven],
      ]),
    };
  }

  #toggle = (): void => {
    this.open = !this.open;
  };

  #cancel = async (): Promise<void> => {
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="toggle"]')?.focus();
  };

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    void this.#send();
  };

  async #send(): Promise<void> {
    const submitting = this.form.submit();
    await this.updateComplete;
    const errors = await submitting;
    await this.updateComplete;
    if (errors.length > 0) focusErrorSummary(this.renderRoot as ShadowRoot, SUMMARY_ID);
    else this.renderRoot.querySelector<HTMLElement>('[data-outcome]')?.focus();
  }

  async #edit(): Promise<void> {
    this.form.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${FIELD_IDS.email}`)?.focus();
  }

  async #closeAfterDone(): Promise<void> {
    this.form.reset();
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="toggle"]')?.focus();
  }
}

