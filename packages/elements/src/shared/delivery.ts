/**
 * Delivers a payload a person chose to send (a learning question, a new offering, "taking part").
 *
 * 1. Always: the widget's event is dispatched on the element (cancelable). A host that handles
 *    delivery itself calls `preventDefault()` → result `handled`.
 * 2. If the host configured an `action` URL: JSON POST there, with a timeout per attempt
 *    (AbortController) and retries with exponential backoff on network errors, timeouts, 429 and
 *    5xx. 4xx (other than 429) is final.
 * 3. Else if the host configured a `mailto` address: a `mailto:` link the person opens themselves
 *    (never opened automatically), every part percent-encoded and the body cut to a safe length.
 * 4. Else: `event-only` — the event was the delivery.
 *
 * Nothing is ever sent anywhere the host did not configure.
 */

export type DeliveryFailure = 'network' | 'timeout' | 'http' | 'invalid-action';

export type DeliveryResult =
  | { readonly status: 'handled' }
  | { readonly status: 'event-only' }
  | { readonly status: 'sent'; readonly httpStatus: number; readonly attempts: number; readonly response?: unknown }
  | { readonly status: 'mailto'; readonly href: string; readonly truncated: boolean; readonly text: string }
  | {
      readonly status: 'failed';
      readonly reason: DeliveryFailure;
      readonly httpStatus?: number;
      readonly attempts: number;
    };

export interface PostOptions {
  /** Time per attempt, ms. Default 10 000. */
  readonly timeout?: number;
  /** Extra attempts after the first. Default 2. */
  readonly retries?: number;
  /** Delay before the first retry, ms; doubles each time. Default 800. */
  readonly backoff?: number;
  /** Called before each retry, e.g. to say "trying again (2 of 3)". */
  readonly onRetry?: (attempt: number, maxAttempts: number) => void;
  /** Cancels everything (e.g. the element was removed). */
  readonly signal?: AbortSignal;
  /** For tests. */
  readonly fetch?: typeof fetch;
}

export interface DeliverOptions extends PostOptions {
  /** Where the event is dispatched (the widget element). */
  readonly target: EventTarget;
  /** The widget's `ln-*-submit` event carrying the payload; dispatched first. */
  readonly event: Event;
  /** JSON body for `action`. */
  readonly payload: unknown;
  /** The host's `action` attribute (absolute or relative to the page). */
  readonly action?: string | null;
  /** The host's `mailto` attribute: one e-mail address. */
  readonly mailto?: string | null;
  /** Subject and plain-text body for the mailto link. */
  readonly mail?: { readonly subject: string; readonly body: string };
}

/** `http:` or `https:` URL, resolved against the page; anything else (javascript:, data:) is refused. */
export function resolveAction(action: string, base: string = document.baseURI): URL | undefined {
  try {
    const url = new URL(action, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason)), { once: true });
  });

const retryable = (status: number) => status === 429 || status >= 500;

/** POSTs `payload` as JSON to `url` with timeout and retries; never throws (except on `signal` abort). */
export async function postJson(url: URL, payload: unknown, options: PostOptions = {}): Promise<DeliveryResult> {
  const { timeout = 10_000, retries = 2, backoff = 800, signal } = options;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const maxAttempts = retries + 1;
  const body = JSON.stringify(payload);
  let last: DeliveryResult = { status: 'failed', reason: 'network', attempts: 0 };

  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    if (attempt > 1) {
      options.onRetry?.(attempt, maxAttempts);
      await sleep(backoff * 2 ** (attempt - 2), signal);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const res = await doFetch(url.href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body,
        credentials: 'same-origin',
        signal: controller.signal,
      });
      if (res.ok) {
        let response: unknown;
        if (res.headers.get('content-type')?.includes('json')) response = await res.json().catch(() => undefined);
        return { status: 'sent', httpStatus: res.status, attempts: attempt, ...(response === undefined ? {} : { response }) };
      }
      last = { status: 'failed', reason: 'http', httpStatus: res.status, attempts: attempt };
      if (!retryable(res.status)) return last;
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      last = { status: 'failed', reason: controller.signal.aborted ? 'timeout' : 'network', attempts: attempt };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
  return last;
}

/** A plausible single e-mail address without characters that could add headers or recipients. */
const EMAIL = /^[A-Za-z0-9.!#$'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** Mail clients and browsers cut long `mailto:` URLs; 2 000 characters is safe everywhere. */
export const MAILTO_MAX_LENGTH = 2000;

/**
 * Builds `mailto:address?subject=…&body=…` with every part percent-encoded (line breaks as
 * CRLF). When the result would exceed `maxLength`, the body is cut at a line or word boundary and
 * `truncated` is true: the widget then also shows the full text to copy.
 * @example mailtoHref('info@voorbeeldstad.nl', 'Leervraag', 'Hoe …?').href
 */
export function mailtoHref(
  address: string,
  subject: string,
  body: string,
  maxLength = MAILTO_MAX_LENGTH,
): { href: string; truncated: boolean } | undefined {
  if (!isEmailAddress(address)) return undefined;
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const head = `mailto:${encodeURIComponent(address).replace('%40', '@')}?subject=${enc(subject)}&body=`;
  const full = head + enc(body);
  if (full.length <= maxLength) return { href: full, truncated: false };

  const marker = '\n…';
  let lo = 0;
  let hi = body.length;
  // Longest prefix whose encoding fits (encoded length grows with the prefix).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((head + enc(body.slice(0, mid) + marker)).length <= maxLength) lo = mid;
    else hi = mid - 1;
  }
  let cut = body.slice(0, lo);
  // Do not split a surrogate pair, and prefer ending at a line or word.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const boundary = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  if (boundary > cut.length * 0.8) cut = cut.slice(0, boundary);
  return { href: head + enc(cut.trimEnd() + marker), truncated: true };
}

/** Plain text for an e-mail body from label/value pairs; empty values are left out. */
export function plainText(fields: ReadonlyArray<readonly [label: string, value: string | readonly string[] | undefined]>): string {
  return fields
    .map(([label, value]) => [label, Array.isArray(value) ? value.join(', ') : (value as string | undefined)] as const)
    .filter(([, value]) => value !== undefined && value.trim() !== '')
    .map(([label, value]) => `${label}:\n${value}`)
    .join('\n\n');
}

/** Runs the whole delivery (see the module comment). */
export async function deliver(options: DeliverOptions): Promise<DeliveryResult> {
  const proceed = options.target.dispatchEvent(options.event);
  if (!proceed) return { status: 'handled' };

  const action = options.action?.trim();
  if (action) {
    const url = resolveAction(action);
    if (!url) return { status: 'failed', reason: 'invalid-action', attempts: 0 };
    return postJson(url, options.payload, options);
  }

  const address = options.mailto?.trim();
  if (address && options.mail) {
    const built = mailtoHref(address, options.mail.subject, options.mail.body);
    if (!built) return { status: 'failed', reason: 'invalid-action', attempts: 0 };
    return { status: 'mailto', href: built.href, truncated: built.truncated, text: options.mail.body };
  }
  return { status: 'event-only' };
}
