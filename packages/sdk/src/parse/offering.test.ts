import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultDataset } from '@leernetwerk/data';
import type { Offering } from '../schema/index.js';
import { formatProblem } from '../messages/index.js';
import { parseOffering } from './offering.js';
import { formatPath } from './problem.js';
import type { Problem } from './problem.js';

const brief = (p: Problem) => ({ where: p.where, code: p.code, params: p.params });

const valid: Offering = {
  id: 'buurtkring-vertrouwen',
  title: { nl: 'Buurtkring vertrouwen' },
  provider: 'Gemeente Voorbeeldstad',
  description: { nl: 'Bewoners en professionals leren samen over vertrouwen in de wijk.' },
  themes: ['safety'],
  targetGroups: ['resident', 'professional'],
  learningForms: ['learning-circle'],
  scale: ['local'],
  direction: ['vertical'],
  domainScope: ['cross-domain'],
  url: 'https://voorbeeldstad.nl/buurtkring',
};

test('a valid offering comes back without unknown fields', () => {
  const result = parseOffering({ ...valid, colour: 'blue' }, { dataset: defaultDataset });
  assert.deepEqual(result, { ok: true, offering: valid, problems: [] });
});

test('schema problems name the field and never what was typed', () => {
  const result = parseOffering({ ...valid, title: { nl: '' }, scale: ['landelijk'], url: 'javascript:alert(1)', themes: [] });
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.problems.map(brief).sort((a, b) => a.where.localeCompare(b.where)),
    [
      { where: 'scale[0]', code: 'invalid-value', params: { expected: ['local', 'regional', 'national', 'organisation'], receivedType: 'string' } },
      { where: 'themes', code: 'too-short', params: { origin: 'array', minimum: 1 } },
      { where: 'title.nl', code: 'too-short', params: { origin: 'string', minimum: 1 } },
      { where: 'url', code: 'invalid-format', params: { format: 'url' } },
    ],
  );
  assert.ok(!JSON.stringify(result.problems).includes('javascript'));
});

test('with a dataset: themes, network and agenda items must exist and the id must be new', () => {
  const taken = defaultDataset.offerings[2]!;
  const result = parseOffering(
    { ...valid, id: taken.id, themes: ['safety', 'veiligheid'], network: 'geen-netwerk', agendaItems: ['priority-5', 'nope'] },
    { dataset: defaultDataset },
  );
  assert.deepEqual(result.problems.map(brief), [
    { where: 'id', code: 'duplicate-id', params: { first: 'offerings[2]' } },
    { where: 'themes[1]', code: 'unknown-theme', params: {} },
    { where: 'network', code: 'unknown-network', params: {} },
    { where: 'agendaItems[1]', code: 'unknown-agenda-item', params: {} },
  ]);
  assert.equal(parseOffering({ ...valid, themes: ['veiligheid'] }).ok, true, 'without a dataset only the schema counts');
});

test('reference problems name the field, not the id that was typed', () => {
  const taken = defaultDataset.offerings[2]!;
  const result = parseOffering(
    { ...valid, id: taken.id, themes: ['safety', 'veiligheid'], network: 'geen-netwerk', agendaItems: ['priority-5', 'nope'] },
    { dataset: defaultDataset },
  );
  assert.deepEqual(
    result.problems.map((p) => formatProblem(p, 'nl')),
    [
      'leernetwerk: id: deze id komt al voor bij offerings[2]',
      'leernetwerk: themes[1]: verwijst naar een thema dat niet in de dataset staat',
      'leernetwerk: network: verwijst naar een netwerk dat niet in de dataset staat',
      'leernetwerk: agendaItems[1]: verwijst naar een agendapunt dat niet in de dataset staat',
    ],
  );
  assert.deepEqual(
    result.problems.map((p) => formatProblem(p, 'en')),
    [
      'leernetwerk: id: this id is already used by offerings[2]',
      'leernetwerk: themes[1]: refers to a theme that is not in the dataset',
      'leernetwerk: network: refers to a network that is not in the dataset',
      'leernetwerk: agendaItems[1]: refers to an agenda item that is not in the dataset',
    ],
  );
});

/** Valid ids with a letter next to a digit, which no message template has: a hit can only be an echo. */
const typedId = fc
  .tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^(-[a-z0-9]{1,5}){0,2}$/))
  .map(([letters, digits, rest]) => `${letters}${digits}${rest}`)
  .filter((id) => id.length >= 3);
