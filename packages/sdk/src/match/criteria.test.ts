import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ReasonCode } from '../reasons.js';
import { bestScored, rankBest, scoreItems, type CriteriaRegistry, type ScoringContext } from './criteria.js';

interface Item {
  readonly id: string;
  /** The value each criterion gives this item, by criterion key. */
  readonly values: readonly number[];
}

const CODES: readonly ReasonCode[] = ['term', 'agenda-link', 'theme', 'learning-form', 'scale', 'region'];

/** Criteria that read their value from the item; weights and whether each applies are drawn. */
function registryOf(weights: readonly number[], applies: readonly boolean[]): CriteriaRegistry<Item> {
  return Object.fromEntries(
    CODES.map((code, k) => [
      code,
      { code, weight: weights[k]!, applies: () => applies[k]!, value: (item: Item) => item.values[k]!, explain: () => [{}] },
    ]),
  );
}

const context = {} as ScoringContext;
/** Values as criteria give them: often nothing, sometimes exactly 1, otherwise anything in 0..1 (and a stray out of range). */
const value = fc.oneof(fc.constant(0), fc.constant(1), fc.constantFrom(0.5, 0.25), fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(1.5), fc.constant(-0.2));
const items = fc
  .array(fc.array(value, { minLength: CODES.length, maxLength: CODES.length }), { minLength: 0, maxLength: 150, size: 'max' })
  .map((rows) => rows.map((values, i): Item => ({ id: `item-${String(i).padStart(2, '0')}`, values })));

test('rankBest returns the best items and fit that scoring every item gives', () => {
  fc.assert(
    fc.property(
      items,
      fc.array(fc.constantFrom(0, 0.02, 0.05, 0.22, 0.38), { minLength: CODES.length, maxLength: CODES.length }),
      fc.array(fc.boolean(), { minLength: CODES.length, maxLength: CODES.length }),
      fc.nat(12),
      fc.constantFrom<readonly ReasonCode[]>(['term'], ['term', 'agenda-link'], ['theme']),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 150, maxLength: 150 }),
      (list, weights, applies, limit, gate, coverages) => {
        const registry = registryOf(weights, applies);
        const coverage = (id: string) => coverages[Number(id.slice(5))]!;
        const everything = scoreItems(list, registry, context, gate);
        const expectedFit = everything.reduce((fit, { item, score }) => Math.max(fit, score * coverage(item.id)), 0);
        const { best, fit } = rankBest(list, registry, context, gate, limit, coverage);
        assert.deepEqual(best, everything.slice(0, limit));
        assert.equal(fit, expectedFit);
      },
    ),
    { numRuns: 400 },
  );
});

test('bestScored is the head of the full order, ties by id', () => {
  const scored = [
    { item: { id: 'b' }, score: 0.5 },
    { item: { id: 'a' }, score: 0.5 },
    { item: { id: 'c' }, score: 0.9 },
    { item: { id: 'd' }, score: 0.1 },
  ];
  assert.deepEqual(
    bestScored(scored, 3).map((s) => s.item.id),
    ['c', 'a', 'b'],
  );
  assert.deepEqual(bestScored(scored, 0), []);
});
