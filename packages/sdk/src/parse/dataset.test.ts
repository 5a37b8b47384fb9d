import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Dataset } from '../schema/index.js';
import { parseDataset } from './dataset.js';
import type { DatasetProblem } from './problem.js';

const fixture = new URL('../../../../test/fixtures/mini-dataset.ts', import.meta.url).href;
const { miniDataset } = (await import(fixture)) as { miniDataset: Dataset };

type Mutable = Record<string, any>;
const corrupt = (change: (d: Mutable) => void): Mutable => {
  const copy = structuredClone(miniDataset) as Mutable;
  change(copy);
  return copy;
};
const brief = (p: DatasetProblem) => ({ where: p.where, code: p.code, params: p.params, dropped: p.dropped });

test('the fixture is valid in strict mode and comes back equal', () => {
  const result = parseDataset(miniDataset, { mode: 'strict' });
  assert.deepEqual(result.problems, []);
  assert.ok(result.ok);
  assert.deepEqual(result.dataset, miniDataset);
});

interface Case {
  readonly name: string;
  readonly change: (d: Mutable) => void;
  readonly problems: ReturnType<typeof brief>[];
  /** Ids left in the lenient result, per collection that changed. */
  readonly kept?: Partial<Record<keyof Dataset, string[]>>;
  readonly check?: (d: Dataset) => void;
}

