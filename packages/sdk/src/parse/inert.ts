import { runToEnd, type Steps } from '../internal/slices.js';

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
  /** Still being copied: meeting its source again means a cycle. */
  open: boolean;
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
  return runToEnd(toInertSteps(input, limit));
}

/** Values copied per unit of work by {@link toInertSteps}. */
const VALUES_PER_UNIT = 2000;

/** {@link toInert} a few thousand values per unit of work. */
export function* toInertSteps(input: unknown, limit: number = MAX_VALUES): Steps<InertResult> {
  const stack: Frame[] = [];
  const frames = new Map<object, Frame>();
  let budget = limit;

  const open = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const known = frames.get(value);
    if (known !== undefined) return known.open ? CYCLIC : known.target;
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
    const target: unknown[] | Record<string, unknown> = keys === undefined ? [] : {};
    const frame: Frame = { source: value, target, keys, length, next: 0, open: true };
    frames.set(value, frame);
    stack.push(frame);
    return target;
  };

  const root = open(input);
  let unit = VALUES_PER_UNIT;
  while (budget >= 0 && stack.length > 0) {
    if (--unit === 0) {
      unit = VALUES_PER_UNIT;
      yield;
    }
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.length) {
      stack.pop();
      frame.open = false;
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
    const copy = open(child);
    if (key === '__proto__') {
      Object.defineProperty(frame.target, key, { value: copy, enumerable: true, writable: true, configurable: true });
    } else {
      (frame.target as Record<PropertyKey, unknown>)[key] = copy;
    }
  }
  return budget < 0 ? { complete: false, limit } : { complete: true, value: root };
}
