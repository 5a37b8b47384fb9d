import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { topK } from './top-k.js';

test('property: topK equals sorting everything and taking the first k', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: 50 })), fc.integer({ min: -1, max: 60 }), (items, k) => {
      const order = (a: number, b: number) => (a % 7) - (b % 7) || a - b;
      assert.deepEqual(topK(Uint32Array.from(items), k, order), [...items].sort(order).slice(0, Math.max(0, k)));
    }),
  );
});