const cases: Case[] = [
  {
    name: 'an unknown enum value drops the offering and shows what came in',
    change: (d) => (d['offerings'][1].scale = ['landelijk']),
    problems: [
      {
        where: 'offerings[1].scale[0]',
        code: 'invalid-value',
        params: { expected: ['local', 'regional', 'national', 'organisation'], receivedType: 'string', received: 'landelijk' },
        dropped: 'offerings[1]',
      },
    ],
    kept: { offerings: ['intervisie-wijkagenten', 'leerkring-wonen-zorg'] },
  },
  {
    name: 'a missing field',
    change: (d) => delete d['offerings'][0].provider,
    problems: [{ where: 'offerings[0].provider', code: 'missing', params: { expected: 'string' }, dropped: 'offerings[0]' }],
    kept: { offerings: ['masterclass-vertrouwen', 'leerkring-wonen-zorg'] },
  },
  {
    name: 'a wrong type',
    change: (d) => (d['offerings'][0].provider = 42),
    problems: [
      {
        where: 'offerings[0].provider',
        code: 'wrong-type',
        params: { expected: 'string', receivedType: 'number', received: '42' },
        dropped: 'offerings[0]',
      },
    ],
  },
  {
    name: 'a list where one value was expected, without showing the list',
    change: (d) => (d['networks'][1].name = ['LSA', 'Bewoners']),
    problems: [
      {
        where: 'networks[1].name',
        code: 'wrong-type',
        params: { expected: 'string', receivedType: 'array' },
        dropped: 'networks[1]',
      },
    ],
  },
  {
    name: 'formats: id, url and date',
    change: (d) => {
      d['themes'][4].id = 'Gebied Werken';
      d['offerings'][1].url = 'javascript:alert(1)';
      d['sharedQuestions'][0].asked = '2021-02-30';
    },
    problems: [
      {
        where: 'themes[4].id',
        code: 'invalid-format',
        params: { format: 'id', received: 'Gebied Werken' },
        dropped: 'themes[4]',
      },
      {
        where: 'offerings[1].url',
        code: 'invalid-format',
        params: { format: 'url', received: 'javascript:alert(1)' },
        dropped: 'offerings[1]',
      },
      {
        where: 'sharedQuestions[0].asked',
        code: 'invalid-format',
        params: { format: 'date', received: '2021-02-30' },
        dropped: 'sharedQuestions[0]',
      },
      // The agenda item on that theme loses its only theme, so it goes too.
      {
        where: 'agenda[2].themes[0]',
        code: 'unknown-theme',
        params: { id: 'area-based-working' },
        dropped: 'agenda[2]',
      },
    ],
    kept: { agenda: ['priority-5', 'gap-2'], sharedQuestions: [] },
  },
  {
    name: 'too short, too long, not an integer, too small, duplicate values',
    change: (d) => {
      d['offerings'][0].title.nl = '';
      d['offerings'][1].targetGroups = [];
      d['agenda'][0].number = 1.5;
      d['agenda'][1].number = 0;
      d['offerings'][2].themes = ['housing', 'housing'];
    },
    problems: [
      { where: 'agenda[0].number', code: 'not-an-integer', params: { received: '1.5' }, dropped: 'agenda[0]' },
      { where: 'agenda[1].number', code: 'too-small', params: { minimum: 0, inclusive: 'no' }, dropped: 'agenda[1]' },
      {
        where: 'offerings[0].title.nl',
        code: 'too-short',
        params: { origin: 'string', minimum: 1 },
        dropped: 'offerings[0]',
      },
      {
        where: 'offerings[1].targetGroups',
        code: 'too-short',
        params: { origin: 'array', minimum: 1 },
        dropped: 'offerings[1]',
      },
      {
        where: 'offerings[2].themes',
        code: 'duplicate-values',
        params: { duplicates: ['housing'] },
        dropped: 'offerings[2]',
      },
    ],
    kept: { offerings: [], agenda: ['org-cross-domain'] },
  },
  {
    name: 'duplicate ids keep the first record',
    change: (d) => {
      d['offerings'].push({ ...d['offerings'][0], title: { nl: 'Ander' } });
      d['themes'].push(d['themes'][0]);
    },
    problems: [
      { where: 'themes[5].id', code: 'duplicate-id', params: { id: 'safety', first: 'themes[0]' }, dropped: 'themes[5]' },
      {
        where: 'offerings[3].id',
        code: 'duplicate-id',
        params: { id: 'intervisie-wijkagenten', first: 'offerings[0]' },
        dropped: 'offerings[3]',
      },
    ],
    check: (d) => assert.equal(d.offerings[0]?.title.nl, 'Intervisie voor wijkagenten'),
  },
  {
    name: 'broken references lose the reference, not the record',
    change: (d) => {
      d['offerings'][0].themes = ['safety', 'vertrouwen'];
      d['offerings'][0].network = 'lpwp';
      d['offerings'][1].agendaItems = ['gap-9', 'gap-2'];
      d['agenda'][1].related = ['priority-55'];
      d['networks'][0].themes = ['wonen'];
      d['sharedQuestions'][0].themes = ['trust'];
    },
    problems: [
      { where: 'networks[0].themes[0]', code: 'unknown-theme', params: { id: 'wonen' }, dropped: 'networks[0].themes[0]' },
      {
        where: 'agenda[1].related[0]',
        code: 'unknown-agenda-item',
        params: { id: 'priority-55' },
        dropped: 'agenda[1].related[0]',
      },
      {
        where: 'offerings[0].themes[1]',
        code: 'unknown-theme',
        params: { id: 'vertrouwen' },
        dropped: 'offerings[0].themes[1]',
      },
      {
        where: 'offerings[1].agendaItems[0]',
        code: 'unknown-agenda-item',
        params: { id: 'gap-9' },
        dropped: 'offerings[1].agendaItems[0]',
      },
      { where: 'offerings[0].network', code: 'unknown-network', params: { id: 'lpwp' }, dropped: 'offerings[0].network' },
      {
        where: 'sharedQuestions[0].themes[0]',
        code: 'unknown-theme',
        params: { id: 'trust' },
        dropped: 'sharedQuestions[0].themes[0]',
      },
    ],
    check: (d) => {
      assert.deepEqual(d.offerings[0]?.themes, ['safety']);
      assert.equal('network' in d.offerings[0]!, false);
      assert.deepEqual(d.offerings[1]?.agendaItems, ['gap-2']);
      assert.deepEqual(d.agenda[1]?.related, []);
      assert.deepEqual(d.networks[0]?.themes, []);
    },
  },
  {
    name: 'an offering whose every theme is unknown goes',
    change: (d) => (d['offerings'][2].themes = ['wonen', 'zorg']),
    problems: [
      { where: 'offerings[2].themes[0]', code: 'unknown-theme', params: { id: 'wonen' }, dropped: 'offerings[2]' },
      { where: 'offerings[2].themes[1]', code: 'unknown-theme', params: { id: 'zorg' }, dropped: 'offerings[2]' },
    ],
    kept: { offerings: ['intervisie-wijkagenten', 'masterclass-vertrouwen'] },
  },
  {
    name: 'a bad learning need goes alone; a need preferring an undescribed form loses that form',
    change: (d) => {
      d['targetGroups'][2].learningNeeds[0].prefers.duration = ['eenmalig'];
      d['targetGroups'][0].learningNeeds[1].prefers.learningForms = ['city-lab', 'online-community'];
      d['targetGroups'][1].learningNeeds.push({ ...d['targetGroups'][1].learningNeeds[0] });
    },
    problems: [
      {
        where: 'targetGroups[2].learningNeeds[0].prefers.duration[0]',
        code: 'invalid-value',
        params: { expected: ['one-off', 'short', 'long-running'], receivedType: 'string', received: 'eenmalig' },
        dropped: 'targetGroups[2].learningNeeds[0]',
      },
      {
        where: 'targetGroups[1].learningNeeds[1].id',
        code: 'duplicate-id',
        params: { id: 'intervisie-peers', first: 'targetGroups[1].learningNeeds[0]' },
        dropped: 'targetGroups[1].learningNeeds[1]',
      },
      {
        where: 'targetGroups[0].learningNeeds[1].prefers.learningForms[0]',
        code: 'unknown-learning-form',
        params: { id: 'city-lab' },
        dropped: 'targetGroups[0].learningNeeds[1].prefers.learningForms[0]',
      },
    ],
    check: (d) => {
      assert.deepEqual(d.targetGroups[2]?.learningNeeds.map((n) => n.id), ['exchange-visits']);
      assert.equal(d.targetGroups[1]?.learningNeeds.length, 1);
      assert.deepEqual(d.targetGroups[0]?.learningNeeds[1]?.prefers.learningForms, ['online-community']);
    },
  },
  {
    name: 'a need after a dropped one is still reported at its place in the input',
    change: (d) => {
      d['targetGroups'][2].learningNeeds[0].id = 'Niet Goed';
      d['targetGroups'][2].learningNeeds[1].prefers.learningForms = ['excursion', 'living-lab'];
    },
    problems: [
      {
        where: 'targetGroups[2].learningNeeds[0].id',
        code: 'invalid-format',
        params: { format: 'id', received: 'Niet Goed' },
        dropped: 'targetGroups[2].learningNeeds[0]',
      },
      {
        where: 'targetGroups[2].learningNeeds[1].prefers.learningForms[1]',
        code: 'unknown-learning-form',
        params: { id: 'living-lab' },
        dropped: 'targetGroups[2].learningNeeds[1].prefers.learningForms[1]',
      },
    ],
  },
  {
    name: 'a getter that throws and a cycle inside a record drop that record; cycles elsewhere are ignored',
    change: (d) => {
      Object.defineProperty(d['networks'][3], 'name', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      });
      d['offerings'][0].description = d['offerings'][0];
      d['offerings'][1].extra = d['offerings'][1];
    },
    problems: [
      { where: 'offerings[0].description', code: 'cyclic', params: {}, dropped: 'offerings[0]' },
      { where: 'networks[3].name', code: 'unreadable', params: {}, dropped: 'networks[3]' },
    ],
    kept: { offerings: ['masterclass-vertrouwen', 'leerkring-wonen-zorg'] },
  },
  {
    name: 'references to a dropped record say it was dropped',
    change: (d) => (d['networks'][2].kind = 'vereniging'),
    problems: [
      {
        where: 'networks[2].kind',
        code: 'invalid-value',
        params: {
          expected: ['peer-network', 'knowledge-organisation', 'knowledge-infrastructure', 'programme', 'platform', 'project'],
          receivedType: 'string',
          received: 'vereniging',
        },
        dropped: 'networks[2]',
      },
      {
        where: 'offerings[0].network',
        code: 'unknown-network',
        params: { id: 'lppw', droppedAt: 'networks[2]' },
        dropped: 'offerings[0].network',
      },
    ],
  },
];

