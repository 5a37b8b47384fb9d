import type { Dataset } from '@leernetwerk/sdk';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DataConsumer } from '../provider/data-consumer.js';
import { dataStateStyles, renderDataState } from '../provider/render-data-state.js';
import type { PostOptions } from '../shared/delivery.js';
import { domainText } from '../shared/domain.js';
import { heading } from '../shared/heading.js';
import { errorSummaryStyles, renderErrorSummary } from '../shared/error-summary.js';
import { FormSteps } from '../shared/form-steps.js';
import { LiveRegionController } from '../shared/live-region.js';
import { LnElement } from '../shared/ln-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { offeringCardStyles } from '../offering-finder/offering-card.js';
import { OfferingFormController } from './offering-form.controller.js';
import { FIELD_IDS, FIELD_ORDER, type Field, type OfferingDraft } from './offering-form.draft.js';
import { fieldErrors, renderFields } from './offering-form.fields.js';
import { mailBody, renderReview, renderSent } from './offering-form.review.js';
import { offeringFormStyles } from './offering-form.styles.js';

const SUMMARY_ID = 'ofm-errors';

/**
 * A provider adds a learning offering to the catalogue (the report's "add new offerings";
 * WijkWijzer's "aanvullingen via dit formulier"). Every field of an offering, with plain
 * explanations (what vertical learning, cross-domain learning and each learning form mean, from
 * the dataset), multi-selects as groups of checkboxes. The SDK checks it (`parseOffering`, against
 * the loaded catalogue: existing themes, networks and agenda items, a new id); problems appear in
 * an error summary with links to the fields. The id is made from the name unless one is given.
 *
 * A review step shows how the offering will look in `<ln-offering-finder>` (the same card) and
 * every answer with a "change" button. Only the validated offering is sent: the
 * `ln-offering-submit` event, then `action` (JSON POST) or a `mailto` link. The draft is kept in
 * sessionStorage (localStorage after "keep on this device"; memory when the browser refuses
 * storage) and removed after a successful send; a failed send keeps everything and offers a retry.
 *
 * @tagname ln-offering-form
 * @summary Form to add a learning offering: plain explanations, SDK validation, preview, review, delivery.
 *
 * @fires ln-offering-submit - The person sent a validated offering; `detail.offering`. Cancelable: `preventDefault()` to deliver it yourself.
 *
 * @csspart base - The root section.
 * @csspart form - The form.
 * @csspart error-summary - The list of problems after a failed check.
 * @csspart preview - The preview of the offering as the finder shows it.
 * @csspart card - The offering card inside the preview.
 * @csspart live-region - Polite status messages (draft discarded).
 *
 * @cssprop --ln-primary-color - Buttons.
 * @cssprop --ln-error-color - Errors and the error summary.
 * @cssprop --ln-surface-color - The draft box and the preview.
 */
export class LnOfferingForm extends LnElement {
  static override styles = [tokens, dataStateStyles, errorSummaryStyles, offeringCardStyles, offeringFormStyles];

  /** Dataset URL; without it and without `<ln-provider>`, the bundled dataset. */
  @property() src?: string;
  /** URL to POST the offering to as JSON (`{ offering }`; timeout and retries). */
  @property() action?: string;
  /** E-mail address: after review the person gets a mailto link (used when there is no `action`). */
  @property() mailto?: string;
  /** Level of the widget's title (default 2); its sections are one lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /**
   * Hide the title visually (it stays as a heading for screen readers) when the page has its own
   * heading; the widget is then no named region, so it does not repeat the page's landmark.
   */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;
  /** Prefill: fills the fields the person has not filled in. */
  @property({ attribute: false }) offering?: OfferingDraft;
  /** Timeout, retries and backoff for `action`. */
  @property({ attribute: false }) delivery?: Omit<PostOptions, 'onRetry' | 'signal'>;

