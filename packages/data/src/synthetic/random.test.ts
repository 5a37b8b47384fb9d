import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom, weights } from './random.js';

const draw = (seed: number | string, n = 20) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

test('the same seed gives the same sequence; another seed another one', () => {
  assert.deepEqual(draw(42), draw(42));
  assert.deepEqual(draw('wijk'), draw('wijk'));
  assert.notDeepEqual(draw(42), draw(43));
  assert.notDeepEqual(draw('wijk'), draw('buurt'));
});

test('numbers stay in [0, 1) and spread evenly', () => {
  const values = draw(7, 20_000);
  assert.ok(values.every((v) => v >= 0 && v < 1));
  const buckets = new Array(10).fill(0) as number[];
  for (const v of values) buckets[Math.floor(v * 10)]!++;
  for (const count of buckets) assert.ok(count > 1700 && count < 2300, `bucket ${count}`);
});

test('sample draws distinct items, never more than there are', () => {
  const random = createRandom(1);
  const sample = random.sample(['a', 'b', 'c', 'd'], 3);
  assert.equal(new Set(sample).size, 3);
  assert.equal(random.sample(['a', 'b'], 5).length, 2);
});

test('weighted draws follow the weights', () => {
  const random = createRandom(3);
  const table = weights([['rare', 1], ['common', 9]] as const);
  let common = 0;
  for (let i = 0; i < 10_000; i++) if (random.weighted(table) === 'common') common++;
  assert.ok(common > 8700 && common < 9300, `common ${common}`);
});
