import { parseOffering } from '@leernetwerk/sdk';
import type { Dataset, Offering, Problem } from '@leernetwerk/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { DeliveryResult } from '../shared/delivery.js';
import { FormFlowController, type FormDraftStatus, type FormFlowState, type FormFlowStatus, type FormHostOptions } from '../shared/form-flow.js';
import { cleanDraft, isEmptyDraft, offeringId, toCandidate, type OfferingDraft } from './offering-form.draft.js';
import { LnOfferingSubmitEvent, type OfferingSubmitDetail } from './offering-form.events.js';

export type OfferingFormStatus = FormFlowStatus;
export type OfferingDraftStatus = FormDraftStatus;

/**
 * What the element renders: read-only data. `problems` come from `parseOffering` (after the person
 * asked to review; never holding what they typed), `validated` is the checked offering.
 */
export interface OfferingFormState extends FormFlowState<Offering, Problem> {
  readonly draft: OfferingDraft;
  /** The id the offering gets (typed, or made from the title). */
  readonly id: string;
}

export interface OfferingFormOptions extends FormHostOptions<OfferingSubmitDetail> {
  /** The loaded catalogue, to check themes, networks, agenda items and the id against. */
  readonly dataset: () => Dataset | undefined;
}

type Host = ReactiveControllerHost & EventTarget;

/**
 * Adapts the SDK to `<ln-offering-form>`: validates the draft with `parseOffering` against the
 * loaded catalogue. Draft, review and delivery are the shared `FormFlowController`, which it adds
 * to the host. Render from `state`; call the bound actions.
 *
 * @example
 * private form = new OfferingFormController(this, { dataset: () => this.data.value.dataset, draftName: () => 'offering-form' });
 * html`<input @input=${(e) => this.form.update({ titleNl: e.target.value })}>`
 */
export class OfferingFormController {
  #draft: OfferingDraft = {};
  readonly #flow: FormFlowController<Offering, Problem>;

  constructor(host: Host, options: OfferingFormOptions) {
    this.#flow = new FormFlowController<Offering, Problem>(host, {
      draftName: options.draftName,
      draftStore: { storage: options.draftStorage },
      restore: (stored) => {
        const draft = cleanDraft(stored);
        if (isEmptyDraft(draft)) return false;
        this.#draft = { ...draft, ...this.#draft };
        return true;
      },
      snapshot: () => this.#draft,
      check: () => {
        const dataset = options.dataset();
        const result = parseOffering(toCandidate(this.#draft), dataset ? { dataset } : {});
        return result.ok ? { ok: true, value: result.offering, problems: result.problems } : { ok: false, problems: result.problems };
      },
      submission: (offering) => {
        const detail: OfferingSubmitDetail = { offering };
        return { event: new LnOfferingSubmitEvent(detail), payload: detail, mail: options.mail?.(detail) };
      },
      action: options.action,
      mailto: options.mailto,
      post: options.post,
    });
    this.review = this.#flow.review;
    this.edit = this.#flow.edit;
    this.send = this.#flow.send;
    this.mailOpened = this.#flow.mailOpened;
    this.keepOnDevice = this.#flow.keepOnDevice;
  }

  get state(): OfferingFormState {
    return { ...this.#flow.state, draft: this.#draft, id: offeringId(this.#draft) };
  }

  /** The person changed fields; the draft is saved at once. After a failed review, problems follow the edits. */
  readonly update = (patch: OfferingDraft): void => {
    if (this.#flow.state.status === 'sending') return;
    this.#draft = { ...this.#draft, ...patch };
    this.#flow.changed();
  };

  /** Checks the draft; on success moves to the review step. Returns whether it is valid. */
  readonly review: () => boolean;

  /** Back from the review (or a failure) to the form. */
  readonly edit: () => void;

  /** Sends the validated offering: event, then `action` or `mailto`. The draft goes only once it left. */
  readonly send: () => Promise<DeliveryResult | undefined>;

  /** The person opened the mailto link: the offering has left the form, so the draft goes. */
  readonly mailOpened: () => void;

  /** Empties the form and removes the draft everywhere ("discard draft", "add another"). */
  readonly reset = (): void => {
    if (this.#flow.state.status === 'sending') return;
    this.#draft = {};
    this.#flow.reset();
  };

  /** "Keep on this device": localStorage when on, back to sessionStorage when off. */
  readonly keepOnDevice: (on: boolean) => void;
}
