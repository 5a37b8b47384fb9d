import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fakeMatcher } from './fixture.test.js';
import { createOfferingFinder } from './offering-finder.js';
import type { FacetId, SearchResult, SearchSort } from './types.js';

function recorded(initial = {}) {
  const finder = createOfferingFinder(fakeMatcher(), initial);
  const seen: SearchResult[] = [];
  const stop = finder.subscribe((state) => seen.push(state));
  return { finder, seen, stop };
}

test('actions change the state and notify with it', () => {
  const { finder, seen } = recorded({ pageSize: 2 });
  finder.refine('vertrouwen');
  finder.toggleFacet('provider', 'Movisie');
  assert.equal(seen.length, 2);
  assert.equal(seen[1], finder.getState());
  assert.deepEqual(finder.getState().hits.map((hit) => hit.item.id), ['o1', 'o8']);
  finder.toggleFacet('provider', 'Movisie');
  assert.equal(finder.getState().total, 3);
  finder.clearFilters();
  assert.equal(seen.length, 3, 'clearing nothing is no change');
});

test('refine, toggleFacet, clearFilters and setSort start again at page 0; showMore adds a page', () => {
  const { finder } = recorded({ pageSize: 1 });
  const backToFirstPage: [string, () => void][] = [
    ['refine', () => finder.refine('wijk')],
    ['toggleFacet', () => finder.toggleFacet('scale', 'local')],
    ['clearFilters', () => finder.clearFilters()],
    ['setSort', () => finder.setSort('provider')],
  ];
  for (const [name, action] of backToFirstPage) {
    finder.showMore();
    assert.equal(finder.getState().params.page, 1, `${name}: showMore`);
    action();
    assert.equal(finder.getState().params.page, 0, name);
  }
  assert.equal(finder.getState().hits.length, 1);
  finder.showMore();
  assert.equal(finder.getState().hits.length, 2);
});

test('no notification when nothing changes', () => {
  const { finder, seen } = recorded({ query: 'wijk' });
  finder.refine('wijk');
  finder.setSort('relevance');
  finder.toggleFacet('scale', 'landelijk');
  finder.toggleFacet('nonsense' as FacetId, 'x');
  finder.setSort('bogus' as SearchSort);
  finder.setParams({ query: 'wijk', filters: { scale: [] } });
  finder.showMore();
  assert.equal(finder.getState().hasMore, false);
  assert.deepEqual(seen, []);
});

test('a facet value the dataset lacks, or clearing no filters, changes nothing: not even the page', () => {
  const { finder, seen } = recorded({ pageSize: 2 });
  finder.showMore();
  assert.equal(seen.length, 1);
  const before = finder.getState();
  finder.toggleFacet('scale', 'landelijk');
  finder.toggleFacet('provider', 'Geen Aanbieder');
  finder.toggleFacet('themes', '  ');
  finder.clearFilters();
  assert.equal(finder.getState(), before);
  assert.equal(before.params.page, 1);
  assert.equal(seen.length, 1);

  finder.toggleFacet('scale', 'local');
  finder.showMore();
  const filtered = finder.getState();
  assert.equal(filtered.params.page, 1);
  finder.toggleFacet('scale', ' local ');
  assert.equal(finder.getState(), filtered, 'the same value once more, untrimmed, is no change either');
  assert.equal(seen.length, 3);
});

test('showMore stops at the last page', () => {
  const { finder, seen } = recorded({ pageSize: 3 });
  for (let i = 0; i < 5; i++) finder.showMore();
  assert.equal(seen.length, 2);
  assert.equal(finder.getState().hits.length, 8);
});

test('setParams replaces the parameters; unsubscribe stops notifications', () => {
  const { finder, seen, stop } = recorded({ query: 'wijk', sort: 'title' });
  finder.setParams({ filters: { direction: ['vertical'] } });
  assert.deepEqual(finder.getState().params, {
    query: '',
    filters: { direction: ['vertical'] },
    sort: 'relevance',
    page: 0,
    pageSize: 10,
  });
  stop();
  stop();
  finder.refine('buurt');
  assert.equal(seen.length, 1);
});

test('a listener that unsubscribes another during notification does not break the round', () => {
  const finder = createOfferingFinder(fakeMatcher());
  const calls: string[] = [];
  let stopSecond = () => {};
  finder.subscribe(() => {
    calls.push('first');
    stopSecond();
  });
  stopSecond = finder.subscribe(() => calls.push('second'));
  finder.refine('wijk');
  finder.refine('buurt');
  assert.deepEqual(calls, ['first', 'second', 'first']);
});
