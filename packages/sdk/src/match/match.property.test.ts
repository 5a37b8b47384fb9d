import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DIRECTIONS,
  DOMAIN_SCOPES,
  DURATIONS,
  LEARNING_FORMS,
  PEER_MIXES,
  SCALES,
  TARGET_GROUPS,
} from '../schema/index.js';
import { createMatcher } from './create-matcher.js';
import { defaultDataset } from './golden/default-dataset.fixture.test.js';
import type { MatchInput, MatchResult } from './types.js';

const matcher = createMatcher(defaultDataset);
const twin = createMatcher(defaultDataset);

const words = fc.constantFrom('vertrouwen', 'wijk', 'bewoners', 'corona', 'veilgheid', 'corporatie', 'wij-zij', 'masterclas', 'é', '🏘️');
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.array(words, { maxLength: 8 }).map((list) => list.join(' ')),
);
const themeIds = fc.constantFrom(...defaultDataset.themes.map((t) => t.id), 'onbekend');

const partialQuestion = fc.record(
  {
    what: text,
    themes: fc.array(themeIds, { maxLength: 3 }),
    targetGroup: fc.constantFrom(...TARGET_GROUPS),
    scale: fc.subarray([...SCALES]),
    learningForms: fc.subarray([...LEARNING_FORMS]),
    direction: fc.constantFrom(...DIRECTIONS),
    domainScope: fc.constantFrom(...DOMAIN_SCOPES),
    peerMix: fc.constantFrom(...PEER_MIXES),
    duration: fc.constantFrom(...DURATIONS),
    region: fc.oneof(fc.constantFrom('Rotterdam', 'Utrecht'), fc.string({ maxLength: 20 })),
  },
  { requiredKeys: [] },
);

function assertWellFormed(result: MatchResult) {
  const { fit } = result;
  for (const value of [fit.agenda, fit.offerings, fit.best]) assert.ok(value >= 0 && value <= 1);
  assert.equal(fit.best, Math.max(fit.agenda, fit.offerings));
  assert.equal(result.nothingFits, !(fit.best > 0 && fit.best >= 0.5));
  for (const [list, best] of [[result.agenda, fit.agenda], [result.offerings, fit.offerings]] as const) {
    for (const ranked of list) assert.ok(ranked.score * ranked.coverage <= best);
  }
  for (const list of [result.agenda, result.offerings, result.similarQuestions]) {
    assert.ok(list.length <= 10);
    list.forEach((ranked, i) => {
      assert.ok(ranked.score > 0 && ranked.score <= 1);
      assert.ok(ranked.coverage >= 0 && ranked.coverage <= 1);
      const previous = list[i - 1];
      if (previous !== undefined) {
        assert.ok(previous.score > ranked.score || (previous.score === ranked.score && previous.item.id < ranked.item.id));
      }
    });
  }
}

test('match never throws, stays in 0..1 and is deterministic on any Unicode string', () => {
  fc.assert(
    fc.property(text, (question) => {
      const result = matcher.match(question);
      assertWellFormed(result);
      assert.deepEqual(matcher.match(question), result);
      assert.deepEqual(twin.match(question), result);
      assert.deepEqual(twin.offeringText(question), matcher.offeringText(question));
    }),
    { numRuns: 150 },
  );
});

test('match never throws and is deterministic on arbitrary partial questions', () => {
  fc.assert(
    fc.property(partialQuestion, (question) => {
      const result = matcher.match(question as MatchInput);
      assertWellFormed(result);
      assert.deepEqual(twin.match(question as MatchInput), result);
    }),
    { numRuns: 150 },
  );
});

test('match never throws on input of the wrong shape', () => {
  fc.assert(
    fc.property(fc.anything(), (input) => {
      assertWellFormed(matcher.match(input as MatchInput, { limit: 3 }));
    }),
    { numRuns: 100 },
  );
});
