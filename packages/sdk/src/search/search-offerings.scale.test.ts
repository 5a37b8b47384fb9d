import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeGaps } from '../gaps/analyze-gaps.js';
import { DIRECTIONS, DOMAIN_SCOPES, LEARNING_FORMS, SCALES, TARGET_GROUPS, type Dataset, type Offering } from '../schema/index.js';
import { dataset } from './fixture.test.js';
import { searchIndexOf } from './search-index.js';
import { searchOfferings } from './search-offerings.js';
import type { OfferingTextHit, SearchParams } from './types.js';

/** xorshift32: the same catalogue on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const SIZE = 100_000;
const next = random(42);
const some = <T>(values: readonly T[]): T[] => [
  ...new Set(Array.from({ length: 1 + Math.floor(next() * 2) }, () => values[Math.floor(next() * values.length)]!)),
];
const themes = dataset.themes.map((theme) => theme.id);
const offerings: Offering[] = Array.from({ length: SIZE }, (_, i) => ({
  id: `synthetic-${i}`,
  title: { nl: `Aanbod ${Math.floor(next() * 1e9).toString(36)}` },
  provider: `Aanbieder ${Math.floor(next() * 5000)}`,
  description: { nl: 'Synthetisch' },
  themes: some(themes),
  targetGroups: some(TARGET_GROUPS),
  learningForms: some(LEARNING_FORMS),
  scale: some(SCALES),
  direction: some(DIRECTIONS),
  domainScope: some(DOMAIN_SCOPES),
  synthetic: true,
}));
const big: Dataset = { ...dataset, offerings };
const text = new Map<string, OfferingTextHit>();
for (let i = 0; i < SIZE; i += 3) text.set(`synthetic-${i}`, { score: next(), terms: ['wijk'], match: { wijk: ['title'] } });
const matcher = { dataset: big, offeringText: () => text };

const time = (run: () => void): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

// Timings on a shared machine vary, so bounds are loose and searches are weighed against the build.
test('at 100k offerings, columns are built once and a search costs far less than that build', () => {
  const build = time(() => searchIndexOf(big));
  assert.ok(build < 10_000, `index build took ${build.toFixed(0)} ms`);
  const index = searchIndexOf(big);
  const keystrokes: SearchParams[] = [
    {},
    { query: 'wijk' },
    { query: 'wijk', filters: { scale: ['local', 'regional'], direction: ['vertical'] }, sort: 'title' },
    { filters: { themes: ['safety', 'housing'], provider: ['Aanbieder 7'] }, sort: 'provider', page: 3 },
  ];
  for (const params of keystrokes) {
    let total = -1;
    const took = time(() => {
      total = searchOfferings(matcher, params).total;
    });
    assert.ok(took < 1000 && took < build / 2, `${JSON.stringify(params)} took ${took.toFixed(0)} ms, build ${build.toFixed(0)} ms`);
    assert.ok(total > 0);
  }
  assert.equal(searchIndexOf(big), index);
});

test('at 100k offerings, the gap analysis stays under three seconds', () => {
  const took = time(() => analyzeGaps(big, { matcher: { match: () => assert.fail('no questions') } }));
  assert.ok(took < 3000, `analyzeGaps took ${took.toFixed(0)} ms`);
});