/** Strings with a character no message template uses. */
const foreign = fc
  .tuple(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('ß', 'Ω', '文', '🙂', 'ж', 'ø', '§'), fc.string({ maxLength: 12 }))
  .map(([a, mark, b]) => a + mark + b)
  .filter((s) => s.length >= 3);
const isGenerated = (s: string): boolean => s.length >= 3 && (/[a-z]\d|\d[a-z]/.test(s) || /[^\u0000-\u00ff—]/u.test(s) || s.includes('§'));

/** Offerings that pass the schema but refer to what the catalogue lacks (or take an id it has), and ones that fail it. */
const offeringLike = fc.oneof(
  fc.record({
    id: fc.oneof(typedId, fc.constant(valid.id)),
    takenId: fc.boolean(),
    themes: fc.uniqueArray(fc.oneof(typedId, fc.constant('safety')), { minLength: 1, maxLength: 3 }),
    network: fc.option(typedId, { nil: undefined }),
    agendaItems: fc.option(fc.array(fc.oneof(typedId, fc.constant('priority-5')), { maxLength: 3 }), { nil: undefined }),
  }),
  fc.record({
    id: fc.oneof(typedId, foreign),
    takenId: fc.boolean(),
    themes: fc.oneof(fc.array(fc.oneof(typedId, foreign), { maxLength: 3 }), foreign),
    network: fc.option(fc.oneof(typedId, foreign), { nil: undefined }),
    agendaItems: fc.option(fc.oneof(fc.array(fc.oneof(typedId, foreign), { maxLength: 3 }), foreign), { nil: undefined }),
    title: fc.record({ nl: fc.oneof(foreign, fc.constant('')) }),
    scale: fc.array(fc.oneof(fc.constantFrom('local', 'regional'), foreign), { maxLength: 3 }),
    url: fc.oneof(foreign, fc.constant('https://example.org/x')),
    region: foreign,
  }),
);

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsIn(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => stringsIn(v, out));
  return out;
}

test('no typed value ever reaches a problem or its message', () => {
  let references = 0;
  fc.assert(
    fc.property(offeringLike, ({ takenId, ...fields }) => {
      const input = { ...valid, ...fields };
      const id = typeof fields.id === 'string' ? fields.id : valid.id;
      // The catalogue may hold the typed id, so that it is taken.
      const dataset = takenId ? { ...defaultDataset, offerings: [...defaultDataset.offerings, { ...valid, id }] } : defaultDataset;
      const { problems } = parseOffering(input, { dataset });
      const typed = stringsIn(fields).filter(isGenerated);
      for (const p of problems) {
        if (p.code.startsWith('unknown-') || p.code === 'duplicate-id') references++;
        assert.equal(p.where, formatPath(p.path));
        for (const value of Object.values(p.params)) {
          for (const v of typeof value === 'number' ? [] : typeof value === 'string' ? [value] : value) {
            assert.ok(!typed.some((s) => v.includes(s)), `param ${v}`);
          }
        }
        for (const lang of ['nl', 'en'] as const) {
          const message = formatProblem(p, lang);
          for (const s of typed) assert.ok(!message.includes(s), `${message} echoes ${s}`);
        }
      }
    }),
    { numRuns: 400 },
  );
  assert.ok(references > 100, `only ${references} reference problems were tried`);
});

test('whole-input problems: not an object, cyclic, too large', () => {
  assert.deepEqual(parseOffering('x').problems.map((p) => p.code), ['not-an-object']);
  const cyclic: Record<string, unknown> = { ...valid };
  cyclic['title'] = cyclic;
  assert.deepEqual(parseOffering(cyclic).problems.map(brief), [{ where: 'title', code: 'cyclic', params: {} }]);
  assert.deepEqual(parseOffering({ ...valid, agendaItems: Array.from({ length: 20_000 }, (_, i) => `a-${i}`) }).problems.map((p) => p.code), [
    'input-too-large',
  ]);
});

test('never throws, whatever the input', () => {
  fc.assert(
    fc.property(fc.anything(), (input) => {
      const result = parseOffering(input, { dataset: defaultDataset });
      assert.equal(typeof result.ok, 'boolean');
      if (!result.ok) assert.ok(result.problems.length > 0);
    }),
    { numRuns: 300 },
  );
});
