import { yieldToEventLoop } from '@leernetwerk/sdk';

/**
 * `JSON.parse` for large files without a long task: objects and arrays of {@link PIECE}
 * characters or more are taken apart here, every smaller part is handed to `JSON.parse` whole,
 * with a pause for the event loop whenever a slice took {@link SLICE_MS} ms. An 11 MB catalogue
 * parses in about the time `JSON.parse` takes, spread over many short tasks. The result equals
 * `JSON.parse(text)` (also for a `"__proto__"` key); invalid JSON throws a `SyntaxError`.
 */

/** Objects and arrays shorter than this are parsed by `JSON.parse` at once. */
export const PIECE = 64 * 1024;
/** Work per slice in ms (a browser counts a task of 50 ms as long). */
export const SLICE_MS = 8;

const QUOTE = 34; // "
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const COLON = 58;
/** Comma, closing brackets and white space end a number or literal. */
const ENDS_PRIMITIVE = new Set([COMMA, CLOSE_BRACE, CLOSE_BRACKET, 32, 10, 13, 9]);

export interface JsonSliceOptions {
  readonly signal?: AbortSignal | undefined;
  /** Work per slice in ms (default {@link SLICE_MS}). */
  readonly sliceMs?: number | undefined;
  /** How a slice gives the event loop back (default: the SDK's `yieldToEventLoop`). */
  readonly pause?: (() => Promise<void>) | undefined;
}

const invalid = (at: number) => new SyntaxError(`leernetwerk: JSON: unexpected input at position ${at}`);

/** Index just past the string starting at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) throw invalid(start);
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

function skipSpace(text: string, at: number): number {
  for (;;) {
    const c = text.charCodeAt(at);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return at;
    at++;
  }
}

class Slicer {
  #sliceStart = performance.now();
  constructor(readonly options: JsonSliceOptions) {}

  /** Whether this slice is used up. */
  due(): boolean {
    return performance.now() - this.#sliceStart >= (this.options.sliceMs ?? SLICE_MS);
  }

  /** Gives the event loop back, then checks the signal. */
  async pause(): Promise<void> {
    await (this.options.pause ?? yieldToEventLoop)();
    const { signal } = this.options;
    if (signal?.aborted) throw signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
    this.#sliceStart = performance.now();
  }
}

/**
 * Index just past the object or array starting at `start` when it ends within {@link PIECE}
 * characters, else -1 (it is then taken apart instead).
 */
function smallContainerEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + PIECE);
  let depth = 0;
  let at = start;
  while (at < limit) {
    const c = text.charCodeAt(at);
    if (c === QUOTE) {
      at = stringEnd(text, at);
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return at + 1;
    at++;
  }
  if (at >= text.length) throw invalid(start);
  return -1;
}

/** Parses the value at `start`; returns it with the index just past it. */
async function value(text: string, start: number, slicer: Slicer): Promise<[unknown, number]> {
  const c = text.charCodeAt(start);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
    // A primitive: up to the next comma or closing bracket (strings may hold those).
    let end = start;
    if (c === QUOTE) end = stringEnd(text, start);
    else while (end < text.length && !ENDS_PRIMITIVE.has(text.charCodeAt(end))) end++;
    return [JSON.parse(text.slice(start, end)), end];
  }
  const end = smallContainerEnd(text, start);
  if (end >= 0) {
    return [JSON.parse(text.slice(start, end)), end];
  }
  return c === OPEN_BRACE ? objectIn(text, start, slicer) : arrayIn(text, start, slicer);
}

async function objectIn(text: string, start: number, slicer: Slicer): Promise<[unknown, number]> {
  const out: Record<string, unknown> = {};
  let at = skipSpace(text, start + 1);
  if (text.charCodeAt(at) === CLOSE_BRACE) return [out, at + 1];
  for (;;) {
    if (text.charCodeAt(at) !== QUOTE) throw invalid(at);
    const keyEnd = stringEnd(text, at);
    const key = JSON.parse(text.slice(at, keyEnd)) as string;
    at = skipSpace(text, keyEnd);
    if (text.charCodeAt(at) !== COLON) throw invalid(at);
    if (slicer.due()) await slicer.pause();
    const [item, after] = await value(text, skipSpace(text, at + 1), slicer);
    // Like JSON.parse: an own property, also for "__proto__".
    if (key === '__proto__') Object.defineProperty(out, key, { value: item, writable: true, enumerable: true, configurable: true });
    else out[key] = item;
    at = skipSpace(text, after);
    const c = text.charCodeAt(at);
    if (c === CLOSE_BRACE) return [out, at + 1];
    if (c !== COMMA) throw invalid(at);
    at = skipSpace(text, at + 1);
  }
}

async function arrayIn(text: string, start: number, slicer: Slicer): Promise<[unknown, number]> {
  const out: unknown[] = [];
  let at = skipSpace(text, start + 1);
  if (text.charCodeAt(at) === CLOSE_BRACKET) return [out, at + 1];
  for (;;) {
    if (slicer.due()) await slicer.pause();
    const [item, after] = await value(text, at, slicer);
    out.push(item);
    at = skipSpace(text, after);
    const c = text.charCodeAt(at);
    if (c === CLOSE_BRACKET) return [out, at + 1];
    if (c !== COMMA) throw invalid(at);
    at = skipSpace(text, at + 1);
  }
}

/**
 * Parses JSON text like `JSON.parse`, in slices; rejects with a `SyntaxError` for invalid JSON
 * and with the signal's reason when aborted.
 *
 * @example
 * const json = await parseJsonInSlices(await response.text(), { signal });
 */
export async function parseJsonInSlices(text: string, options: JsonSliceOptions = {}): Promise<unknown> {
  if (text.length < PIECE) return JSON.parse(text);
  const slicer = new Slicer(options);
  const start = skipSpace(text, 0);
  const [parsed, end] = await value(text, start, slicer);
  if (skipSpace(text, end) !== text.length) throw invalid(end);
  return parsed;
}
