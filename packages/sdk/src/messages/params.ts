import { VALUE_TYPES } from '../parse/index.js';
import type { ProblemParams } from '../parse/index.js';
import type { ReasonParams } from '../reasons.js';

type Params = ProblemParams | ReasonParams;

/** A param as text; numbers are written out, lists and absent params give `undefined`. */
export function param(params: Params, key: string): string | undefined {
  const value = params[key];
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** A param as a list of strings; a single string counts as a list of one. */
export function paramList(params: Params, key: string): string[] {
  const value = params[key];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function paramNumber(params: Params, key: string): number | undefined {
  const value = params[key];
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * What a problem received: the value itself when a dataset problem shows it (quoted when it is
 * text), else the kind of value, else `undefined`.
 */
export function received(
  params: ProblemParams,
  nouns: Readonly<Record<string, string>>,
  quote: (text: string) => string,
): string | undefined {
  const value = param(params, 'received');
  const type = param(params, 'receivedType');
  if (value !== undefined) return type === undefined || type === 'string' ? quote(value) : value;
  return type !== undefined && (VALUE_TYPES as readonly string[]).includes(type) ? nouns[type] : undefined;
}

/** The opening words of a long text: up to its first colon, full stop or question mark, at most `max` characters. */
export function firstClause(text: string, max = 90): string {
  const end = text.search(/[:.?!](\s|$)/);
  const clause = end > 0 ? text.slice(0, end) : text;
  if (clause.length <= max) return clause;
  const cut = clause.lastIndexOf(' ', max - 1);
  return `${clause.slice(0, cut > 0 ? cut : max - 1)}…`;
}

/** Labels are lower case for use inside a sentence ('horizontaal leren'); at its start they need a capital. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The whole a share was taken of: 18 offerings at 60% are 18 of 30. */
export function wholeOf(part: number, share: number): number {
  return share > 0 ? Math.round(part / share) : part;
}
