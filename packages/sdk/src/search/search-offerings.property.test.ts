import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Offering } from '../schema/index.js';
import { asksForText } from './asks-for-text.js';
import { dataset, fakeMatcher } from './fixture.test.js';
import { searchOfferings } from './search-offerings.js';
import { FACET_IDS, SEARCH_SORTS, type FacetId, type SearchFilters, type SearchParams, type SearchSource } from './types.js';

const valuesOf = (offering: Offering, facet: FacetId): readonly string[] =>
  facet === 'provider' ? [offering.provider] : offering[facet];
const known = (facet: FacetId) => [...new Set(dataset.offerings.flatMap((o) => valuesOf(o, facet)))];

const unicode = fc.string({ unit: 'binary', maxLength: 20 });
const words = fc.constantFrom('vertrouwen', 'wijk', 'Bewoners', 'zorg ', 'één', 'wij', 'werk leren');
const params: fc.Arbitrary<SearchParams> = fc.record(
  {
    query: fc.oneof(unicode, words, fc.constant('')),
    filters: fc.record(
      Object.fromEntries(
        FACET_IDS.map((facet) => [facet, fc.subarray([...known(facet), 'unknown-value', ''])]),
      ) as Record<FacetId, fc.Arbitrary<string[]>>,
      { requiredKeys: [] },
    ),
    sort: fc.constantFrom(...SEARCH_SORTS),
    page: fc.integer({ min: -1, max: 4 }),
    pageSize: fc.integer({ min: 1, max: 4 }),
  },
  { requiredKeys: [] },
);

/** The obvious, slow way: filter every offering, count every value. */
function reference(matcher: SearchSource, query: string, filters: SearchFilters) {
  const text = asksForText(query) ? matcher.offeringText(query) : undefined;
  const candidates = dataset.offerings.filter((o) => text === undefined || text.has(o.id));
  const passes = (o: Offering, facet: FacetId) => {
    const wanted = filters[facet] ?? [];
    return wanted.length === 0 || valuesOf(o, facet).some((v) => wanted.includes(v));
  };
  const matches = candidates.filter((o) => FACET_IDS.every((f) => passes(o, f)));
  const counts = Object.fromEntries(
    FACET_IDS.map((facet) => {
      const others = candidates.filter((o) => FACET_IDS.every((f) => f === facet || passes(o, f)));
      const tally: Record<string, number> = {};
      for (const o of others) for (const v of valuesOf(o, facet)) tally[v] = (tally[v] ?? 0) + 1;
      return [facet, tally];
    }),
  ) as Record<FacetId, Record<string, number>>;
  return { matches, counts };
}

test('property: never throws and gives the same result twice', () => {
  fc.assert(
    fc.property(params, (p) => {
      assert.deepEqual(searchOfferings(fakeMatcher(), p), searchOfferings(fakeMatcher(), p));
    }),
  );
});

test('property: matches and disjunctive counts equal the slow reference', () => {
  fc.assert(
    fc.property(params, (p) => {
      const matcher = fakeMatcher();
      const result = searchOfferings(matcher, p);
      const expected = reference(matcher, result.params.query, result.params.filters);
      assert.equal(result.total, expected.matches.length);
      for (const facet of FACET_IDS) {
        const listed = Object.fromEntries(result.facets[facet].filter((v) => v.count > 0).map((v) => [v.value, v.count]));
        assert.deepEqual(listed, expected.counts[facet], facet);
        const selected = result.facets[facet].filter((v) => v.selected).map((v) => v.value);
        assert.deepEqual(selected.sort(), [...(result.params.filters[facet] ?? [])].sort());
      }
    }),
  );
});

test('property: a value’s count is the total you get by choosing only it in its facet', () => {
  fc.assert(
    fc.property(params, (p) => {
      const result = searchOfferings(fakeMatcher(), p);
      for (const facet of FACET_IDS) {
        for (const { value, count } of result.facets[facet]) {
          const narrowed = searchOfferings(fakeMatcher(), { ...result.params, filters: { ...result.params.filters, [facet]: [value] } });
          assert.equal(narrowed.total, count, `${facet}=${value}`);
        }
      }
    }),
    { numRuns: 40 },
  );
});

test('property: provider has one value per offering, so its counts add up to the total without it', () => {
  fc.assert(
    fc.property(params, (p) => {
      const result = searchOfferings(fakeMatcher(), p);
      const withoutProvider = searchOfferings(fakeMatcher(), {
        ...result.params,
        filters: { ...result.params.filters, provider: [] },
      });
      const sum = result.facets.provider.reduce((total, v) => total + v.count, 0);
      assert.equal(sum, withoutProvider.total);
    }),
  );
});

test('property: paging, ordering and facet order hold', () => {
  fc.assert(
    fc.property(params, (p) => {
      const result = searchOfferings(fakeMatcher(), p);
      const { page, pageSize, sort, query } = result.params;
      assert.equal(result.hits.length, Math.min(result.total, (page + 1) * pageSize));
      assert.equal(result.hasMore, result.total > result.hits.length);
      assert.ok(page === 0 || page * pageSize < result.total);
      for (const values of Object.values(result.facets)) {
        for (let i = 1; i < values.length; i++) {
          const [a, b] = [values[i - 1]!, values[i]!];
          assert.ok(a.count > b.count || (a.count === b.count && a.value < b.value));
        }
      }
      if (sort === 'relevance' && asksForText(query)) {
        for (let i = 1; i < result.hits.length; i++) {
          const [a, b] = [result.hits[i - 1]!, result.hits[i]!];
          assert.ok(a.score > b.score || (a.score === b.score && a.item.id < b.item.id));
        }
      }
    }),
  );
});