  readonly data = new DataConsumer(this, { src: () => this.src });
  readonly form: OfferingFormController = new OfferingFormController(this, {
    dataset: () => (this.data.value.status === 'ready' ? this.data.value.dataset : undefined),
    draftName: () => (this.id ? `offering-form:${this.id}` : 'offering-form'),
    action: () => this.action,
    mailto: () => this.mailto,
    post: () => this.delivery ?? {},
    mail: (detail) => {
      const d = domainText(this.locale, this.data.value.dataset);
      return {
        subject: this.t.offeringForm.mail.subject(d.text(detail.offering.title)),
        body: mailBody(this.form.state.draft, detail.offering.id, this.t, d),
      };
    },
  });
  #live = new LiveRegionController(this);
  #steps = new FormSteps<Field>(this, () => this.form, {
    prefix: 'ofm',
    firstField: FIELD_IDS.titleNl,
    fieldId: (field) => FIELD_IDS[field],
    focusSendOnFailure: true,
    announceDiscarded: () => this.#live.announce(this.t.common.draft.discarded),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('offering') && this.offering) this.#prefill(this.offering);
  }

  #prefill(offering: OfferingDraft): void {
    const draft = this.form.state.draft;
    const missing = Object.fromEntries(
      Object.entries(offering).filter(([key]) => {
        const current = draft[key as Field];
        return current === undefined || current.length === 0;
      }),
    );
    if (Object.keys(missing).length > 0) this.form.update(missing);
  }

  override render() {
    const data = this.data.value;
    return html`<section class="ofm" part="base" aria-labelledby=${ifDefined(this.hideTitle ? undefined : 'ofm-title')}>
      ${heading(this.#level, this.t.offeringForm.title, { id: 'ofm-title', class: this.hideTitle ? 'visually-hidden' : 'ofm-title' })}
      ${renderDataState(data, this.t, this.locale)}
      ${data.status === 'ready' && data.dataset ? this.#body(data.dataset) : nothing}
      ${this.#live.render()}
    </section>`;
  }

  #body(dataset: Dataset): TemplateResult {
    const state = this.form.state;
    const t = this.t;
    const d = domainText(this.locale, dataset);
    if (state.status === 'sent') return renderSent({ t, state, mailOpened: this.form.mailOpened, another: this.#steps.another, level: this.#level + 1 });
    if (state.status !== 'editing') {
      return renderReview({ t, d, state, send: this.#steps.send, edit: this.#steps.back, change: this.#steps.change, level: this.#level + 1 });
    }
    const errors = fieldErrors(state.problems, state.draft, t.offeringForm, d);
    const ordered = FIELD_ORDER.filter((field) => errors.has(field));
    return html`<p>${t.offeringForm.intro}</p>
      ${state.draftStatus.restored ? html`<p class="notice">${t.common.draft.restored}</p>` : nothing}
      ${state.draftStatus.memoryOnly ? html`<p class="notice">${t.common.draft.memoryOnly}</p>` : nothing}
      ${renderErrorSummary({
        id: SUMMARY_ID,
        heading: t.common.form.errorSummaryHeading,
        errors: ordered.map((field) => ({ fieldId: FIELD_IDS[field], message: errors.get(field)! })),
      })}
      <form part="form" novalidate aria-labelledby="ofm-title" @submit=${this.#steps.review}>
        ${renderFields({ t, d, dataset, draft: state.draft, generatedId: state.id, errors, update: this.form.update, level: this.#level + 1 })}
        <div class="ofm-draft">
          <div class="choice">
            <input
              type="checkbox"
              id="ofm-keep"
              aria-describedby="ofm-keep-hint"
              .checked=${state.draftStatus.persistent}
              @change=${(e: Event) => this.form.keepOnDevice((e.target as HTMLInputElement).checked)}
            />
            <label for="ofm-keep">${t.common.draft.keepOnDevice}</label>
          </div>
          <p class="hint" id="ofm-keep-hint">${t.common.draft.keepOnDeviceHint}</p>
        </div>
        <div class="ofm-actions">
          <button type="submit" class="button">${t.offeringForm.actions.review}</button>
          <button type="button" class="button button--secondary" @click=${this.#steps.discard}>${t.common.draft.discard}</button>
        </div>
      </form>`;
  }

  get #level(): number {
    return Math.min(4, Math.max(1, Math.round(this.headingLevel) || 2));
  }
}