for (const c of cases) {
  test(`lenient: ${c.name}`, () => {
    const result = parseDataset(corrupt(c.change));
    assert.deepEqual(result.problems.map(brief), c.problems);
    assert.ok(result.ok, 'lenient mode keeps going');
    for (const [key, ids] of Object.entries(c.kept ?? {})) {
      assert.deepEqual((result.dataset[key as keyof Dataset] as Array<{ id: string }>).map((r) => r.id), ids, key);
    }
    c.check?.(result.dataset);
  });

  test(`strict: ${c.name}`, () => {
    const result = parseDataset(corrupt(c.change), { mode: 'strict' });
    assert.equal(result.ok, false);
    assert.equal(result.dataset, undefined);
    assert.ok(result.problems.length > 0);
    assert.ok(result.problems.every((p) => p.dropped === undefined));
    // Strict mode does not repeat a record's failure as a broken reference to it.
    assert.ok(result.problems.every((p) => p.params['droppedAt'] === undefined));
  });
}

const fatal: Array<[name: string, input: unknown, problems: ReturnType<typeof brief>[]]> = [
  ['null', null, [{ where: '', code: 'not-an-object', params: { receivedType: 'null' }, dropped: undefined }]],
  ['a list', [miniDataset], [{ where: '', code: 'not-an-object', params: { receivedType: 'array' }, dropped: undefined }]],
  ['a string', 'dataset', [{ where: '', code: 'not-an-object', params: { receivedType: 'string' }, dropped: undefined }]],
  [
    'another schema version',
    { ...miniDataset, schemaVersion: 2, offerings: 'not even a list' },
    [
      {
        where: 'schemaVersion',
        code: 'unsupported-version',
        params: { expected: '1', receivedType: 'number', received: '2' },
        dropped: undefined,
      },
    ],
  ],
  [
    'no schema version, no date, offerings not a list',
    { ...miniDataset, schemaVersion: undefined, updated: '11-02-2021', offerings: { a: 1 } },
    [
      { where: 'schemaVersion', code: 'missing', params: { expected: 'number' }, dropped: undefined },
      {
        where: 'updated',
        code: 'invalid-format',
        params: { format: 'date', received: '11-02-2021' },
        dropped: undefined,
      },
      {
        where: 'offerings',
        code: 'wrong-type',
        params: { expected: 'array', receivedType: 'object' },
        dropped: undefined,
      },
    ],
  ],
  [
    'a missing collection',
    { ...miniDataset, networks: undefined },
    [{ where: 'networks', code: 'missing', params: { expected: 'array' }, dropped: undefined }],
  ],
];

