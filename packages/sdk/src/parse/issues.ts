import * as z from 'zod/mini';
import { IdSchema } from '../schema/index.js';
import { CYCLIC, UNREADABLE } from './inert.js';
import { showReceived, typeOf, valueAt } from './describe.js';
import { problem } from './problem.js';
import type { PathSegment, Problem, ProblemCode, ProblemParams } from './problem.js';

export interface IssueOptions {
  /** Where the parsed value sits in the whole input. */
  readonly prefix: readonly PathSegment[];
  /** Whether params may show the value that was received (datasets yes, questions never). */
  readonly reveal: boolean;
}

/**
 * Turns zod issues into our own problems, reading the received value from the data that was
 * parsed rather than from the issue, so that zod's options do not decide what we show.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  options: IssueOptions,
): Problem[] {
  return issues.map((issue) => issueToProblem(issue, data, options));
}

function issueToProblem(issue: z.core.$ZodIssue, data: unknown, options: IssueOptions): Problem {
  const local = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
  const path = [...options.prefix, ...local];
  const value = valueAt(data, local);
  if (value === UNREADABLE) return problem(path, 'unreadable');
  if (value === CYCLIC) return problem(path, 'cyclic');
  const [code, params] = classify(issue, value);
  return problem(path, code, options.reveal ? { ...params, ...revealed(code, value) } : params);
}

function revealed(code: ProblemCode, value: unknown): ProblemParams {
  if (code === 'duplicate-values' && Array.isArray(value)) {
    return { duplicates: duplicatesIn(value).flatMap((v) => showReceived(v) ?? []) };
  }
  const received = SHOWS_RECEIVED.has(code) ? showReceived(value) : undefined;
  return received === undefined ? {} : { received };
}

const SHOWS_RECEIVED: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'wrong-type',
  'invalid-value',
  'invalid-format',
  'not-an-integer',
]);

function classify(issue: z.core.$ZodIssue, value: unknown): [ProblemCode, ProblemParams] {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return ['missing', { expected: issue.expected }];
      if (issue.expected === 'int' && typeof value === 'number') return ['not-an-integer', {}];
      return ['wrong-type', { expected: issue.expected, receivedType: typeOf(value) }];
    case 'invalid_value':
      return ['invalid-value', { expected: issue.values.map((v) => String(v)), receivedType: typeOf(value) }];
    case 'invalid_format':
      return ['invalid-format', { format: formatName(issue.format, value) }];
    case 'too_small':
      return isNumeric(issue.origin)
        ? ['too-small', { minimum: Number(issue.minimum), inclusive: issue.inclusive ? 'yes' : 'no' }]
        : ['too-short', { origin: issue.origin, minimum: Number(issue.minimum) }];
    case 'too_big':
      return isNumeric(issue.origin)
        ? ['too-large', { maximum: Number(issue.maximum), inclusive: issue.inclusive ? 'yes' : 'no' }]
        : ['too-long', { origin: issue.origin, maximum: Number(issue.maximum) }];
    case 'custom':
      return Array.isArray(value) && duplicatesIn(value).length > 0 ? ['duplicate-values', {}] : ['invalid', {}];
    default:
      return ['invalid', {}];
  }
}

const isNumeric = (origin: string): boolean => origin === 'number' || origin === 'int' || origin === 'bigint';

/** Our only regular expression is the id pattern; say so instead of showing the pattern. */
function formatName(format: string, value: unknown): string {
  if (format !== 'regex') return format;
  return typeof value === 'string' && !z.safeParse(IdSchema, value).success ? 'id' : 'pattern';
}

/** Values that occur more than once, in order of their second appearance. */
export function duplicatesIn(values: readonly unknown[]): unknown[] {
  const seen = new Set<unknown>();
  const twice = new Set<unknown>();
  for (const v of values) {
    if (seen.has(v)) twice.add(v);
    seen.add(v);
  }
  return [...twice];
}
