import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeSearchParams, searchParamsKey } from './params.js';

test('fills defaults and cleans filters', () => {
  assert.deepEqual(
    normalizeSearchParams({
      query: 'buurt',
      filters: { scale: [' regional', 'local', 'local', ''], direction: [], provider: 'Movisie', other: ['x'] },
      sort: 'newest',
      page: 2.7,
      pageSize: 500,
    }),
    { query: 'buurt', filters: { scale: ['local', 'regional'], provider: ['Movisie'] }, sort: 'relevance', page: 2, pageSize: 100 },
  );
  assert.deepEqual(normalizeSearchParams(null), { query: '', filters: {}, sort: 'relevance', page: 0, pageSize: 10 });
  assert.equal(normalizeSearchParams({ query: 'a\uD800b' }).query, 'a\uFFFDb');
});

test('property: normalizing twice changes nothing, and the key tells parameter sets apart', () => {
  fc.assert(
    fc.property(fc.anything(), fc.anything(), (a, b) => {
      const once = normalizeSearchParams(a);
      assert.deepEqual(normalizeSearchParams(once), once);
      const other = normalizeSearchParams(b);
      assert.equal(searchParamsKey(once) === searchParamsKey(other), JSON.stringify(once) === JSON.stringify(other));
    }),
  );
});
