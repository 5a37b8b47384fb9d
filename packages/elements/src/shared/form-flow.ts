import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deliver, type DeliveryResult, type PostOptions } from './delivery.js';
import { DraftStore, type DraftBackend, type DraftStoreOptions } from './draft-store.js';

/** Where a form is: filling in, checking its review, sending, sent (or handed to mail), failed. */
export type FormFlowStatus = 'editing' | 'review' | 'sending' | 'sent' | 'failed';

export interface FormDraftStatus {
  readonly backend: DraftBackend;
  /** The person ticked "keep on this device" (localStorage). */
  readonly persistent: boolean;
  /** Storage refused: the draft lives in memory for this page only. */
  readonly memoryOnly: boolean;
  /** An earlier draft was put back when the form started. */
  readonly restored: boolean;
}

/** The verdict of a form's own check: problems are codes and places, never what was typed. */
export type FormCheck<Value, Problem> =
  | { readonly ok: true; readonly value: Value; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** What goes out for a checked value: the widget's cancelable `ln-*-submit` event, the JSON payload, the mail. */
export interface FormSubmission {
  readonly event: Event;
  readonly payload: unknown;
  readonly mail?: { readonly subject: string; readonly body: string } | undefined;
}

export interface FormFlowState<Value, Problem> {
  readonly status: FormFlowStatus;
  /** From the last check while it failed; empty once it passes. */
  readonly problems: readonly Problem[];
  /** The checked value, after a check that passed. */
  readonly validated: Value | undefined;
  readonly draftStatus: FormDraftStatus;
  /** How the last delivery ended. */
  readonly delivery: DeliveryResult | undefined;
  /** While the action URL is retried: which attempt. */
  readonly retrying: { readonly attempt: number; readonly max: number } | undefined;
}

export interface FormFlowOptions<Value, Problem> {
  /** The draft's storage name; `''` keeps no draft (e.g. no subject yet). */
  readonly draftName: () => string;
  readonly draftStore?: DraftStoreOptions;
  /**
   * The name follows the host (one draft per subject): it is read again at every update, and a new
   * name opens that draft and starts the flow afresh. Otherwise the draft is opened once.
   */
  readonly keyed?: boolean;
  /** Puts a stored draft back (the form cleans it; it may be from an older version). Returns whether anything came back. */
  readonly restore: (stored: unknown) => boolean;
  /** What the draft keeps now. */
  readonly snapshot: () => unknown;
  readonly check: () => FormCheck<Value, Problem>;
  readonly submission: (value: Value) => FormSubmission;
  readonly action?: () => string | null | undefined;
  readonly mailto?: () => string | null | undefined;
  /** Timeout, retries and backoff of the JSON POST. */
  readonly post?: () => Omit<PostOptions, 'onRetry' | 'signal'> | undefined;
  /**
   * The form has a review step (default): an interrupted send goes back to it. Without one it goes
   * back to editing, and the draft also goes when a mailto link is made (the person leaves with it).
   */
  readonly review?: boolean;
}

/** What a host configures on a form widget's controller: where the draft lives and where the form goes. */
export interface FormHostOptions<Detail> {
  /** The draft's storage name, e.g. `question-form:<element id>`. */
  readonly draftName: () => string;
  readonly draftStorage?: DraftStoreOptions['storage'];
  /** URL to POST the payload to as JSON. */
  readonly action?: () => string | null | undefined;
  /** E-mail address for a mailto link (used when there is no `action`). */
  readonly mailto?: () => string | null | undefined;
  /** Subject and plain-text body for a mailto link (words belong to the element). */
  readonly mail?: (detail: Detail) => { subject: string; body: string };
  /** Timeout, retries and backoff of the JSON POST. */
  readonly post?: () => Omit<PostOptions, 'onRetry' | 'signal'>;
}

type Host = ReactiveControllerHost & EventTarget;

/**
 * The orchestration every form of the kit shares: a draft kept as typed (`DraftStore`), the form's
 * own check (problems follow the corrections after a failed check), an optional review step, and
 * delivery through `deliver()` with retries, an abort when the element leaves the page, and a
 * status to render. Nothing typed is lost on a failure: the draft goes only once the form left.
 * A widget controller composes it and adds what is its own (matching, a step plan, a subject).
 *
 * @example
 * readonly #flow = new FormFlowController(host, {
 *   draftName: () => 'offering-form', restore: (raw) => …, snapshot: () => this.#draft,
 *   check: () => …, submission: (offering) => ({ event: new LnOfferingSubmitEvent({ offering }), payload: { offering } }),
 * });
 */
export class FormFlowController<Value, Problem> implements ReactiveController {
  readonly #host: Host;
  readonly #options: FormFlowOptions<Value, Problem>;
  #store: DraftStore<unknown> | undefined;
  #name: string | undefined;
  #status: FormFlowStatus = 'editing';
  #problems: readonly Problem[] = [];
  #validated: Value | undefined;
  #restored = false;
  #delivery: DeliveryResult | undefined;
  #retrying: { attempt: number; max: number } | undefined;
  #abort: AbortController | undefined;
  #state: FormFlowState<Value, Problem> | undefined;

  constructor(host: Host, options: FormFlowOptions<Value, Problem>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Read-only; the same object until something changes. */
  get state(): FormFlowState<Value, Problem> {
    const store = this.#store;
    this.#state ??= {
      status: this.#status,
      problems: this.#problems,
      validated: this.#validated,
      draftStatus: {
        backend: store?.backend ?? 'session',
        persistent: store?.persistent ?? false,
        memoryOnly: store?.memoryOnly ?? false,
        restored: this.#restored,
      },
      delivery: this.#delivery,
      retrying: this.#retrying,
    };
    return this.#state;
  }

  hostConnected(): void {
    if (this.#name === undefined || this.#options.keyed) this.#open();
  }

  hostUpdate(): void {
    if (this.#options.keyed) this.#open();
  }

  hostDisconnected(): void {
    this.#abort?.abort(new DOMException('disconnected', 'AbortError'));
    this.#abort = undefined;
    if (this.#status === 'sending') this.#set({ status: this.#resting() });
  }

  /** The person changed the form: the draft is saved at once; after a failed check, problems follow the edits. */
  readonly changed = (): void => {
    if (this.#status === 'sending') return;
    this.save();
    if (this.#problems.length > 0) this.check();
    else this.#changed();
  };

  /** Saves what the form holds now (`snapshot`) to the draft. */
  readonly save = (): void => {
    this.#store?.save(this.#options.snapshot());
    this.#changed();
  };

  /** Runs the form's check; true when it can be sent. */
  readonly check = (): boolean => {
    const result = this.#options.check();
    this.#set({ problems: result.problems, validated: result.ok ? result.value : undefined });
    return result.ok;
  };

  /** Checks and, when right, moves to the review step. */
  readonly review = (): boolean => {
    if (this.#status === 'sending') return false;
    const ok = this.check();
    this.#set({ status: ok ? 'review' : 'editing' });
    return ok;
  };

  /** Back from the review (or a failure or a result) to the form. */
  readonly edit = (): void => {
    if (this.#status === 'sending') return;
    this.#set({ status: 'editing', delivery: undefined });
  };

  /**
   * Checks again and sends the checked value: event, then `action` (JSON POST with retries) or
   * `mailto`. Undefined when it could not be sent (problems, already sending, interrupted).
   */
  readonly send = async (): Promise<DeliveryResult | undefined> => {
    if (this.#status === 'sending') return undefined;
    if (!this.check() || this.#validated === undefined) {
      this.#set({ status: 'editing' });
      return undefined;
    }
    const submission = this.#options.submission(this.#validated);
    const abort = (this.#abort = new AbortController());
    this.#set({ status: 'sending', delivery: undefined, retrying: undefined });
    let result: DeliveryResult;
    try {
      result = await deliver({
        ...this.#options.post?.(),
        target: this.#host,
        event: submission.event,
        payload: submission.payload,
        action: this.#options.action?.(),
        mailto: this.#options.mailto?.(),
        ...(submission.mail ? { mail: submission.mail } : {}),
        signal: abort.signal,
        onRetry: (attempt, max) => this.#set({ retrying: { attempt, max } }),
      });
    } catch {
      // Removed from the page while sending: the request was stopped; the form waits for another send.
      this.#set({ status: this.#resting(), retrying: undefined });
      return undefined;
    } finally {
      if (this.#abort === abort) this.#abort = undefined;
    }
    const sent = result.status !== 'failed';
    if (sent && (result.status !== 'mailto' || this.#options.review === false)) this.#store?.clear();
    this.#set({ status: sent ? 'sent' : 'failed', delivery: result, retrying: undefined });
    return result;
  };

  /** After a failure: send the same again. */
  readonly retry = (): Promise<DeliveryResult | undefined> => this.send();

  /** The person opened the mailto link: the form has left, so the draft goes. */
  readonly mailOpened = (): void => {
    this.#store?.clear();
  };

  /** Removes the draft everywhere and starts afresh ("discard draft", "another one"). The form empties its own fields. */
  readonly reset = (): void => {
    if (this.#status === 'sending') return;
    this.#store?.clear();
    this.#restored = false;
    this.#set({ status: 'editing', problems: [], validated: undefined, delivery: undefined, retrying: undefined });
  };

  /** "Keep on this device": localStorage when on, back to sessionStorage when off. */
  readonly keepOnDevice = (on: boolean): void => {
    this.#store?.setPersistent(on, this.#options.snapshot());
    this.#changed();
  };

  #open(): void {
    const name = this.#options.draftName();
    if (name === this.#name) return;
    this.#name = name;
    this.#store = name ? new DraftStore<unknown>(name, this.#options.draftStore) : undefined;
    this.#restored = this.#options.restore(this.#store?.load());
    this.#set({ status: 'editing', problems: [], validated: undefined, delivery: undefined, retrying: undefined });
  }

  #resting(): FormFlowStatus {
    return this.#options.review === false ? 'editing' : 'review';
  }

  #set(patch: {
    status?: FormFlowStatus;
    problems?: readonly Problem[];
    validated?: Value | undefined;
    delivery?: DeliveryResult | undefined;
    retrying?: { attempt: number; max: number } | undefined;
  }): void {
    if (patch.status !== undefined) this.#status = patch.status;
    if (patch.problems !== undefined) this.#problems = patch.problems;
    if ('validated' in patch) this.#validated = patch.validated;
    if ('delivery' in patch) this.#delivery = patch.delivery;
    if ('retrying' in patch) this.#retrying = patch.retrying;
    this.#changed();
  }

  #changed(): void {
    this.#state = undefined;
    this.#host.requestUpdate();
  }
}
