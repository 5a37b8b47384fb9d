import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createMatcher } from '../match/index.js';
import { dataset } from './fixture.test.js';
import { createOfferingFinder } from './offering-finder.js';
import { searchOfferings } from './search-offerings.js';
import { FACET_IDS, SEARCH_SORTS, type SearchParams } from './types.js';

const matcher = createMatcher(dataset);
const ids = (params: SearchParams) => searchOfferings(matcher, params).hits.map((hit) => hit.item.id);

test('with the real matcher: Dutch full text tolerates typos', () => {
  const exact = ids({ query: 'vertrouwen' });
  assert.ok(exact.includes('o1') && exact.includes('o8'));
  assert.deepEqual(ids({ query: 'vertrouwn' }), exact);
});

test('with the real matcher: hits are the text hits that pass the filters, best first', () => {
  const query = 'zorg en veiligheid';
  const text = matcher.offeringText(query);
  const result = searchOfferings(matcher, { query, filters: { direction: ['horizontal'] } });
  const expected = dataset.offerings.filter((o) => text.has(o.id) && o.direction.includes('horizontal')).map((o) => o.id);
  assert.deepEqual(result.hits.map((hit) => hit.item.id).sort(), expected.sort());
  assert.ok(result.total > 0);
  for (const hit of result.hits) {
    assert.equal(hit.score, text.get(hit.item.id)!.score);
    assert.equal(hit.reasons[0]!.code, 'term');
    assert.deepEqual(hit.reasons.at(-1), { code: 'direction', weight: 0, params: { direction: 'horizontal' } });
  }
  const scores = result.hits.map((hit) => hit.score);
  assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
});

test('with the real matcher: a text hit names the query’s own words, however they matched', () => {
  const typo = matcher.offeringText('vertrouwn');
  assert.ok(typo.size > 0);
  for (const hit of typo.values()) {
    assert.deepEqual(hit.terms, ['vertrouwn']);
    assert.deepEqual(Object.keys(hit.match), ['vertrouwn']);
  }
  const inflected = matcher.offeringText('Wijken en Vertrouwen').get('o1');
  assert.deepEqual(inflected?.terms, ['wijken', 'vertrouwen'], 'normalised, in query order, stop words left out');
  const result = searchOfferings(matcher, { query: 'vertrouwn' });
  assert.deepEqual(result.hits[0]?.reasons[0]?.params.terms, ['vertrouwn']);
});

test('with the real matcher: the finder narrows as you type', () => {
  const finder = createOfferingFinder(matcher);
  finder.refine('wijkagent');
  const first = finder.getState().total;
  finder.toggleFacet('scale', 'national');
  assert.ok(finder.getState().total <= first);
  assert.ok(finder.getState().hits.every((hit) => hit.item.scale.includes('national')));
});

const knownOrJunk = (facet: (typeof FACET_IDS)[number]) =>
  fc.subarray([...new Set(dataset.offerings.flatMap((o) => (facet === 'provider' ? [o.provider] : o[facet])))].concat(['x', '']));

test('property: with the real matcher, arbitrary Unicode queries and params never throw and repeat exactly', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.record(Object.fromEntries(FACET_IDS.map((f) => [f, knownOrJunk(f)])), { requiredKeys: [] }),
      fc.constantFrom(...SEARCH_SORTS),
      fc.integer({ min: -3, max: 5 }),
      (query, filters, sort, page) => {
        const params = { query, filters, sort, page, pageSize: 2 };
        const once = searchOfferings(matcher, params);
        assert.deepEqual(searchOfferings(matcher, params), once);
        assert.ok(once.hits.length <= once.total);
      },
    ),
    { numRuns: 150 },
  );
});
