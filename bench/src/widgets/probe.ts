// Code that runs inside the demo page (passed to Playwright as functions, so each one is
// self-contained: no imports, no closures over Node values).

/** Where a widget's text box and its rendered results are, inside its shadow root. */
export interface WidgetSelectors {
  readonly tag: string;
  readonly input: string;
  readonly results: string;
}

export interface LoadProbe {
  readonly firstResults: number | null;
  readonly scriptStart: number | null;
  readonly longTasks: { start: number; duration: number }[];
}

/**
 * Installed before any page script: records long tasks and, polling once per frame, the
 * moment the first result appears in the widget.
 */
export function installLoadProbe(selectors: WidgetSelectors): void {
  const state = { firstResults: null as number | null, longTasks: [] as { start: number; duration: number }[] };
  (globalThis as unknown as { __lnProbe: typeof state }).__lnProbe = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the list stays empty and the report says so
  }
  const poll = () => {
    const root = document.querySelector(selectors.tag)?.shadowRoot;
    if (root && root.querySelector(selectors.results)) {
      state.firstResults = performance.now();
      return;
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}

/** What the probe saw, with the start of the embed script's request from resource timing. */
export function readLoadProbe(scriptName: string): LoadProbe {
  const state = (globalThis as unknown as { __lnProbe: { firstResults: number | null; longTasks: { start: number; duration: number }[] } }).__lnProbe;
  const script = performance.getEntriesByType('resource').find((e) => e.name.endsWith(scriptName));
  return { firstResults: state.firstResults, scriptStart: script ? script.startTime : null, longTasks: [...state.longTasks] };
}

/**
 * Arms a watcher for the next keystroke in the widget: resolves with the time from the
 * keydown event to the first frame after the results changed, or null when they did not
 * change within `timeoutMs`.
 */
export function armKeystroke({ selectors, timeoutMs }: { selectors: WidgetSelectors; timeoutMs: number }): void {
  const root = document.querySelector(selectors.tag)!.shadowRoot!;
  const signature = () =>
    Array.from(root.querySelectorAll(selectors.results), (el) => el.textContent ?? '').join('\u0001');
  const before = signature();
  const pending = new Promise<number | null>((resolve) => {
    let keydownAt: number | null = null;
    const onKey = (event: KeyboardEvent) => {
      keydownAt = event.timeStamp;
    };
    document.addEventListener('keydown', onKey, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (keydownAt === null || signature() === before) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - keydownAt!), 0));
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
  });
  (globalThis as unknown as { __lnKeystroke: Promise<number | null> }).__lnKeystroke = pending;
}

export function awaitKeystroke(): Promise<number | null> {
  return (globalThis as unknown as { __lnKeystroke: Promise<number | null> }).__lnKeystroke;
}

/** Focuses the widget's text box and empties it. */
export function focusInput(selectors: WidgetSelectors): boolean {
  const input = document.querySelector(selectors.tag)?.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(selectors.input);
  if (!input) return false;
  input.scrollIntoView();
  input.focus();
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  return true;
}
