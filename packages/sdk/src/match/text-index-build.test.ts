import { test } from 'node:test';
import assert from 'node:assert/strict';
import MiniSearch from 'minisearch';
import { syntheticCatalogue } from '../index-io/synthetic.fixture.test.js';
import type { Dataset } from '../schema/index.js';
import { createAnalyzer, getDefaultAnalyzer } from '../text/index.js';
import { defaultDataset } from './golden/default-dataset.fixture.test.js';
import {
  agendaDocument,
  AGENDA_FIELDS,
  FIELD_BOOSTS,
  offeringDocument,
  OFFERING_FIELDS,
  type IndexDocument,
} from './documents.js';
import { buildTextIndex, indexOptions, loadTextIndex } from './text-index-build.js';

const analyzer = getDefaultAnalyzer();

function plainBuild(fields: readonly string[], documents: readonly IndexDocument[], a = analyzer) {
  const index = new MiniSearch<IndexDocument>(indexOptions(fields, a));
  index.addAll(documents);
  return index;
}

function cases(dataset: Dataset) {
  return [
    { fields: OFFERING_FIELDS, documents: dataset.offerings.map((o) => offeringDocument(dataset, o)) },
    { fields: AGENDA_FIELDS, documents: dataset.agenda.map((a) => agendaDocument(dataset, a)) },
  ];
}

test('the fast build writes exactly what MiniSearch addAll writes (default and synthetic data)', () => {
  for (const dataset of [defaultDataset, syntheticCatalogue(5, 300, 0)]) {
    for (const { fields, documents } of cases(dataset)) {
      const fast = buildTextIndex(fields, FIELD_BOOSTS.offerings, documents, analyzer);
      const plain = plainBuild(fields, documents);
      assert.deepEqual(fast.index.toJSON(), plain.toJSON());
      const terms = plain.toJSON().index.map(([term]) => term);
      assert.deepEqual([...fast.vocabulary].sort(), terms.sort());
    }
  }
});

test('the fast build counts repeated words, empty fields and phrases as addAll does', () => {
  const own = createAnalyzer({ synonyms: [{ id: 'polarisatie', terms: ['wij zij', 'polarisatie'] }] });
  const documents: IndexDocument[] = [
    { id: 'a', text: 'Wij zij wij zij: polarisatie, polarisatie en nog eens POLARISATIE', other: '' },
    { id: 'b', text: 'de het een', other: 'buurtbewoners buurtbewoners wijkaanpak' },
    { id: 'c', text: 'Café in België — één', other: 'wij zij' },
  ];
  const fields = ['text', 'other'];
  const fast = buildTextIndex(fields, {}, documents, own);
  assert.deepEqual(fast.index.toJSON(), plainBuild(fields, documents, own).toJSON());
});

test('a loaded index equals what MiniSearch.loadJS loads, and searches the same', () => {
  const dataset = syntheticCatalogue(9, 200, 0);
  const documents = dataset.offerings.map((o) => offeringDocument(dataset, o));
  const built = buildTextIndex(OFFERING_FIELDS, FIELD_BOOSTS.offerings, documents, analyzer);
  const json = JSON.parse(JSON.stringify(built.index));
  const loaded = loadTextIndex(OFFERING_FIELDS, FIELD_BOOSTS.offerings, json, analyzer);
  const reference = MiniSearch.loadJS<IndexDocument>(json, indexOptions(OFFERING_FIELDS, analyzer));
  assert.deepEqual(loaded.index.toJSON(), reference.toJSON());
  assert.deepEqual(loaded.vocabulary, built.vocabulary);
  for (const query of ['buurt', 'taalachterstand middelburg', 'training']) {
    assert.deepEqual(loaded.index.search(query), built.index.search(query));
  }
});

test('a duplicate id is refused as addAll refuses it', () => {
  const documents: IndexDocument[] = [
    { id: 'a', text: 'een' },
    { id: 'a', text: 'twee' },
  ];
  assert.throws(() => buildTextIndex(['text'], {}, documents, analyzer), /duplicate id/);
});
