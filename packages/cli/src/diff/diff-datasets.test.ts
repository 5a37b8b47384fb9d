import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffDatasets, hasChanges } from './diff-datasets.js';

const offering = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { nl: `Titel ${id}` },
  scale: ['local'],
  ...extra,
});

test('added, changed (with the fields) and removed records per collection, matched by id', () => {
  const before = {
    updated: '2021-02-11',
    offerings: [offering('a'), offering('b'), offering('c')],
    networks: [{ id: 'n1', name: 'Netwerk' }],
  };
  const after = {
    updated: '2024-01-01',
    offerings: [offering('c'), offering('b', { title: { nl: 'Titel b', en: 'Title b' }, scale: ['national'] }), offering('d')],
    networks: [{ id: 'n1', name: 'Netwerk' }],
  };
  const diff = diffDatasets(before, after);
  assert.deepEqual(diff.fields, ['updated']);
  assert.deepEqual(diff.collections, {
    offerings: { added: ['d'], changed: [{ id: 'b', fields: ['scale', 'title.en'] }], removed: ['a'] },
    networks: { added: [], changed: [], removed: [] },
  });
  assert.equal(hasChanges(diff), true);
});

test('the same data in another key order or record order has no changes', () => {
  const before = { offerings: [offering('a'), offering('b', { region: 'Noord' })] };
  const after = { offerings: [{ region: 'Noord', scale: ['local'], title: { nl: 'Titel b' }, id: 'b' }, offering('a')] };
  const diff = diffDatasets(before, after);
  assert.equal(hasChanges(diff), false);
});

test('a collection only on one side is all added or all removed; collections come in dataset order', () => {
  const diff = diffDatasets({ themes: [{ id: 't' }] }, { offerings: [offering('x')], agenda: [{ id: 'priority-1' }] });
  assert.deepEqual(Object.keys(diff.collections), ['themes', 'agenda', 'offerings']);
  assert.deepEqual(diff.collections.themes, { added: [], changed: [], removed: ['t'] });
  assert.deepEqual(diff.collections.agenda, { added: ['priority-1'], changed: [], removed: [] });
});

test('a field that appears or disappears counts as changed', () => {
  const diff = diffDatasets({ offerings: [offering('a', { url: 'https://x.nl' })] }, { offerings: [offering('a', { contact: 'c' })] });
  assert.deepEqual(diff.collections.offerings?.changed, [{ id: 'a', fields: ['contact', 'url'] }]);
});
