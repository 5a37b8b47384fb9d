import { CYCLIC, UNREADABLE } from './inert.js';
import type { PathSegment } from './problem.js';

export const VALUE_TYPES = [
  'string',
  'number',
  'boolean',
  'null',
  'undefined',
  'array',
  'object',
  'other',
] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** The kind of a value, in the words JSON uses. */
export function typeOf(value: unknown): ValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'undefined' || type === 'object'
    ? type
    : 'other';
}

const RECEIVED_MAX = 80;
/** Line and paragraph separators and bidirectional controls, which could disguise a log line. */
const INVISIBLE = /[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A short, printable, one-line form of a received scalar, or `undefined` for lists and objects.
 * Only for dataset problems: a question's values are never shown.
 *
 * @example
 * showReceived('landelijk\n'); // 'landelijk\\n'
 */
export function showReceived(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const short = value.length > RECEIVED_MAX ? `${value.slice(0, RECEIVED_MAX - 1)}…` : value;
    return JSON.stringify(short)
      .slice(1, -1)
      .replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return undefined;
}

/** Reads the inert copy at a path; `undefined` where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

export function isPlaceholder(value: unknown): value is typeof UNREADABLE | typeof CYCLIC {
  return value === UNREADABLE || value === CYCLIC;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
