import { TARGET_GROUPS, type TargetGroup } from '@leernetwerk/sdk';
import type { ReactiveControllerHost } from 'lit';
import { isEmailAddress, type DeliveryResult, type PostOptions } from '../shared/delivery.js';
import type { DraftStoreOptions } from '../shared/draft-store.js';
import { FormFlowController, type FormFlowState } from '../shared/form-flow.js';
import {
  LnTakePartSubmitEvent,
  SUBJECT_TYPES,
  TAKE_PART_CHOICES,
  type SubjectType,
  type TakePartChoice,
  type TakePartDetail,
} from './take-part.events.js';

export const NAME_MAX_LENGTH = 200;

/** Ids of the form's controls inside the element's shadow root (the error summary links to them). */
export const FIELD_IDS = {
  choice: 'ln-take-part-choice',
  name: 'ln-take-part-name',
  email: 'ln-take-part-email',
  role: 'ln-take-part-role',
  consent: 'ln-take-part-consent',
} as const;
export type TakePartField = keyof typeof FIELD_IDS;

/** What the person typed and chose; nothing is validated yet. */
export interface TakePartValues {
  readonly choice: TakePartChoice | '';
  readonly name: string;
  readonly email: string;
  readonly role: TargetGroup | '';
  readonly consent: boolean;
}

export const EMPTY_VALUES: TakePartValues = Object.freeze({ choice: '', name: '', email: '', role: '', consent: false });

export type TakePartProblem = 'choice-missing' | 'email-missing' | 'email-invalid' | 'name-too-long' | 'consent-missing';

export interface TakePartError {
  readonly field: TakePartField;
  readonly problem: TakePartProblem;
}

export interface Subject {
  readonly type: SubjectType;
  readonly id: string;
  readonly title: string;
}

export type TakePartStatus = 'editing' | 'sending' | 'done' | 'failed';

export interface TakePartState {
  readonly values: TakePartValues;
  /** Problems found at the last attempt to send, re-checked as the person corrects them. */
  readonly errors: readonly TakePartError[];
  readonly status: TakePartStatus;
  /** How the last delivery ended ('done' and 'failed'). */
  readonly result: DeliveryResult | undefined;
  /** What was sent (status 'done'). */
  readonly sent: TakePartDetail | undefined;
  /** "Trying again (2 of 3)" while a POST is retried. */
  readonly attempt: { readonly current: number; readonly max: number } | undefined;
}

/** Checks the values in the order the fields appear, so the error summary reads top to bottom. */
export function validateTakePart(values: TakePartValues): TakePartError[] {
  const errors: TakePartError[] = [];
  if (!(TAKE_PART_CHOICES as readonly string[]).includes(values.choice)) errors.push({ field: 'choice', problem: 'choice-missing' });
  if (values.name.trim().length > NAME_MAX_LENGTH) errors.push({ field: 'name', problem: 'name-too-long' });
  const email = values.email.trim();
  if (email === '') errors.push({ field: 'email', problem: 'email-missing' });
  else if (!isEmailAddress(email)) errors.push({ field: 'email', problem: 'email-invalid' });
  if (!values.consent) errors.push({ field: 'consent', problem: 'consent-missing' });
  return errors;
}

/** The payload of a valid form: trimmed, and `name` and `role` only when given. */
export function takePartDetail(subject: Subject, values: TakePartValues): TakePartDetail {
  const name = values.name.trim();
  return {
    subject: { type: subject.type, id: subject.id, title: subject.title },
    choice: values.choice as TakePartChoice,
    email: values.email.trim(),
    ...(name === '' ? {} : { name }),
    ...((TARGET_GROUPS as readonly string[]).includes(values.role) ? { role: values.role as TargetGroup } : {}),
    consent: true,
  };
}

export function isSubjectType(value: unknown): value is SubjectType {
  return typeof value === 'string' && (SUBJECT_TYPES as readonly string[]).includes(value);
}

/** A stored draft is only trusted field by field: anything of the wrong kind is dropped. */
function restoreValues(raw: unknown): TakePartValues | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    choice: (TAKE_PART_CHOICES as readonly unknown[]).includes(r['choice']) ? (r['choice'] as TakePartChoice) : '',
    name: text(r['name']),
    email: text(r['email']),
    role: (TARGET_GROUPS as readonly unknown[]).includes(r['role']) ? (r['role'] as TargetGroup) : '',
    consent: r['consent'] === true,
  };
}

