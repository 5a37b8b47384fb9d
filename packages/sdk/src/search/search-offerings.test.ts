import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { DatasetSchema } from '../schema/index.js';
import { dataset, fakeMatcher } from './fixture.test.js';
import { searchOfferings } from './search-offerings.js';
import { searchIndexOf } from './search-index.js';
import type { FacetId, SearchParams, SearchResult } from './types.js';

const ids = (result: SearchResult) => result.hits.map((hit) => hit.item.id);
const counts = (result: SearchResult, facet: FacetId) =>
  Object.fromEntries(result.facets[facet].map((v) => [v.value, v.count]));

test('the fixture is a valid dataset', () => {
  assert.equal(z.safeParse(DatasetSchema, dataset).success, true);
});

test('an empty query browses every offering in title order, ignoring case and accents', () => {
  const result = searchOfferings(fakeMatcher());
  assert.equal(result.total, 8);
  assert.deepEqual(ids(result), ['o7', 'o6', 'o5', 'o2', 'o3', 'o4', 'o8', 'o1']);
  assert.ok(result.hits.every((hit) => hit.score === 0 && hit.reasons.length === 0));
  assert.equal(result.hasMore, false);
});

test('a query of only punctuation or stop words browses too, without asking the matcher', () => {
  const matcher = fakeMatcher();
  for (const query of [' ?! ', 'de ', 'Het en de']) assert.equal(searchOfferings(matcher, { query }).total, 8, query);
  assert.deepEqual(matcher.calls, []);
  searchOfferings(matcher, { query: 'de wijk' });
  assert.deepEqual(matcher.calls, ['de wijk']);
});

test('full text ranks by score, ties by id, and explains the matched terms and fields', () => {
  const result = searchOfferings(fakeMatcher(), { query: 'vertrouwen' });
  assert.deepEqual(ids(result), ['o1', 'o8', 'o7']);
  assert.deepEqual(
    result.hits.map((hit) => hit.score),
    [2, 2, 1],
  );
  assert.deepEqual(result.hits[2]!.reasons, [
    { code: 'term', weight: 1, params: { terms: ['vertrouwen'], fields: ['description'] } },
  ]);
});

const table: { name: string; params: SearchParams; total: number; facets: Partial<Record<FacetId, Record<string, number>>> }[] = [
  {
    name: 'one value: its own facet counts ignore it, the others respect it',
    params: { filters: { scale: ['local'] } },
    total: 3,
    facets: {
      scale: { local: 3, regional: 3, national: 2, organisation: 1 },
      direction: { horizontal: 3, vertical: 1 },
      provider: { KIS: 1, 'LSA Bewoners': 1, Movisie: 1 },
    },
  },
  {
    name: 'values within a facet are alternatives',
    params: { filters: { scale: ['local', 'regional'] } },
    total: 5,
    facets: { direction: { horizontal: 3, vertical: 3 } },
  },
  {
    name: 'facets combine with AND, each counted without its own selection',
    params: { filters: { scale: ['local', 'regional'], direction: ['vertical'] } },
    total: 3,
    facets: {
      scale: { regional: 3, local: 1 },
      direction: { horizontal: 3, vertical: 3 },
      themes: { safety: 1, 'health-care': 1, education: 1, work: 1, 'area-based-working': 1 },
    },
  },
  {
    name: 'text narrows the candidates that every facet counts',
    params: { query: 'vertrouwen', filters: { provider: ['Movisie'] } },
    total: 2,
    facets: { provider: { Movisie: 2, CCV: 1 }, scale: { local: 1, organisation: 1 } },
  },
];

for (const row of table) {
  test(`facets: ${row.name}`, () => {
    const result = searchOfferings(fakeMatcher(), row.params);
    assert.equal(result.total, row.total);
    for (const [facet, expected] of Object.entries(row.facets) as [FacetId, Record<string, number>][]) {
      assert.deepEqual(counts(result, facet), expected, facet);
    }
  });
}

test('facet values are sorted by count, then id, and selected values stay listed at zero', () => {
  const result = searchOfferings(fakeMatcher(), { query: 'vertrouwen', filters: { scale: ['national'] } });
  assert.equal(result.total, 0);
  assert.deepEqual(result.facets.scale, [
    { value: 'local', count: 1, selected: false },
    { value: 'organisation', count: 1, selected: false },
    { value: 'regional', count: 1, selected: false },
    { value: 'national', count: 0, selected: true },
  ]);
  assert.deepEqual(
    searchOfferings(fakeMatcher()).facets.scale.map((v) => v.value),
    ['local', 'regional', 'national', 'organisation'],
  );
});

test('unknown facets and values are dropped, not thrown on', () => {
  const params = { filters: { scale: ['landelijk', 'local'], bogus: ['x'], themes: [42] } } as unknown as SearchParams;
  const result = searchOfferings(fakeMatcher(), params);
  assert.deepEqual(result.params.filters, { scale: ['local'] });
  assert.equal(result.total, 3);
  assert.equal(searchOfferings(fakeMatcher(), { filters: { scale: ['landelijk'] } }).total, 8);
});

test('hits explain each selected filter value they carry; providers give no reason', () => {
  const result = searchOfferings(fakeMatcher(), {
    filters: { scale: ['local', 'regional'], direction: ['vertical'], provider: ['KIS'] },
  });
  assert.deepEqual(ids(result), ['o5']);
  assert.deepEqual(result.hits[0]!.reasons, [
    { code: 'scale', weight: 0, params: { scale: 'local' } },
    { code: 'scale', weight: 0, params: { scale: 'regional' } },
    { code: 'direction', weight: 0, params: { direction: 'vertical' } },
  ]);
});

test('sorting by title or provider is stable and deterministic', () => {
  assert.deepEqual(ids(searchOfferings(fakeMatcher(), { sort: 'provider' })), [
    'o7', 'o5', 'o4', 'o6', 'o8', 'o1', 'o2', 'o3',
  ]);
  assert.deepEqual(ids(searchOfferings(fakeMatcher(), { query: 'vertrouwen', sort: 'title' })), ['o7', 'o8', 'o1']);
});

test('show more: hits hold pages 0 … page; a page past the end is pulled back', () => {
  const second = searchOfferings(fakeMatcher(), { pageSize: 3, page: 1 });
  assert.deepEqual(ids(second), ['o7', 'o6', 'o5', 'o2', 'o3', 'o4']);
  assert.equal(second.hasMore, true);
  const beyond = searchOfferings(fakeMatcher(), { pageSize: 3, page: 9 });
  assert.equal(beyond.params.page, 2);
  assert.equal(beyond.hits.length, 8);
  assert.equal(beyond.hasMore, false);
  assert.equal(searchOfferings(fakeMatcher(), { query: 'zzz', page: 4 }).params.page, 0);
});

test('text hits for ids outside the dataset are ignored', () => {
  const matcher = { ...fakeMatcher(), offeringText: () => new Map([['ghost', { score: 9, terms: ['x'], match: { x: ['title'] } }]]) };
  assert.equal(searchOfferings(matcher, { query: 'x' }).total, 0);
});

test('facet columns are built once per dataset and shared by its matchers', () => {
  const first = searchIndexOf(dataset);
  searchOfferings(fakeMatcher(), { query: 'wijk' });
  assert.equal(searchIndexOf(fakeMatcher().dataset), first);
  assert.notEqual(searchIndexOf({ ...dataset }), first);
});
