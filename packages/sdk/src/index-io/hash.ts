import type { Steps } from '../internal/slices.js';

/** JSON with object keys in sorted order, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

/** A fast, stable 64-bit hash (two independent 32-bit FNV-1a runs) as 16 hex digits. Not cryptographic. */
export function hash64(text: string): string {
  const hasher = new Hash64();
  hasher.text(text);
  return hasher.digest();
}

/** {@link hash64} fed piece by piece: equal to hashing the concatenated text. */
class Hash64 {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  text(text: string): void {
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
    }
    this.a = a;
    this.b = b;
  }

  /**
   * A string as JSON writes it. Text without quotes, backslashes, control characters or
   * surrogates (nearly all text) is hashed as it stands, without making the quoted copy.
   */
  string(value: string): void {
    const savedA = this.a;
    const savedB = this.b;
    let a = Math.imul(savedA ^ 34, 0x01000193);
    let b = Math.imul(savedB ^ 34, 0x5bd1e995) ^ (savedB >>> 15);
    for (let i = 0; i < value.length; i++) {
      const code = value.charCodeAt(i);
      if (code < 0x20 || code === 34 || code === 92 || (code & 0xf800) === 0xd800) {
        this.a = savedA;
        this.b = savedB;
        this.text(JSON.stringify(value));
        return;
      }
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
    }
    this.a = Math.imul(a ^ 34, 0x01000193);
    this.b = Math.imul(b ^ 34, 0x5bd1e995) ^ (b >>> 15);
  }

  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

/** Keys JavaScript orders before all others (array indexes), whatever order they were added in. */
const INDEX_KEY = /^(?:0|[1-9][0-9]*)$/;

/**
 * Feeds the hash the text `canonicalJson(value)` would produce, without building that text.
 * Returns false for what JSON leaves out (undefined, functions, symbols).
 */
function feedCanonical(hash: Hash64, key: string, raw: unknown): boolean {
  let value = raw;
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON(key: string): unknown }).toJSON(key);
  }
  switch (typeof value) {
    case 'string':
      hash.string(value);
      return true;
    case 'number':
      hash.text(Number.isFinite(value) ? String(value) : 'null');
      return true;
    case 'boolean':
      hash.text(value ? 'true' : 'false');
      return true;
    case 'bigint':
      // JSON.stringify throws on these; so must the fingerprint.
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) {
    hash.text('null');
    return true;
  }
  if (Array.isArray(value)) {
    hash.text('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) hash.text(',');
      if (!feedCanonical(hash, String(i), value[i])) hash.text('null');
    }
    hash.text(']');
    return true;
  }
  const object = value as Record<string, unknown>;
  hash.text('{');
  let first = true;
  for (const name of canonicalKeys(object)) {
    const inner = object[name];
    if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') continue;
    hash.text(first ? '' : ',');
    hash.string(name);
    hash.text(':');
    first = false;
    feedCanonical(hash, name, inner);
  }
  hash.text('}');
  return true;
}

/**
 * Keys in the order `canonicalJson` writes them: sorted, array-index keys first as JavaScript puts
 * them, and no `__proto__` (assigning it to the sorted copy sets a prototype, not a key).
 */
function canonicalKeys(object: object): readonly string[] {
  const keys = Object.keys(object);
  // Records of one kind share their keys: their order is worked out once per key list.
  const signature = keys.join('\u0000');
  const known = keyOrders.get(signature);
  if (known !== undefined && sameKeys(known.keys, keys)) return known.sorted;
  let sorted = keys.filter((key) => key !== '__proto__').sort();
  if (sorted.some((key) => INDEX_KEY.test(key))) {
    const ordered: Record<string, true> = {};
    for (const key of sorted) ordered[key] = true;
    sorted = Object.keys(ordered);
  }
  if (keyOrders.size >= MAX_KEY_ORDERS) keyOrders.clear();
  keyOrders.set(signature, { keys, sorted });
  return sorted;
}

const sameKeys = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((key, i) => key === b[i]);

const keyOrders = new Map<string, { readonly keys: readonly string[]; readonly sorted: readonly string[] }>();
const MAX_KEY_ORDERS = 1000;

/**
 * `hash64(canonicalJson(value))` without building the text, one list item (down to `depth`
 * levels of nesting) per unit of work.
 */
export function* canonicalHashSteps(value: unknown, depth = 3): Steps<string> {
  const hash = new Hash64();
  yield* feedSteps(hash, '', value, depth);
  return hash.digest();
}

function* feedSteps(hash: Hash64, key: string, raw: unknown, depth: number): Steps<boolean> {
  if (depth === 0 || raw === null || typeof raw !== 'object') return feedCanonical(hash, key, raw);
  const value = typeof (raw as { toJSON?: unknown }).toJSON === 'function' ? (raw as { toJSON(key: string): unknown }).toJSON(key) : raw;
  if (value === null || typeof value !== 'object') return feedCanonical(hash, key, value);
  if (Array.isArray(value)) {
    hash.text('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) hash.text(',');
      if (!(yield* feedSteps(hash, String(i), value[i], depth - 1))) hash.text('null');
      yield;
    }
    hash.text(']');
    return true;
  }
  const object = value as Record<string, unknown>;
  hash.text('{');
  let first = true;
  for (const name of canonicalKeys(object)) {
    const inner = object[name];
    if (inner === undefined || typeof inner === 'function' || typeof inner === 'symbol') continue;
    hash.text(first ? '' : ',');
    hash.string(name);
    hash.text(':');
    first = false;
    yield* feedSteps(hash, name, inner, depth - 1);
  }
  hash.text('}');
  return true;
}
