import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Dataset } from '../schema/index.js';
import { agendaItemTexts, DEFAULT_AGENDA_MIN_FIT, offeringsForAgendaItem } from './agenda-offerings.js';
import { createMatcher } from './create-matcher.js';
import { offering } from './fixture.test.js';
import { defaultDataset } from './golden/default-dataset.fixture.test.js';

const matcher = createMatcher(defaultDataset);
const item = (id: string) => defaultDataset.agenda.find((a) => a.id === id)!;
const linkedTo = (dataset: Dataset, id: string) => dataset.offerings.filter((o) => o.agendaItems?.includes(id)).map((o) => o.id);

test('every agenda item: linked offerings first and always, then exactly the offerings whose best fit reaches minFit', () => {
  for (const minFit of [0, DEFAULT_AGENDA_MIN_FIT, 0.5, 1]) {
    for (const agendaItem of defaultDataset.agenda) {
      const best = new Map<string, number>();
      for (const text of agendaItemTexts(agendaItem)) {
        for (const r of matcher.match(text, { limit: 1000 }).offerings) best.set(r.item.id, Math.max(best.get(r.item.id) ?? 0, r.score * r.coverage));
      }
      const linked = linkedTo(defaultDataset, agendaItem.id);
      const found = [...best].filter(([id, fit]) => !linked.includes(id) && fit > 0 && fit >= minFit).map(([id]) => id);
      const result = offeringsForAgendaItem(matcher, agendaItem, { minFit });
      const where = `${agendaItem.id} at ${minFit}`;
      assert.deepEqual(new Set(result.filter((r) => r.linked).map((r) => r.offering.id)), new Set(linked), where);
      assert.deepEqual(new Set(result.filter((r) => !r.linked).map((r) => r.offering.id)), new Set(found), where);
      assert.equal(new Set(result.map((r) => r.offering.id)).size, result.length, `${where}: no duplicates`);
      assert.ok(result.slice(0, linked.length).every((r) => r.linked), `${where}: linked first`);
      const rest = result.slice(linked.length).map((r) => r.fit);
      assert.deepEqual(rest, [...rest].sort((a, b) => b - a), `${where}: by fit`);
      for (const r of result) assert.equal(r.fit, best.get(r.offering.id) ?? 0);
    }
  }
});

test('a higher minFit finds fewer offerings; the default finds some for items the catalogue serves', () => {
  let atDefault = 0;
  for (const agendaItem of defaultDataset.agenda) {
    const low = offeringsForAgendaItem(matcher, agendaItem, { minFit: 0.1 }).length;
    const standard = offeringsForAgendaItem(matcher, agendaItem).length;
    const high = offeringsForAgendaItem(matcher, agendaItem, { minFit: 0.6 }).length;
    assert.ok(low >= standard && standard >= high, agendaItem.id);
    atDefault += standard;
  }
  assert.ok(atDefault > 0);
  for (const id of ['priority-5', 'org-vertical', 'gap-3']) assert.ok(offeringsForAgendaItem(matcher, item(id)).length > 0, id);
  // Nonsense options fall back to the default.
  assert.deepEqual(offeringsForAgendaItem(matcher, item('gap-2'), { minFit: Number.NaN }), offeringsForAgendaItem(matcher, item('gap-2')));
});

test('a linked offering counts even when nothing in its text fits; an unrelated catalogue gives nothing', () => {
  const unrelated = offering({ id: 'bike-sheds', title: { nl: 'Fietsenstallingen ontwerpen' }, description: { nl: 'Over dakgoten en stallingen.' } });
  const linked = offering({ ...unrelated, id: 'linked-sheds', agendaItems: ['gap-2'] });
  const dataset: Dataset = { ...defaultDataset, offerings: [unrelated, linked] };
  const small = createMatcher(dataset);
  assert.deepEqual(
    offeringsForAgendaItem(small, item('gap-2'), { minFit: 1 }).map((r) => [r.offering.id, r.linked]),
    [['linked-sheds', true]],
  );
  assert.deepEqual(offeringsForAgendaItem(createMatcher({ ...dataset, offerings: [unrelated] }), item('gap-2')), []);
});
