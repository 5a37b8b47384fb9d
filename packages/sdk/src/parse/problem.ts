/**
 * What can be wrong with a dataset or a question, as stable codes. Words come from `messages/`.
 * Params per code are listed beside it; `received`/`duplicates` and the `id` of a reference appear
 * only in dataset problems, never in those of a question or an offering from outside.
 */
export const PROBLEM_CODES = [
  /** The text is not JSON; params: { line?, column? } */
  'invalid-json',
  /** The whole input is not an object; params: { receivedType } */
  'not-an-object',
  /** A schemaVersion this SDK does not read; params: { expected, received } */
  'unsupported-version',
  /** The input holds more values than are read safely; params: { limit } */
  'input-too-large',
  /** Reading the value threw (a getter or proxy); params: {} */
  'unreadable',
  /** The value contains itself; params: {} */
  'cyclic',
  /** A required value is absent; params: { expected } */
  'missing',
  /** A value of the wrong kind; params: { expected, receivedType, received? } */
  'wrong-type',
  /** Not one of the allowed values; params: { expected: string[], received? } */
  'invalid-value',
  /** A string in the wrong shape; params: { format: 'id' | 'url' | 'date' | …, received? } */
  'invalid-format',
  /** Text or list shorter than allowed; params: { origin: 'string' | 'array', minimum } */
  'too-short',
  /** Text or list longer than allowed; params: { origin, maximum } */
  'too-long',
  /** A number below the minimum; params: { minimum, inclusive: 'yes' | 'no' } */
  'too-small',
  /** A number above the maximum; params: { maximum, inclusive } */
  'too-large',
  /** A number that must be whole; params: { received? } */
  'not-an-integer',
  /** A list holds the same value twice; params: { duplicates? } */
  'duplicate-values',
  /** Two records in one collection share an id; params: { id?, first } (no `id` for an offering from a form) */
  'duplicate-id',
  /** Refers to a theme the dataset does not have; params: { id?, droppedAt? } (`id` in dataset problems only) */
  'unknown-theme',
  /** Refers to a network the dataset does not have; params: { id?, droppedAt? } (`id` in dataset problems only) */
  'unknown-network',
  /** Refers to an agenda item the dataset does not have; params: { id?, droppedAt? } (`id` in dataset problems only) */
  'unknown-agenda-item',
  /** A learning need prefers a learning form the dataset does not describe; params: { id, droppedAt? } */
  'unknown-learning-form',
  /** Any other rule; params: {} */
  'invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export type PathSegment = string | number;
export type ProblemParam = string | number | readonly string[];
export type ProblemParams = Readonly<Record<string, ProblemParam>>;

/** One thing wrong with an input, as data. */
export interface Problem {
  readonly path: readonly PathSegment[];
  /** The path as people read it: `offerings[3].scale[0]`; empty for the input as a whole. */
  readonly where: string;
  readonly code: ProblemCode;
  readonly params: ProblemParams;
}

export interface DatasetProblem extends Problem {
  /** In lenient mode: what was left out because of this problem, e.g. `offerings[3]`. */
  readonly dropped?: string;
}

/** A problem in a person's question: its params never hold anything the person typed. */
export type QuestionProblem = Problem;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes a path the way code reads it.
 *
 * @example
 * formatPath(['offerings', 3, 'scale', 0]); // 'offerings[3].scale[0]'
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

export function problem(
  path: readonly PathSegment[],
  code: ProblemCode,
  params: ProblemParams = {},
): Problem {
  return { path, where: formatPath(path), code, params };
}
