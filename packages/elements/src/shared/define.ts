/** Definitions waiting for their task, in call order, while {@link spreadDefinitions} is on. */
let queue: [tag: string, ctor: CustomElementConstructor][] | undefined;

/** Runs `run` in a new task: a `MessageChannel` message (no clamping as nested `setTimeout`s get). */
function nextTask(run: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(run, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(undefined);
}

function defineNow(tag: string, ctor: CustomElementConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  const existing = registry.get(tag);
  if (existing) return existing;
  registry.define(tag, ctor);
  return ctor;
}

function defineNextInTask(): void {
  nextTask(() => {
    const next = queue?.shift();
    if (!next) return;
    defineNow(...next);
    if (queue!.length > 0) defineNextInTask();
  });
}

/**
 * From now on, {@link defineElement} defines each element in a task of its own, in call order.
 * Defining upgrades every instance on the page at once (constructor, styles, connected callbacks,
 * and the first render in the microtasks after), so one task per tag keeps each of them short.
 * The CDN bundle turns this on after the provider is defined; the npm entries define at once.
 */
export function spreadDefinitions(): void {
  queue ??= [];
}

/**
 * Registers a custom element unless the tag is already taken, so loading the kit twice (two
 * bundles, or the bundle plus the npm package) breaks nothing. Returns the constructor that ends
 * up registered under `tag` (with {@link spreadDefinitions} on: the one registered now, else `ctor`,
 * which is defined in a later task unless the tag is taken by then).
 * @example defineElement('ln-provider', LnProvider);
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  if (!registry) return ctor; // not in a browser (SSR, Node): nothing to register
  if (queue === undefined) return defineNow(tag, ctor);
  const existing = registry.get(tag);
  if (existing) return existing;
  queue.push([tag, ctor]);
  if (queue.length === 1) defineNextInTask();
  return ctor;
}