for (const [name, input, problems] of fatal) {
  test(`fails as a whole in both modes: ${name}`, () => {
    for (const mode of ['strict', 'lenient'] as const) {
      const result = parseDataset(input, { mode });
      assert.equal(result.ok, false, mode);
      assert.equal(result.dataset, undefined);
      assert.deepEqual(result.problems.map(brief), problems, mode);
    }
  });
}

test('whole-dataset failure still lists record problems', () => {
  const result = parseDataset(corrupt((d) => {
    delete d['updated'];
    d['offerings'][0].scale = ['landelijk'];
  }));
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems.map((p) => p.where), ['updated', 'offerings[0].scale[0]']);
});

test('sharedQuestions may be absent; then it stays absent', () => {
  const { sharedQuestions: _omitted, ...rest } = miniDataset;
  const result = parseDataset(rest, { mode: 'strict' });
  assert.ok(result.ok);
  assert.equal('sharedQuestions' in result.dataset, false);
});

test('unknown fields are left out without a problem', () => {
  const result = parseDataset(corrupt((d) => (d['offerings'][0].colour = 'blue')), { mode: 'strict' });
  assert.ok(result.ok);
  assert.equal('colour' in result.dataset.offerings[0]!, false);
});

test('mode defaults to lenient, also with an empty options object', () => {
  const input = corrupt((d) => (d['offerings'][0].scale = ['landelijk']));
  assert.equal(parseDataset(input).ok, true);
  assert.equal(parseDataset(input, {}).ok, true);
});

test('an input too large to read is refused without reading it', () => {
  const offerings: unknown[] = [];
  offerings.length = 2 ** 32 - 1;
  const started = Date.now();
  const result = parseDataset({ ...miniDataset, offerings });
  assert.deepEqual(result.problems.map(brief), [
    { where: '', code: 'input-too-large', params: { limit: 10_000_000 }, dropped: undefined },
  ]);
  assert.ok(Date.now() - started < 1000);
});
