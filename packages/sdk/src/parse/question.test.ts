import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatProblem } from '../messages/index.js';
import {
  DIRECTIONS,
  DOMAIN_SCOPES,
  DURATIONS,
  LEARNING_FORMS,
  LearningQuestionSchema,
  ORGANISATION_TYPES,
  PEER_MIXES,
  SCALES,
  TARGET_GROUPS,
} from '../schema/index.js';
import { parseQuestion } from './question.js';
import { PROBLEM_CODES, formatPath } from './problem.js';
import { VALUE_TYPES } from './describe.js';
import type { QuestionProblem } from './problem.js';

const brief = (p: QuestionProblem) => ({ where: p.where, code: p.code, params: p.params });

test('a valid question comes back trimmed, without unknown fields', () => {
  const result = parseQuestion({ what: '  Hoe herstellen we vertrouwen?  ', scale: ['local'], targetGroup: 'resident', colour: 'x' });
  assert.deepEqual(result, {
    ok: true,
    question: { what: 'Hoe herstellen we vertrouwen?', scale: ['local'], targetGroup: 'resident' },
    problems: [],
  });
});

test('problems name the field and what was expected, never what was typed', () => {
  const result = parseQuestion({
    what: '   ',
    themes: 'veiligheid',
    scale: ['landelijk'],
    duration: 'heel lang',
    region: 'x'.repeat(201),
  });
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems.map(brief), [
    { where: 'what', code: 'too-short', params: { origin: 'string', minimum: 1 } },
    { where: 'themes', code: 'wrong-type', params: { expected: 'array', receivedType: 'string' } },
    { where: 'scale[0]', code: 'invalid-value', params: { expected: [...SCALES], receivedType: 'string' } },
    { where: 'region', code: 'too-long', params: { origin: 'string', maximum: 200 } },
    { where: 'duration', code: 'invalid-value', params: { expected: [...DURATIONS], receivedType: 'string' } },
  ]);
  assert.deepEqual(result.problems.map((p) => formatProblem(p, 'nl')), [
    'leernetwerk: what: mag niet leeg zijn',
    'leernetwerk: themes: verwacht een lijst — kreeg tekst',
    'leernetwerk: scale[0]: verwacht een van local, regional, national, organisation',
    'leernetwerk: region: mag hoogstens 200 tekens hebben',
    'leernetwerk: duration: verwacht een van one-off, short, long-running',
  ]);
});

test('a question that is too long, missing or not an object', () => {
  assert.deepEqual(parseQuestion({ what: 'a'.repeat(2001) }).problems.map(brief), [
    { where: 'what', code: 'too-long', params: { origin: 'string', maximum: 2000 } },
  ]);
  assert.deepEqual(parseQuestion({}).problems.map(brief), [{ where: 'what', code: 'missing', params: { expected: 'string' } }]);
  assert.deepEqual(parseQuestion('Hoe?').problems.map(brief), [{ where: '', code: 'not-an-object', params: { receivedType: 'string' } }]);
  const cyclic: Record<string, unknown> = { what: 'Hoe?' };
  cyclic['themes'] = [cyclic];
  assert.deepEqual(parseQuestion(cyclic).problems.map(brief), [{ where: 'themes[0]', code: 'cyclic', params: {} }]);
  assert.deepEqual(parseQuestion({ what: 'Hoe?', themes: Array(20_000).fill('safety') }).problems.map(brief), [
    { where: '', code: 'input-too-large', params: { limit: 10_000 } },
  ]);
});

/** Every word a question problem may contain: vocabulary ids, type names, format names and the like. */
const ALLOWED_PARAM_STRINGS = new Set<string>([
  ...TARGET_GROUPS,
  ...SCALES,
  ...DIRECTIONS,
  ...DOMAIN_SCOPES,
  ...DURATIONS,
  ...LEARNING_FORMS,
  ...PEER_MIXES,
  ...ORGANISATION_TYPES,
  ...VALUE_TYPES,
  'int',
  'id',
  'url',
  'date',
  'pattern',
  'yes',
  'no',
]);
const FIELDS = new Set(Object.keys(LearningQuestionSchema.shape));

/** Strings with at least one character no message template uses, so a hit can only be an echo. */
const foreign = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('ß', 'Ω', '文', '🙂', 'ж', 'ø', '§'), fc.string({ maxLength: 12 }))
  .map(([a, mark, b]) => a + mark + b)
  .filter((s) => s.length >= 3);

const near = <T extends string>(values: readonly T[]) => fc.oneof(fc.constantFrom(...values), foreign);
const questionLike = fc.oneof(
  fc.record(
    {
      what: fc.oneof(foreign, fc.constant('   '), fc.string({ minLength: 2001, maxLength: 2005 }).map((s) => `${s}ß`)),
      themes: fc.oneof(fc.array(foreign, { maxLength: 3 }), foreign),
      targetGroup: near(TARGET_GROUPS),
      organisationType: near(ORGANISATION_TYPES),
      peerMix: near(PEER_MIXES),
      domainScope: near(DOMAIN_SCOPES),
      direction: near(DIRECTIONS),
      learningForms: fc.oneof(fc.array(near(LEARNING_FORMS), { maxLength: 3 }), foreign),
      scale: fc.oneof(fc.array(near(SCALES), { maxLength: 3 }), foreign),
      region: fc.oneof(foreign, fc.string({ minLength: 201, maxLength: 205 }).map((s) => `§${s}`)),
      duration: near(DURATIONS),
    },
    { requiredKeys: [] },
  ),
  fc.dictionary(foreign, fc.jsonValue()),
  fc.jsonValue(),
);

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out);
    }
  }
  return out;
}

test('no value from the input ever reaches a problem or its message', () => {
  fc.assert(
    fc.property(questionLike, (input) => {
      const { problems } = parseQuestion(input);
      const typed = stringsIn(input).filter((s) => s.length >= 3);
      for (const p of problems) {
        assert.ok((PROBLEM_CODES as readonly string[]).includes(p.code));
        assert.equal(p.where, formatPath(p.path));
        for (const segment of p.path) assert.ok(typeof segment === 'number' || FIELDS.has(segment), `path ${String(segment)}`);
        for (const value of Object.values(p.params)) {
          for (const v of typeof value === 'number' ? [] : typeof value === 'string' ? [value] : value) {
            assert.ok(ALLOWED_PARAM_STRINGS.has(v), `param ${v}`);
          }
        }
        for (const lang of ['nl', 'en'] as const) {
          const message = formatProblem(p, lang);
          for (const s of typed) {
            if (/[^\u0000-\u00ff—]/u.test(s) || s.includes('§')) assert.ok(!message.includes(s), `${message} echoes ${s}`);
          }
        }
      }
    }),
    { numRuns: 500 },
  );
});

test('never throws, whatever it is given', () => {
  fc.assert(
    fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSparseArray: true, withBoxedValues: true }), (input) => {
      const result = parseQuestion(input);
      assert.equal(result.ok, result.problems.length === 0);
    }),
    { numRuns: 300 },
  );
});
