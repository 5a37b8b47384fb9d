/**
 * Spreads the first render of new data over the widgets of a page: one widget per task, so that
 * six widgets rendering a freshly loaded catalogue do not add up to one long main-thread task.
 *
 * Order: a widget that receives focus renders at once (inside the focus event, so a keyboard or
 * screen-reader user who lands in it finds its content); then widgets in or near the viewport
 * (IntersectionObserver, which reports after the next frame), one per frame, in the order they
 * asked; then the others in idle time.
 * Every queued widget renders within {@link IDLE_TIMEOUT} ms of the previous one even when the
 * page never goes idle, and until then it keeps showing its loading state.
 */

interface Entry {
  readonly host: HTMLElement;
  release: () => void;
  readonly order: number;
  /** In or near the viewport; undefined until the IntersectionObserver said. */
  near: boolean | undefined;
}

/** Upper bound (ms) on how long an off-screen widget waits for idle time. */
export const IDLE_TIMEOUT = 300;
/** Upper bound (ms) on waiting for a frame (hidden tabs produce none). */
const FRAME_TIMEOUT = 100;
/** Widgets this close to the viewport count as visible. */
const NEAR = '200px 0px';

const entries = new Map<HTMLElement, Entry>();
let counter = 0;
let observer: IntersectionObserver | undefined;
let wakeup: { readonly kind: 'soon' | 'unseen' | 'idle'; readonly cancel: () => void } | undefined;
/** Whether a widget was released since the last frame: the next one waits for a frame. */
let releasedThisFrame = false;

/** Runs `fn` in a new task (a message, not throttled like nested timers). */
function inNewTask(fn: () => void): () => void {
  const channel = new MessageChannel();
  let live = true;
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (live) fn();
  };
  channel.port2.postMessage(undefined);
  return () => {
    live = false;
    channel.port1.close();
  };
}

/** Runs `fn` in a task after the next frame, or after {@link FRAME_TIMEOUT} ms without one. */
function afterFrame(fn: () => void): () => void {
  let cancelTask: (() => void) | undefined;
  const go = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    cancelTask = inNewTask(fn);
  };
  const frame = requestAnimationFrame(go);
  const timer = setTimeout(go, FRAME_TIMEOUT);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    cancelTask?.();
  };
}

function delay(fn: () => void, ms: number): () => void {
  const id = setTimeout(fn, ms);
  return () => clearTimeout(id);
}

function whenIdle(fn: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: IDLE_TIMEOUT });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 50);
  return () => clearTimeout(id);
}

const rank = (e: Entry) => (e.near === true ? 0 : e.near === undefined ? 1 : 2);

function next(): Entry | undefined {
  let best: Entry | undefined;
  for (const e of entries.values()) {
    if (!best || rank(e) < rank(best) || (rank(e) === rank(best) && e.order < best.order)) best = e;
  }
  return best;
}

function onFocus(event: Event): void {
  const entry = entries.get(event.currentTarget as HTMLElement);
  if (entry) release(entry);
}

function release(entry: Entry): void {
  forget(entry.host);
  releasedThisFrame = true;
  entry.release();
  schedule();
}

function forget(host: HTMLElement): void {
  entries.delete(host);
  observer?.unobserve(host);
  host.removeEventListener('focusin', onFocus);
  if (entries.size === 0) {
    wakeup?.cancel();
    wakeup = undefined;
  }
}

function wake(): void {
  wakeup = undefined;
  const entry = next();
  if (entry) release(entry);
}

/** Makes sure the next release is planned, as soon as the best waiting widget deserves. */
function schedule(): void {
  const best = next();
  if (!best) return;
  const kind = best.near === true ? 'soon' : best.near === undefined ? 'unseen' : 'idle';
  if (wakeup?.kind === kind) return;
  wakeup?.cancel();
  // Not seen yet: the observer reports after the next frame; a hidden page has none, hence the timeout.
  const cancel =
    kind === 'idle' ? whenIdle(wake) : kind === 'unseen' ? delay(wake, FRAME_TIMEOUT) : releasedThisFrame ? afterFrame(wake) : inNewTask(wake);
  wakeup = { kind, cancel };
}

function frameTick(): void {
  releasedThisFrame = false;
  if (entries.size > 0) requestAnimationFrame(frameTick);
}

/**
 * Queues `release` (which lets `host` render its new data) to run in a task of its own. Queuing a
 * host that is already waiting replaces its release; returns a function that takes it out again.
 *
 * @example
 * const cancel = queueRender(this.host, () => { this.#released = state; this.host.requestUpdate(); });
 */
export function queueRender(host: HTMLElement, releaseFn: () => void): () => void {
  const waiting = entries.get(host);
  if (waiting) {
    waiting.release = releaseFn;
  } else {
    if (entries.size === 0) requestAnimationFrame(frameTick);
    entries.set(host, { host, release: releaseFn, order: counter++, near: typeof IntersectionObserver === 'function' ? undefined : true });
    if (typeof IntersectionObserver === 'function') {
      observer ??= new IntersectionObserver(
        (records) => {
          for (const r of records) {
            const entry = entries.get(r.target as HTMLElement);
            if (entry) entry.near = r.isIntersecting;
          }
          schedule();
        },
        { rootMargin: NEAR },
      );
      observer.observe(host);
    }
    host.addEventListener('focusin', onFocus);
  }
  schedule();
  return () => {
    if (entries.get(host)?.release === releaseFn) forget(host);
  };
}

/** How many widgets wait for their turn (for tests). */
export function queuedRenders(): number {
  return entries.size;
}
