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
import { buildTextIndex, indexOptions, loadTextIndex, serializeTextIndex, type SerializedTextIndex } from './text-index-build.js';

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

/** MiniSearch's toJSON with the terms in sorted order: a loaded index inserts them in another order. */
function sortedJson(index: MiniSearch<IndexDocument>) {
  const json = index.toJSON();
  return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

test('a serialised and loaded index holds what the built one holds, and searches the same', () => {
  for (const dataset of [syntheticCatalogue(9, 200, 0), syntheticCatalogue(2, 0, 0), defaultDataset]) {
    for (const { fields, documents } of cases(dataset)) {
      const built = buildTextIndex(fields, FIELD_BOOSTS.offerings, documents, analyzer);
      const json = JSON.parse(JSON.stringify(serializeTextIndex(built, fields)));
      const loaded = loadTextIndex(fields, FIELD_BOOSTS.offerings, json, analyzer);
      assert.deepEqual(sortedJson(loaded.index), sortedJson(built.index));
      assert.deepEqual(loaded.vocabulary, built.vocabulary);
      for (const query of ['buurt', 'taalachterstand middelburg', 'training', 'vertrouwen']) {
        assert.deepEqual(loaded.index.search(query), built.index.search(query));
      }
    }
  }
});

test('a serialised index is smaller than MiniSearch toJSON', () => {
  const dataset = syntheticCatalogue(9, 300, 0);
  const { fields, documents } = cases(dataset)[0]!;
  const built = buildTextIndex(fields, FIELD_BOOSTS.offerings, documents, analyzer);
  const ours = JSON.stringify(serializeTextIndex(built, fields)).length;
  assert.ok(ours < 0.75 * JSON.stringify(built.index).length, `${ours} characters`);
});

test('a malformed or mismatched serialised index is refused, not loaded half', () => {
  const dataset = syntheticCatalogue(9, 30, 0);
  const { fields, documents } = cases(dataset)[0]!;
  const good = serializeTextIndex(buildTextIndex(fields, {}, documents, analyzer), fields);
  const bad: unknown[] = [
    { ...good, fields: ['title'] },
    { ...good, ids: 'x' },
    { ...good, ids: [...good.ids, good.ids[0]] },
    { ...good, terms: good.terms.slice(1) },
    { ...good, postings: good.postings.map((list) => list.map((n, i) => (i === 2 ? 1e9 : n))) },
    { ...good, postings: good.postings.map((list) => [...list, 0, 5]) },
    { ...good, lengths: good.lengths.slice(1) },
    { ...good, averages: good.averages.map(() => 'x') },
  ];
  for (const js of bad) {
    assert.throws(() => loadTextIndex(fields, {}, js as SerializedTextIndex, analyzer), /^Error: leernetwerk: index: malformed$/);
  }
});

test('a duplicate id is refused as addAll refuses it', () => {
  const documents: IndexDocument[] = [
    { id: 'a', text: 'een' },
    { id: 'a', text: 'twee' },
  ];
  assert.throws(() => buildTextIndex(['text'], {}, documents, analyzer), /duplicate id/);
});
