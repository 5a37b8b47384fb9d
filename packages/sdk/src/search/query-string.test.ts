import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeSearchParams } from './params.js';
import { fromSearchQueryString, toSearchQueryString } from './query-string.js';
import { FACET_IDS, SEARCH_SORTS, type SearchParams } from './types.js';

test('writes only what differs from the defaults, in a fixed order', () => {
  assert.equal(
    toSearchQueryString({ query: 'vertrouwen', filters: { scale: ['regional', 'local'] }, sort: 'title', page: 1 }),
    'q=vertrouwen&scale=local,regional&sort=title&page=1',
  );
  assert.equal(toSearchQueryString({}), '');
  assert.equal(
    toSearchQueryString({ query: 'wonen & zorg', filters: { provider: ['Movisie, Pharos'], targetGroups: ['resident'] }, pageSize: 20 }),
    'q=wonen%20%26%20zorg&target-groups=resident&provider=Movisie%2C%20Pharos&size=20',
  );
});

test('reads what it wrote, also from URLSearchParams', () => {
  const expected = normalizeSearchParams({ query: 'vertrouwen', filters: { scale: ['local', 'regional'] }, sort: 'title', page: 1 });
  assert.deepEqual(fromSearchQueryString('?q=vertrouwen&scale=local,regional&sort=title&page=1'), expected);
  assert.deepEqual(fromSearchQueryString(new URLSearchParams('q=vertrouwen&scale=local&scale=regional&sort=title&page=1')), expected);
  assert.deepEqual(fromSearchQueryString('q=wonen+en+zorg&provider=Movisie%2C%20Pharos').filters.provider, ['Movisie, Pharos']);
  assert.equal(fromSearchQueryString('q=wonen+en+zorg').query, 'wonen en zorg');
});

test('garbage gives defaults and never throws', () => {
  const defaults = normalizeSearchParams();
  for (const input of ['', '?', '&&&', '=x', 'q=%E0%A4%A', 'page=-3&sort=random&size=', 'page=abc&size=x', '%%%=%%%', 'q&scale']) {
    assert.deepEqual(fromSearchQueryString(input), defaults, input);
  }
  assert.equal(fromSearchQueryString('size=1e9').pageSize, 100);
  assert.equal(fromSearchQueryString('size=0').pageSize, 1);
  assert.equal(fromSearchQueryString('q=a&q=b').query, 'a');
  for (const junk of [null, 5, {}, [[1, 2]], [['q']]] as unknown[]) {
    assert.deepEqual(fromSearchQueryString(junk as string), defaults);
  }
});

test('a prefix keeps several finders apart in one URL; base keeps the other keys', () => {
  const url = toSearchQueryString({ query: 'buurt', page: 2 }, { prefix: 'ln-', base: 'q=other&lang=nl&ln-q=old&ln-scale=local' });
  assert.equal(url, 'q=other&lang=nl&ln-q=buurt&ln-page=2');
  assert.equal(fromSearchQueryString(url, { prefix: 'ln-' }).query, 'buurt');
  assert.equal(fromSearchQueryString(url).query, 'other');
  assert.equal(fromSearchQueryString(url).page, 0);
});

const text = fc.string({ unit: 'binary', maxLength: 12 });
const params: fc.Arbitrary<SearchParams> = fc.record(
  {
    query: text,
    filters: fc.dictionary(fc.constantFrom(...FACET_IDS), fc.array(text, { maxLength: 3 })),
    sort: fc.constantFrom(...SEARCH_SORTS),
    page: fc.integer({ min: -2, max: 50 }),
    pageSize: fc.integer({ min: -2, max: 200 }),
  },
  { requiredKeys: [] },
);

test('property: reading what was written gives the normalized parameters back', () => {
  fc.assert(
    fc.property(params, fc.constantFrom('', 'ln-', 'x_'), (p, prefix) => {
      const written = toSearchQueryString(p, { prefix });
      assert.deepEqual(fromSearchQueryString(written, { prefix }), normalizeSearchParams(p));
      assert.deepEqual(fromSearchQueryString(`?${written}`, { prefix }), normalizeSearchParams(p));
    }),
  );
});

test('property: any string reads without throwing into valid parameters', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (input) => {
      const read = fromSearchQueryString(input);
      assert.deepEqual(normalizeSearchParams(read), read);
    }),
  );
});
