import { parseOffering } from '@leernetwerk/sdk';
import type { Dataset, Offering, Problem } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deliver, type DeliveryResult, type PostOptions } from '../shared/delivery.js';
import { DraftStore, type DraftBackend, type DraftStoreOptions } from '../shared/draft-store.js';
import { cleanDraft, isEmptyDraft, offeringId, toCandidate, type OfferingDraft } from './offering-form.draft.js';
import { LnOfferingSubmitEvent, type OfferingSubmitDetail } from './offering-form.events.js';

export type OfferingFormStatus = 'editing' | 'review' | 'sending' | 'sent' | 'failed';

export interface OfferingDraftStatus {
  readonly backend: DraftBackend;
  readonly persistent: boolean;
  readonly memoryOnly: boolean;
  /** An earlier draft was put back when the form started. */
  readonly restored: boolean;
}

/** What the element renders: read-only data. */
export interface OfferingFormState {
  readonly draft: OfferingDraft;
  /** The id the offering gets (typed, or made from the title). */
  readonly id: string;
  /** From `parseOffering`, after the person asked to review; never holds what they typed. */
  readonly problems: readonly Problem[];
  /** The validated offering, once review succeeded. */
  readonly validated: Offering | undefined;
  readonly status: OfferingFormStatus;
  readonly draftStatus: OfferingDraftStatus;
  readonly delivery: DeliveryResult | undefined;
  /** While the action URL is retried: which attempt. */
  readonly retrying: { readonly attempt: number; readonly max: number } | undefined;
}

export interface OfferingFormOptions {
  /** The loaded catalogue, to check themes, networks, agenda items and the id against. */
  readonly dataset: () => Dataset | undefined;
  /** The draft's storage name, e.g. `offering-form:<element id>`. */
  readonly draftName: () => string;
  readonly draftStorage?: DraftStoreOptions['storage'];
  readonly action?: () => string | null | undefined;
  readonly mailto?: () => string | null | undefined;
  /** Subject and plain-text body for a mailto link (words belong to the element). */
  readonly mail?: (detail: OfferingSubmitDetail) => { subject: string; body: string };
  readonly post?: () => Omit<PostOptions, 'onRetry' | 'signal'>;
}

type Host = ReactiveControllerHost & EventTarget;

/**
 * Adapts the SDK to `<ln-offering-form>`: keeps the draft (shared `DraftStore`), validates with
 * `parseOffering` against the loaded catalogue, and sends with the shared `deliver()`. Render
 * from `state`; call the bound actions.
 *
 * @example
 * private form = new OfferingFormController(this, { dataset: () => this.data.value.dataset, draftName: () => 'offering-form' });
 * html`<input @input=${(e) => this.form.update({ titleNl: e.target.value })}>`
 */
export class OfferingFormController implements ReactiveController {
  readonly #host: Host;
  readonly #options: OfferingFormOptions;
  #store: DraftStore<OfferingDraft> | undefined;
  #draft: OfferingDraft = {};
  #problems: readonly Problem[] = [];
  #validated: Offering | undefined;
  #status: OfferingFormStatus = 'editing';
  #restored = false;
  #delivery: DeliveryResult | undefined;
  #retrying: { attempt: number; max: number } | undefined;
  #abort: AbortController | undefined;

  constructor(host: Host, options: OfferingFormOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get state(): OfferingFormState {
    const store = this.#store;
    return {
      draft: this.#draft,
      id: offeringId(this.#draft),
      problems: this.#problems,
      validated: this.#validated,
      status: this.#status,
      draftStatus: {
        backend: store?.backend ?? 'session',
        persistent: store?.persistent ?? false,
        memoryOnly: store?.memoryOnly ?? false,
        restored: this.#restored,
      },
      delivery: this.#delivery,
      retrying: this.#retrying,
    };
  }

  hostConnected(): void {
    if (this.#store) return;
    this.#store = new DraftStore<OfferingDraft>(this.#options.draftName(), {
      ...(this.#options.draftStorage ? { storage: this.#options.draftStorage } : {}),
    });
    const draft = cleanDraft(this.#store.load());
    if (!isEmptyDraft(draft)) {
      this.#draft = { ...draft, ...this.#draft };
      this.#restored = true;
    }
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** The person changed fields; the draft is saved at once. After a failed review, problems follow the edits. */
  readonly update = (patch: OfferingDraft): void => {
    if (this.#status === 'sending') return;
    this.#draft = { ...this.#draft, ...patch };
    this.#store?.save(this.#draft);
    if (this.#problems.length > 0) this.#check();
    this.#host.requestUpdate();
  };

  /** Checks the draft; on success moves to the review step. Returns whether it is valid. */
  readonly review = (): boolean => {
    const ok = this.#check();
    this.#status = ok ? 'review' : 'editing';
    this.#host.requestUpdate();
    return ok;
  };

  /** Back from the review (or a failure) to the form. */
  readonly edit = (): void => {
    if (this.#status === 'sending') return;
    this.#status = 'editing';
    this.#delivery = undefined;
    this.#host.requestUpdate();
  };

  /** Sends the validated offering: event, then `action` or `mailto`. The draft goes only once it left. */
  readonly send = async (): Promise<DeliveryResult | undefined> => {
    if (this.#status === 'sending') return undefined;
    if (!this.#check() || !this.#validated) {
      this.#status = 'editing';
      this.#host.requestUpdate();
      return undefined;
    }
    const detail: OfferingSubmitDetail = { offering: this.#validated };
    this.#status = 'sending';
    this.#delivery = undefined;
    this.#retrying = undefined;
    this.#host.requestUpdate();
    this.#abort = new AbortController();
    let result: DeliveryResult;
    try {
      result = await deliver({
        ...this.#options.post?.(),
        target: this.#host,
        event: new LnOfferingSubmitEvent(detail),
        payload: detail,
        action: this.#options.action?.(),
        mailto: this.#options.mailto?.(),
        ...(this.#options.mail ? { mail: this.#options.mail(detail) } : {}),
        signal: this.#abort.signal,
        onRetry: (attempt, max) => {
          this.#retrying = { attempt, max };
          this.#host.requestUpdate();
        },
      });
    } catch {
      // Removed from the page while sending: the request was stopped; the offering waits in review.
      this.#status = 'review';
      this.#retrying = undefined;
      return undefined;
    }
    this.#delivery = result;
    this.#retrying = undefined;
    if (result.status === 'failed') {
      this.#status = 'failed';
    } else {
      this.#status = 'sent';
      if (result.status !== 'mailto') this.#store?.clear();
    }
    this.#host.requestUpdate();
    return result;
  };

  /** The person opened the mailto link: the offering has left the form, so the draft goes. */
  readonly mailOpened = (): void => {
    this.#store?.clear();
  };

  /** Empties the form and removes the draft everywhere ("discard draft", "add another"). */
  readonly reset = (): void => {
    if (this.#status === 'sending') return;
    this.#store?.clear();
    this.#draft = {};
    this.#problems = [];
    this.#validated = undefined;
    this.#status = 'editing';
    this.#delivery = undefined;
    this.#restored = false;
    this.#host.requestUpdate();
  };

  /** "Keep on this device": localStorage when on, back to sessionStorage when off. */
  readonly keepOnDevice = (on: boolean): void => {
    this.#store?.setPersistent(on, this.#draft);
    this.#host.requestUpdate();
  };

  #check(): boolean {
    const dataset = this.#options.dataset();
    const result = parseOffering(toCandidate(this.#draft), dataset ? { dataset } : {});
    this.#problems = result.problems;
    this.#validated = result.ok ? result.offering : undefined;
    return result.ok;
  }
}
