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

  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

/** Characters JSON escapes; a string without them is written as is between quotes. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
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
      if (NEEDS_ESCAPE.test(value)) hash.text(JSON.stringify(value));
      else {
        hash.text('"');
        hash.text(value);
        hash.text('"');
      }
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
    hash.text(JSON.stringify(name));
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
function canonicalKeys(object: object): string[] {
  const keys = Object.keys(object)
    .filter((key) => key !== '__proto__')
    .sort();
  if (!keys.some((key) => INDEX_KEY.test(key))) return keys;
  const sorted: Record<string, true> = {};
  for (const key of keys) sorted[key] = true;
  return Object.keys(sorted);
}

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
    hash.text(JSON.stringify(name));
    hash.text(':');
    first = false;
    yield* feedSteps(hash, name, inner, depth - 1);
  }
  hash.text('}');
  return true;
}
