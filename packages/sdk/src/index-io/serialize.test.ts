import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Dataset } from '../schema/index.js';
import { createMatcher } from '../match/create-matcher.js';
import type { MatchInput } from '../match/types.js';
import { defaultDataset } from '../match/golden/default-dataset.fixture.test.js';
import { GOLDEN_QUESTIONS } from '../match/golden/questions.js';
import { INDEX_FORMAT_VERSION, type SerializedIndex } from './format.js';
import { loadMatcher, serializeMatcher } from './serialize.js';
import { syntheticCatalogue, syntheticQueries } from './synthetic.fixture.test.js';

function assertSameAnswers(dataset: Dataset, questions: readonly MatchInput[], texts: readonly string[]) {
  const built = createMatcher(dataset);
  const json = serializeMatcher(built);
  const loaded = loadMatcher(dataset, json);
  for (const question of questions) assert.deepEqual(loaded.match(question), built.match(question));
  for (const text of texts) assert.deepEqual(loaded.offeringText(text), built.offeringText(text));
}

test('a prebuilt index of the default dataset answers exactly like a fresh one', () => {
  const texts = GOLDEN_QUESTIONS.map((g) => g.question);
  const questions: MatchInput[] = [
    ...texts,
    { what: 'vertrouwen in de buurt', targetGroup: 'resident', scale: ['local'] },
    { what: 'leren met andere gemeenten', targetGroup: 'policymaker', learningForms: ['peer-network'], region: 'Utrecht' },
  ];
  assertSameAnswers(defaultDataset, questions, [...texts, 'masterclas', 'leerkr']);
});

test('a prebuilt index of a synthetic catalogue answers exactly like a fresh one', () => {
  const dataset = syntheticCatalogue(11, 400, 40);
  const queries = syntheticQueries(11, 40);
  assertSameAnswers(
    dataset,
    queries.map((what, i) => (i % 2 === 0 ? what : { what, targetGroup: 'professional' as const })),
    queries,
  );
});

test('building twice gives byte-identical JSON', () => {
  assert.equal(serializeMatcher(createMatcher(defaultDataset)), serializeMatcher(createMatcher(defaultDataset)));
});

test('a prebuilt index that does not fit is refused with an error naming the problem', () => {
  const serialized = createMatcher(defaultDataset).toJSON();
  const changed: Dataset = { ...defaultDataset, offerings: defaultDataset.offerings.slice(1) };
  const cases: [string | SerializedIndex, Dataset, RegExp][] = [
    [serialized, changed, /^leernetwerk: prebuilt index: built for a different dataset/],
    [{ ...serialized, version: INDEX_FORMAT_VERSION + 1 }, defaultDataset, new RegExp(`^leernetwerk: prebuilt index: format version ${INDEX_FORMAT_VERSION} expected`)],
    [{ ...serialized, format: 'other' } as unknown as SerializedIndex, defaultDataset, /not a leernetwerk-index file/],
    ['{ not json', defaultDataset, /^leernetwerk: prebuilt index: not valid JSON$/],
    [
      { ...serialized, indexes: { ...serialized.indexes, offerings: { serializationVersion: 99 } } } as unknown as SerializedIndex,
      defaultDataset,
      /^leernetwerk: prebuilt index: indexes\.offerings: cannot be loaded/,
    ],
  ];
  for (const [input, dataset, message] of cases) assert.throws(() => loadMatcher(dataset, input), { message });
  assert.throws(
    () => loadMatcher(defaultDataset, serialized, { synonyms: [{ id: 'x', terms: ['a', 'b'] }] }),
    { message: /different synonym lexicon/ },
  );
  assert.throws(
    () => loadMatcher(defaultDataset, serialized, { questions: [{ id: 'q', text: 'Vraag', consent: true }] }),
    { message: /different dataset or question pool/ },
  );
});
