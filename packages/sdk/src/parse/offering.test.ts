import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultDataset } from '@leernetwerk/data';
import type { Offering } from '../schema/index.js';
import { parseOffering } from './offering.js';
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
    { where: 'id', code: 'duplicate-id', params: { id: taken.id, first: 'offerings[2]' } },
    { where: 'themes[1]', code: 'unknown-theme', params: { id: 'veiligheid' } },
    { where: 'network', code: 'unknown-network', params: { id: 'geen-netwerk' } },
    { where: 'agendaItems[1]', code: 'unknown-agenda-item', params: { id: 'nope' } },
  ]);
  assert.equal(parseOffering({ ...valid, themes: ['veiligheid'] }).ok, true, 'without a dataset only the schema counts');
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
