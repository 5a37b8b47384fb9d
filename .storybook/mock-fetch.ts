/**
 * A tiny in-Storybook "server" so stories need no real one.
 *
 * - JSON bodies (datasets) become Blob URLs: the element under test uses the real `fetch`, and
 *   the data never leaves the page.
 * - Answers a Blob URL cannot give (HTTP 404, a request that never finishes, a network failure)
 *   come from a `fetch` wrapper that answers only same-origin URLs under `/__ln-mock__/`. If the
 *   wrapper were ever missing, such a request would still go to the Storybook origin, never to a
 *   third party.
 */

export type MockAnswer =
  /** An HTTP response with this status and body (e.g. 404). */
  | { readonly kind: 'status'; readonly status: number; readonly statusText: string; readonly body: string }
  /** A request that never settles (until its AbortSignal fires): the loading state, frozen. */
  | { readonly kind: 'pending' }
  /** The browser's own failure for an unreachable server: `TypeError: Failed to fetch`. */
  | { readonly kind: 'offline' };

const PREFIX = '/__ln-mock__/';
const answers = new Map<string, MockAnswer>();
const INSTALLED = Symbol.for('leernetwerk.storybook.mockFetch');

/** Absolute URL of a mocked endpoint, answered by the `fetch` wrapper with `answer`. */
export function mockEndpoint(name: string, answer: MockAnswer): string {
  installMockFetch();
  const url = new URL(`${PREFIX}${encodeURIComponent(name)}`, globalThis.location.href).href;
  answers.set(url, answer);
  return url;
}

const blobUrls = new WeakMap<object, string>();

/** A Blob URL serving `value` as JSON (the same URL again for the same object). */
export function jsonBlobUrl(value: unknown): string {
  const cacheable = typeof value === 'object' && value !== null;
  const cached = cacheable ? blobUrls.get(value) : undefined;
  if (cached) return cached;
  const url = URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
  if (cacheable) blobUrls.set(value, url);
  return url;
}

/** A Blob URL serving `text` as-is with the given type (for deliberately malformed JSON). */
export function textBlobUrl(text: string, type = 'application/json'): string {
  return URL.createObjectURL(new Blob([text], { type }));
}

function requestUrl(input: RequestInfo | URL): string {
  if (input instanceof Request) return input.url;
  return new URL(String(input), globalThis.location.href).href;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function answer(mock: MockAnswer, signal: AbortSignal | null | undefined): Promise<Response> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  switch (mock.kind) {
    case 'status':
      return Promise.resolve(
        new Response(mock.body, {
          status: mock.status,
          statusText: mock.statusText,
          headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        }),
      );
    case 'offline':
      return Promise.reject(new TypeError('Failed to fetch'));
    case 'pending':
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => reject(abortError(signal)), { once: true });
      });
  }
}

/** Wraps `globalThis.fetch` once per page; every other request passes through untouched. */
export function installMockFetch(): void {
  const scope = globalThis as typeof globalThis & { [INSTALLED]?: true };
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const mock = answers.get(requestUrl(input));
    if (!mock) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return answer(mock, signal);
  };
}