export interface TakePartOptions {
  readonly subject: () => Subject | undefined;
  readonly action: () => string | null | undefined;
  readonly mailto: () => string | null | undefined;
  /** Subject and plain-text body of the e-mail, in the element's language. */
  readonly mail: (detail: TakePartDetail) => { subject: string; body: string };
  readonly post?: () => Pick<PostOptions, 'timeout' | 'retries' | 'backoff'>;
  readonly draft?: DraftStoreOptions;
}

/**
 * The "taking part" form as state and actions: values kept as typed (in a session draft per
 * subject, so closing an agenda item or reloading loses nothing), validation with stable
 * problem codes, and delivery (event, then the host's action URL or mailto). A failed delivery
 * keeps every value; `retry()` sends the same again. Draft, check and delivery are the shared
 * `FormFlowController` (without a review step), which it adds to the host.
 *
 * @example
 * private form = new TakePartController(this, { subject: () => …, action: () => this.action, mailto: () => this.mailto, mail });
 * this.form.update('email', input.value); await this.form.submit();
 */
export class TakePartController {
  readonly #host: ReactiveControllerHost;
  #values: TakePartValues = EMPTY_VALUES;
  #sent: TakePartDetail | undefined;
  readonly #flow: FormFlowController<TakePartDetail, TakePartError>;
  #state: { flow: FormFlowState<TakePartDetail, TakePartError>; values: TakePartValues; sent: TakePartDetail | undefined; state: TakePartState } | undefined;

  constructor(host: ReactiveControllerHost & EventTarget, options: TakePartOptions) {
    this.#host = host;
    this.#flow = new FormFlowController<TakePartDetail, TakePartError>(host, {
      draftName: () => {
        const subject = options.subject();
        return subject ? `take-part:${subject.type}:${subject.id}` : '';
      },
      keyed: true,
      review: false,
      draftStore: options.draft,
      restore: (stored) => {
        const values = restoreValues(stored);
        this.#values = values ?? EMPTY_VALUES;
        this.#sent = undefined;
        return values !== undefined;
      },
      snapshot: () => this.#values,
      check: () => {
        const errors = validateTakePart(this.#values);
        const subject = options.subject();
        return errors.length === 0 && subject !== undefined
          ? { ok: true, value: takePartDetail(subject, this.#values), problems: [] }
          : { ok: false, problems: errors };
      },
      submission: (detail) => ({ event: new LnTakePartSubmitEvent(detail), payload: detail, mail: options.mail(detail) }),
      action: options.action,
      mailto: options.mailto,
      post: options.post,
    });
  }

  get state(): TakePartState {
    const flow = this.#flow.state;
    const cached = this.#state;
    if (cached?.flow === flow && cached.values === this.#values && cached.sent === this.#sent) return cached.state;
    const state: TakePartState = {
      values: this.#values,
      errors: flow.problems,
      status: flow.status === 'sent' ? 'done' : flow.status === 'review' ? 'editing' : flow.status,
      result: flow.delivery,
      sent: this.#sent,
      attempt: flow.retrying ? { current: flow.retrying.attempt, max: flow.retrying.max } : undefined,
    };
    this.#state = { flow, values: this.#values, sent: this.#sent, state };
    return state;
  }

  /** The person changed a field. */
  update<K extends keyof TakePartValues>(field: K, value: TakePartValues[K]): void {
    if (this.#flow.state.status === 'sending') return;
    this.#values = { ...this.#values, [field]: value };
    // After a failed attempt, errors follow the corrections; before it, nobody is scolded while typing.
    this.#flow.changed();
  }

  /** Validates and, when valid, delivers. Returns the errors (empty when it was sent or tried). */
  async submit(): Promise<readonly TakePartError[]> {
    if (this.#flow.state.status === 'sending') return [];
    const result = await this.#flow.send();
    if (result === undefined) return this.#flow.state.problems;
    if (result.status !== 'failed') {
      this.#sent = this.#flow.state.validated;
      this.#values = EMPTY_VALUES;
      this.#host.requestUpdate();
    }
    return [];
  }

  /** Sends the same values again after a failure. */
  retry(): Promise<readonly TakePartError[]> {
    return this.submit();
  }

  /** Back to an empty form (after "close" on the thank-you), or to editing after a failure. */
  reset(): void {
    if (this.#flow.state.status === 'sending') return;
    this.#sent = undefined;
    this.#flow.edit();
  }
}
