/**
 * Work done in small units so it can run in slices between other tasks: a generator that yields
 * after each unit (a record checked, a document indexed). `runToEnd` runs it at once;
 * `runInSlices` runs it in time-bounded slices and yields to the event loop between them.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs all units at once and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The part of an `AbortSignal` the SDK reads (it is typed without the DOM library). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export interface SliceOptions {
  /** Stops the work between two units; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignalLike | undefined;
  /** Work per slice, in milliseconds of `now` (default {@link DEFAULT_SLICE_MS}). */
  readonly sliceMs?: number | undefined;
  /** The clock slices are measured with (default `performance.now`); tests pass a fake one. */
  readonly now?: (() => number) | undefined;
  /** How a slice gives the event loop back (default {@link yieldToEventLoop}). */
  readonly pause?: (() => Promise<void>) | undefined;
}

/** Aim of one slice: well under the 50 ms after which a browser counts a task as long. */
export const DEFAULT_SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** The host's timers and classes used here; the SDK is typed without the DOM library. */
interface Host {
  readonly scheduler?: SchedulerLike;
  readonly MessageChannel?: new () => ChannelLike;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly performance?: { now(): number };
  readonly DOMException?: new (message: string, name: string) => Error;
}

const host = (): Host => globalThis as unknown as Host;

/** The part of `MessageChannel` used here. */
interface ChannelLike {
  readonly port1: { onmessage: (() => void) | null; close(): void };
  readonly port2: { postMessage(message: unknown): void };
}

/**
 * Gives the event loop back for a moment: `scheduler.yield()` where the host has it (the rest of
 * the work keeps its place in line), else a message on a `MessageChannel`, else `setTimeout(0)`.
 * The SDK's `…Async` functions pause with it between slices; a host that slices work of its own
 * can use the same.
 *
 * @example
 * for (const chunk of chunks) {
 *   handle(chunk);
 *   await yieldToEventLoop(); // input and rendering get their turn between chunks
 * }
 */
export function yieldToEventLoop(): Promise<void> {
  const { scheduler, MessageChannel: Channel, setTimeout } = host();
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof Channel === 'function') {
    return new Promise((resolve) => {
      const channel = new Channel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const defaultNow = (): number => {
  const { performance } = host();
  return performance === undefined ? Date.now() : performance.now();
};

function abortReason(signal: AbortSignalLike): unknown {
  if (signal.reason !== undefined) return signal.reason;
  const { DOMException } = host();
  const message = 'The operation was aborted.';
  return DOMException === undefined ? Object.assign(new Error(message), { name: 'AbortError' }) : new DOMException(message, 'AbortError');
}

/**
 * Runs the units in slices of about `sliceMs` each, yielding to the event loop between slices, so
 * no task of its own grows long. Checks the signal before every unit.
 */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const { signal } = options;
  const now = options.now ?? defaultNow;
  const pause = options.pause ?? yieldToEventLoop;
  const sliceMs = typeof options.sliceMs === 'number' && options.sliceMs > 0 ? options.sliceMs : DEFAULT_SLICE_MS;
  try {
    let sliceStart = now();
    for (;;) {
      if (signal?.aborted) throw abortReason(signal);
      const next = steps.next();
      if (next.done) return next.value;
      if (now() - sliceStart >= sliceMs) {
        await pause();
        sliceStart = now();
      }
    }
  } finally {
    steps.return(undefined as never);
  }
}
