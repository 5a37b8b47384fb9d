import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { syntheticCatalogue, syntheticQueries } from '../index-io/synthetic.fixture.test.js';
import { runInSlices } from '../internal/slices.js';
import { hasSearchIndex } from '../search/search-index.js';
import { createMatcher, createMatcherAsync, matcherSteps } from './create-matcher.js';
import { defaultDataset } from './golden/default-dataset.fixture.test.js';

const QUERIES = syntheticQueries(7, 12);

test('createMatcherAsync builds the very matcher createMatcher builds (synthetic catalogues)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: 500 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 8 }), async (seed, offerings, questions) => {
      const dataset = syntheticCatalogue(seed, offerings, questions);
      const built = createMatcher(dataset);
      const sliced = await createMatcherAsync(dataset);
      assert.deepEqual(sliced.toJSON(), built.toJSON());
      for (const query of QUERIES.slice(0, 4)) {
        assert.deepEqual(sliced.match(query), built.match(query));
        assert.deepEqual(sliced.search({ query }), built.search({ query }));
      }
    }),
    { numRuns: 25 },
  );
});

test('createMatcherAsync loads a prebuilt index as createMatcher does, and refuses one that does not fit', async () => {
  const dataset = syntheticCatalogue(21, 150, 10);
  const built = createMatcher(dataset);
  const prebuilt = JSON.parse(JSON.stringify(built));
  const loaded = await createMatcherAsync(dataset, { prebuilt });
  // A loaded index lists its terms in another order than a built one; sync and async loading agree.
  assert.deepEqual(loaded.toJSON(), createMatcher(dataset, { prebuilt }).toJSON());
  for (const query of QUERIES) assert.deepEqual(loaded.match(query), built.match(query));
  await assert.rejects(createMatcherAsync(defaultDataset, { prebuilt }), /^Error: leernetwerk: prebuilt index: built for a different dataset/);
  const broken = { ...prebuilt, indexes: { ...prebuilt.indexes, offerings: { index: 7 } } };
  await assert.rejects(createMatcherAsync(dataset, { prebuilt: broken }), /indexes\.offerings: cannot be loaded/);
});

test('createMatcherAsync stops when aborted', async () => {
  await assert.rejects(createMatcherAsync(defaultDataset, { signal: AbortSignal.abort() }), { name: 'AbortError' });
});

/** Runs the matcher's units with a clock that counts units, and returns how many units each slice held. */
async function sliceSizes(...args: Parameters<typeof matcherSteps>): Promise<number[]> {
  let units = 0;
  let start = 0;
  const sizes: number[] = [];
  await runInSlices(matcherSteps(...args), {
    now: () => units++,
    sliceMs: 25,
    pause: async () => {
      sizes.push(units - start);
      start = units;
    },
  });
  return sizes;
}

test('building takes a unit per document and loading a few hundred terms per unit, so slices stay small', async () => {
  const dataset = syntheticCatalogue(5, 400, 30);
  const documents = dataset.offerings.length + dataset.agenda.length + (dataset.sharedQuestions?.length ?? 0);
  const building = await sliceSizes(dataset, {});
  // The clock moves one tick per unit: every slice holds the same number of units, and there are
  // as many units as documents at least, so a unit never spans a whole collection.
  assert.ok(building.length * 25 >= documents - 25, `${building.length} slices for ${documents} documents`);
  assert.ok(building.every((size) => size <= 26));
  const loading = await sliceSizes(dataset, { prebuilt: JSON.parse(JSON.stringify(createMatcher(dataset))) });
  // Loading checks the fingerprint one record per unit first, then loads the terms.
  assert.ok(loading.length * 25 >= dataset.offerings.length - 25, `${loading.length} slices`);
});

/** How many units a run of the matcher's steps takes. */
function unitCount(steps: ReturnType<typeof matcherSteps>): number {
  let units = 0;
  while (!steps.next().done) units++;
  return units;
}

test('createMatcherAsync makes the facet columns ahead of the first search; createMatcher leaves them to it', async () => {
  const dataset = syntheticCatalogue(9, 120, 5);
  createMatcher(dataset);
  assert.equal(hasSearchIndex(dataset), false);
  const matcher = await createMatcherAsync(dataset);
  assert.equal(hasSearchIndex(dataset), true);
  assert.deepEqual(matcher.search({ query: QUERIES[0]! }), createMatcher({ ...dataset }).search({ query: QUERIES[0]! }));
});

test('the warm-up comes in units (a thousand offerings of one facet column each), not as one long task', () => {
  const dataset = syntheticCatalogue(3, 2500, 0);
  const cold = unitCount(matcherSteps(dataset, {}));
  const warm = unitCount(matcherSteps({ ...dataset }, {}, { warmUp: true }));
  // Per facet column at least three units (2,500 offerings), besides positions, sorts and lookups.
  assert.ok(warm - cold >= 3 * 7, `${warm - cold} warm-up units`);
});
