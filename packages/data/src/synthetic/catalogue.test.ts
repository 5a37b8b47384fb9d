import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import * as sdk from '@leernetwerk/sdk';
import { DatasetSchema } from '@leernetwerk/sdk';
import { defaultDataset } from '../dataset.js';
import { generateCatalogue } from './catalogue.js';

test('the same seed gives an identical catalogue', () => {
  const options = { seed: 11, offerings: 300, questions: 40 };
  assert.deepEqual(generateCatalogue(options), generateCatalogue(options));
  assert.deepEqual(generateCatalogue({ seed: 'wijk', offerings: 50 }), generateCatalogue({ seed: 'wijk', offerings: 50 }));
});

test('another seed gives another catalogue', () => {
  const a = generateCatalogue({ seed: 1, offerings: 50 });
  const b = generateCatalogue({ seed: 2, offerings: 50 });
  assert.notDeepEqual(a.offerings.map((o) => o.title.nl), b.offerings.map((o) => o.title.nl));
});

test('sizes are honoured and every offering is marked synthetic with an id syn-000001 …', () => {
  const catalogue = generateCatalogue({ seed: 5, offerings: 1234, questions: 56 });
  assert.equal(catalogue.offerings.length, 1234);
  assert.equal(catalogue.sharedQuestions?.length, 56);
  catalogue.offerings.forEach((offering, i) => {
    assert.equal(offering.synthetic, true);
    assert.equal(offering.id, `syn-${String(i + 1).padStart(6, '0')}`);
  });
  assert.equal(generateCatalogue({ seed: 5, offerings: 0 }).offerings.length, 0);
  assert.equal(generateCatalogue({ seed: 5, offerings: 3 }).sharedQuestions, undefined);
});

test('the catalogue is a valid dataset with the default vocabularies and agenda', () => {
  const catalogue = generateCatalogue({ seed: 9, offerings: 2000, questions: 200 });
  const result = z.safeParse(DatasetSchema, catalogue);
  assert.equal(result.success, true, result.error ? JSON.stringify(result.error.issues.slice(0, 3)) : '');
  assert.equal(catalogue.agenda, defaultDataset.agenda);
  assert.equal(catalogue.themes, defaultDataset.themes);
  assert.equal(catalogue.learningForms, defaultDataset.learningForms);
  const themes = new Set(defaultDataset.themes.map((t) => t.id));
  const agenda = new Set(defaultDataset.agenda.map((a) => a.id));
  for (const offering of catalogue.offerings) {
    for (const theme of offering.themes) assert.ok(themes.has(theme), `${offering.id}: ${theme}`);
    for (const item of offering.agendaItems ?? []) assert.ok(agenda.has(item), `${offering.id}: ${item}`);
    if (offering.url) assert.match(offering.url, /^https:\/\/example\.org\//);
  }
  assert.equal(new Set(catalogue.sharedQuestions?.map((q) => q.id)).size, 200);
});

test('the stricter parseDataset of the SDK finds no problems in a catalogue, once it exists', (t) => {
  const parseDataset = (sdk as unknown as Record<string, unknown>).parseDataset as
    | ((input: unknown, options: { mode: 'strict' }) => { problems: unknown[] })
    | undefined;
  if (typeof parseDataset !== 'function') {
    t.skip('parseDataset is not in @leernetwerk/sdk yet');
    return;
  }
  const catalogue = generateCatalogue({ seed: 13, offerings: 1000, questions: 100 });
  assert.deepEqual(parseDataset(catalogue, { mode: 'strict' }).problems, []);
});

test('offerings vary: many titles, every theme, form, scale and direction, some optional fields', () => {
  const { offerings } = generateCatalogue({ seed: 21, offerings: 3000 });
  assert.ok(new Set(offerings.map((o) => o.title.nl)).size > 1500);
  assert.ok(new Set(offerings.map((o) => o.provider)).size > 50);
  assert.equal(new Set(offerings.flatMap((o) => o.themes)).size, defaultDataset.themes.length);
  assert.equal(new Set(offerings.flatMap((o) => o.learningForms)).size, defaultDataset.learningForms.length);
  assert.equal(new Set(offerings.flatMap((o) => o.scale)).size, 4);
  assert.equal(new Set(offerings.flatMap((o) => o.direction)).size, 2);
  for (const field of ['region', 'duration', 'url', 'contact', 'agendaItems'] as const) {
    const share = offerings.filter((o) => o[field] !== undefined).length / offerings.length;
    assert.ok(share > 0.1 && share < 0.95, `${field}: ${share}`);
  }
  for (const o of offerings.filter((o) => o.scale.includes('local'))) assert.ok(o.region, o.id);
});

test('titles and descriptions come in Dutch and English', () => {
  for (const offering of generateCatalogue({ seed: 4, offerings: 200 }).offerings) {
    assert.ok(offering.title.en && offering.title.en !== offering.title.nl, offering.id);
    assert.ok(offering.description.en && offering.description.en !== offering.description.nl, offering.id);
    assert.doesNotMatch(offering.title.nl + offering.description.nl, /\{\w+\}/, offering.id);
  }
});

test('100,000 offerings take a few seconds at most', () => {
  // CPU time, not wall time: other processes on a shared machine must not fail this test.
  const start = process.cpuUsage();
  const catalogue = generateCatalogue({ seed: 100, offerings: 100_000 });
  const used = process.cpuUsage(start);
  const seconds = (used.user + used.system) / 1e6;
  assert.equal(catalogue.offerings.length, 100_000);
  assert.ok(seconds < 5, `${seconds.toFixed(1)} s of CPU`);
});

test('bad options fail with the place named and no value echoed', () => {
  assert.throws(() => generateCatalogue({ seed: 1, offerings: -1 }), /^RangeError: leernetwerk: generateCatalogue: offerings: expected a whole number/);
  assert.throws(() => generateCatalogue({ seed: 1, offerings: 2.5 }), /offerings/);
  assert.throws(() => generateCatalogue({ seed: 1, offerings: 1, questions: Number.NaN }), /questions/);
  assert.throws(() => generateCatalogue({ seed: {} as unknown as number, offerings: 1 }), /^TypeError: leernetwerk: generateCatalogue: seed/);
});
