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

/** How long a phrase taken from a longer text may be, ellipsis included. */
export const PHRASE_MAX = 90;

/** A text of at most `max` characters: cut at a word boundary, with an ellipsis, when longer. */
export function clip(text: string, max = PHRASE_MAX): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > 0 ? cut : max - 1).replace(/[\s,;:]+$/u, '')}…`;
}

/** A clause that leans on what came before ("Naast het aanbod van …") says nothing on its own. */
const DANGLING = /^(?:naast|daarnaast|ook|verder|bovendien|besides|also|in addition|furthermore|moreover)(?![\p{L}\p{N}])/iu;

/**
 * The opening words of a long text: its first clause (up to a colon, semicolon, full stop,
 * question or exclamation mark) that does not lean on what came before, at most `max` characters.
 */
export function firstClause(text: string, max = PHRASE_MAX): string {
  const clauses = text
    .split(/[:;.?!](?:\s+|$)/u)
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '');
  const clause = clauses.find((c) => !DANGLING.test(c)) ?? clauses[0] ?? text.trim();
  return clip(capitalise(clause), max);
}

/** Labels are lower case for use inside a sentence ('horizontaal leren'); at its start they need a capital. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The whole a share was taken of: 18 offerings at 60% are 18 of 30. */
export function wholeOf(part: number, share: number): number {
  return share > 0 ? Math.round(part / share) : part;
}
