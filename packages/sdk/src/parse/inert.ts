/** Stands in for a value whose reading threw (a getter, a revoked proxy). */
export const UNREADABLE: unique symbol = Symbol('leernetwerk.unreadable');
/** Stands in for a value that contains itself. */
export const CYCLIC: unique symbol = Symbol('leernetwerk.cyclic');

/** How many values (array items and object properties, all levels) are read before giving up. */
export const MAX_VALUES = 10_000_000;

export type InertResult =
  | { readonly complete: true; readonly value: unknown }
  | { readonly complete: false; readonly limit: number };

interface Frame {
  readonly source: object;
  readonly target: unknown[] | Record<string, unknown>;
  /** Property names to copy; `undefined` for an array. */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  next: number;
}

/**
 * Copies any input into plain, inert data that validation can walk without surprises: every
 * property is read once inside try/catch, a throwing read becomes {@link UNREADABLE}, a value that
 * contains itself becomes {@link CYCLIC}. Works without recursion, so depth does not matter;
 * stops when more than `limit` values were seen.
 *
 * @example
 * const a: { self?: unknown } = {};
 * a.self = a;
 * toInert(a); // { complete: true, value: { self: CYCLIC } }
 */
export function toInert(input: unknown, limit: number = MAX_VALUES): InertResult {
  const stack: Frame[] = [];
  const onPath = new Set<object>();
  const copies = new Map<object, unknown>();
  let budget = limit;

  const open = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (onPath.has(value)) return CYCLIC;
    if (copies.has(value)) return copies.get(value);
    let keys: string[] | undefined;
    let length: number;
    try {
      if (Array.isArray(value)) {
        length = value.length;
      } else {
        keys = Object.keys(value);
        length = keys.length;
      }
    } catch {
      return UNREADABLE;
    }
    if (!Number.isSafeInteger(length) || length < 0) return UNREADABLE;
    budget -= length;
    if (budget < 0) return undefined;
    const target: unknown[] | Record<string, unknown> =
      keys === undefined ? [] : (Object.create(null) as Record<string, unknown>);
    onPath.add(value);
    copies.set(value, target);
    stack.push({ source: value, target, keys, length, next: 0 });
    return target;
  };

  const root = open(input);
  while (budget >= 0 && stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.length) {
      stack.pop();
      onPath.delete(frame.source);
      continue;
    }
    const key = frame.keys === undefined ? frame.next : frame.keys[frame.next]!;
    frame.next += 1;
    let child: unknown;
    try {
      child = (frame.source as Record<PropertyKey, unknown>)[key];
    } catch {
      child = UNREADABLE;
    }
    (frame.target as Record<PropertyKey, unknown>)[key] = open(child);
  }
  return budget < 0 ? { complete: false, limit } : { complete: true, value: root };
}
