import { TARGET_GROUPS, type TargetGroup } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deliver, isEmailAddress, type DeliveryResult, type PostOptions } from '../shared/delivery.js';
import { DraftStore, type DraftStoreOptions } from '../shared/draft-store.js';
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
 * problem codes, and delivery through the shared `deliver()` (event, then the host's action URL
 * or mailto). A failed delivery keeps every value; `retry()` sends the same again.
 *
 * @example
 * private form = new TakePartController(this, { subject: () => …, action: () => this.action, mailto: () => this.mailto, mail });
 * this.form.update('email', input.value); await this.form.submit();
 */
export class TakePartController implements ReactiveController {
  #values: TakePartValues = EMPTY_VALUES;
  #errors: TakePartError[] = [];
  #checked = false;
  #status: TakePartStatus = 'editing';
  #result: DeliveryResult | undefined;
  #sent: TakePartDetail | undefined;
  #attempt: TakePartState['attempt'];
  #draft: DraftStore<TakePartValues> | undefined;
  #draftKey = '';
  #abort: AbortController | undefined;
  #state: TakePartState | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: TakePartOptions,
  ) {
    host.addController(this);
  }

  get state(): TakePartState {
    this.#state ??= {
      values: this.#values,
      errors: this.#errors,
      status: this.#status,
      result: this.#result,
      sent: this.#sent,
      attempt: this.#attempt,
    };
    return this.#state;
  }

  hostConnected(): void {
    this.#loadDraft();
  }

  hostUpdate(): void {
    this.#loadDraft();
  }

  hostDisconnected(): void {
    this.#abort?.abort(new DOMException('disconnected', 'AbortError'));
    this.#abort = undefined;
    if (this.#status === 'sending') this.#set({ status: 'editing' });
  }

  /** The person changed a field. */
  update<K extends keyof TakePartValues>(field: K, value: TakePartValues[K]): void {
    if (this.#status === 'sending') return;
    this.#values = { ...this.#values, [field]: value };
    this.#draft?.save(this.#values);
    // After a failed attempt, errors follow the corrections; before it, nobody is scolded while typing.
    this.#set(this.#checked ? { errors: validateTakePart(this.#values) } : {});
  }

  /** Validates and, when valid, delivers. Returns the errors (empty when it was sent or tried). */
  async submit(): Promise<readonly TakePartError[]> {
    if (this.#status === 'sending') return [];
    const subject = this.options.subject();
    this.#checked = true;
    const errors = validateTakePart(this.#values);
    if (errors.length > 0 || subject === undefined) {
      this.#set({ errors, status: 'editing' });
      return errors;
    }
    const detail = takePartDetail(subject, this.#values);
    this.#abort = new AbortController();
    this.#set({ errors: [], status: 'sending', attempt: undefined });
    let result: DeliveryResult;
    try {
      result = await deliver({
        target: this.host,
        event: new LnTakePartSubmitEvent(detail),
        payload: detail,
        action: this.options.action(),
        mailto: this.options.mailto(),
        mail: this.options.mail(detail),
        signal: this.#abort.signal,
        onRetry: (current, max) => this.#set({ attempt: { current, max } }),
        ...this.options.post?.(),
      });
    } catch {
      return []; // aborted: the element left the page
    }
    if (result.status === 'failed') {
      this.#set({ status: 'failed', result, attempt: undefined });
    } else {
      this.#draft?.clear();
      this.#values = EMPTY_VALUES;
      this.#checked = false;
      this.#set({ status: 'done', result, sent: detail, attempt: undefined });
    }
    return [];
  }

  /** Sends the same values again after a failure. */
  retry(): Promise<readonly TakePartError[]> {
    return this.submit();
  }

  /** Back to an empty form (after "close" on the thank-you), or to editing after a failure. */
  reset(): void {
    if (this.#status === 'sending') return;
    this.#set({ status: 'editing', result: undefined, sent: undefined, errors: this.#status === 'done' ? [] : this.#errors });
  }

  #loadDraft(): void {
    const subject = this.options.subject();
    const key = subject ? `take-part:${subject.type}:${subject.id}` : '';
    if (key === this.#draftKey) return;
    this.#draftKey = key;
    this.#draft = key ? new DraftStore<TakePartValues>(key, this.options.draft) : undefined;
    this.#values = restoreValues(this.#draft?.load()) ?? EMPTY_VALUES;
    this.#checked = false;
    this.#set({ errors: [], status: 'editing', result: undefined, sent: undefined });
  }

  #set(patch: Partial<{ errors: TakePartError[]; status: TakePartStatus; result: DeliveryResult | undefined; sent: TakePartDetail | undefined; attempt: TakePartState['attempt'] }>): void {
    if ('errors' in patch) this.#errors = patch.errors!;
    if ('status' in patch) this.#status = patch.status!;
    if ('result' in patch) this.#result = patch.result;
    if ('sent' in patch) this.#sent = patch.sent;
    if ('attempt' in patch) this.#attempt = patch.attempt;
    this.#state = undefined;
    this.host.requestUpdate();
  }
}
