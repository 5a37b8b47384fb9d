import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runToEnd } from '../internal/slices.js';
import { defaultDataset } from '../match/golden/default-dataset.fixture.test.js';
import { datasetFingerprint } from './format.js';
import { canonicalHashSteps, canonicalJson, hash64 } from './hash.js';

const streamed = (value: unknown, depth?: number) => runToEnd(canonicalHashSteps(value, depth));

test('the streamed hash equals hashing the canonical JSON text, for any JSON-like value', () => {
  const key = fc.oneof(fc.string(), fc.constantFrom('0', '10', '2', '__proto__', 'a"b', 'é'));
  const value = fc.letrec((tie) => ({
    leaf: fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
    ),
    node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node')), fc.dictionary(key, tie('node'))),
  })).node;
  fc.assert(
    fc.property(fc.dictionary(key, value), fc.integer({ min: 0, max: 4 }), (input, depth) => {
      assert.equal(streamed(input, depth), hash64(canonicalJson(input)));
    }),
    { numRuns: 400 },
  );
});

test('the streamed hash honours toJSON as JSON.stringify does', () => {
  const input = { when: new Date(Date.UTC(2024, 0, 2)), list: [new Date(0), { toJSON: (key: string) => `at ${key}` }] };
  assert.equal(streamed(input), hash64(canonicalJson(input)));
});

test('the dataset fingerprint is still the hash of the canonical JSON (prebuilt indexes keep loading)', () => {
  assert.equal(datasetFingerprint(defaultDataset, []), hash64(canonicalJson({ dataset: defaultDataset, questions: [] })));
});

test('the fingerprint takes one unit of work per record', () => {
  const steps = canonicalHashSteps({ dataset: defaultDataset, questions: [] });
  let units = 0;
  while (!steps.next().done) units++;
  assert.ok(units >= defaultDataset.offerings.length + defaultDataset.agenda.length + defaultDataset.themes.length);
});
