import * as z from 'zod/mini';
import { LearningQuestionSchema } from '../schema/index.js';
import type { LearningQuestion } from '../schema/index.js';
import { isPlaceholder, isRecord, typeOf } from './describe.js';
import { CYCLIC, toInert } from './inert.js';
import { issuesToProblems } from './issues.js';
import { problem } from './problem.js';
import type { QuestionProblem } from './problem.js';

/** A question is small; more values than this is not a question. */
export const QUESTION_MAX_VALUES = 10_000;

export type ParseQuestionResult =
  | { readonly ok: true; readonly question: LearningQuestion; readonly problems: readonly QuestionProblem[] }
  | { readonly ok: false; readonly question?: undefined; readonly problems: readonly QuestionProblem[] };

/**
 * Checks a person's learning question (from a form, a URL, an API). Never throws. Its problems
 * name the field and what was expected, but never hold anything the person typed, so they are
 * safe to log and to show back.
 *
 * @example
 * const result = parseQuestion({ what: 'Hoe herstellen we vertrouwen?', scale: ['landelijk'] });
 * // result.ok === false; result.problems[0]: { where: 'scale[0]', code: 'invalid-value',
 * //   params: { expected: ['local', 'regional', 'national', 'organisation'] } }
 */
export function parseQuestion(input: unknown): ParseQuestionResult {
  try {
    const inert = toInert(input, QUESTION_MAX_VALUES);
    if (!inert.complete) return failed(problem([], 'input-too-large', { limit: inert.limit }));
    const root = inert.value;
    if (isPlaceholder(root)) return failed(problem([], root === CYCLIC ? 'cyclic' : 'unreadable'));
    if (!isRecord(root)) return failed(problem([], 'not-an-object', { receivedType: typeOf(root) }));
    const result = z.safeParse(LearningQuestionSchema, root);
    if (result.success) return { ok: true, question: result.data, problems: [] };
    return { ok: false, problems: issuesToProblems(result.error.issues, root, { prefix: [], reveal: false }) };
  } catch {
    // Reading works on an inert copy with safeParse, so this is a last line of defence only.
    return failed(problem([], 'invalid'));
  }
}

function failed(found: QuestionProblem): ParseQuestionResult {
  return { ok: false, problems: [found] };
}
