/**
 * Registers a custom element unless the tag is already taken, so loading the kit twice (two
 * bundles, or the bundle plus the npm package) breaks nothing. Returns the constructor that ends
 * up registered under `tag`.
 * @example defineElement('ln-provider', LnProvider);
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  if (!registry) return ctor; // not in a browser (SSR, Node): nothing to register
  const existing = registry.get(tag);
  if (existing) return existing;
  registry.define(tag, ctor);
  return ctor;
}
