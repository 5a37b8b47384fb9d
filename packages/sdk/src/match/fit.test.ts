import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher, DEFAULT_MIN_FIT } from './create-matcher.js';
import { smallDataset } from './fixture.test.js';
import { defaultDataset } from './golden/default-dataset.fixture.test.js';

const TRUST = 'Hoe krijgen we bewoners weer vertrouwen in de gemeente?';
const GUTTERS = 'Welke kleur geven we de dakgoten van het stadhuis?';

const matcher = createMatcher(defaultDataset);

test('default dataset: a question about gutter paint fits nothing, though its best text hit scores about 1', () => {
  const result = matcher.match(GUTTERS);
  assert.ok(result.agenda.length > 0, 'one word ("stadhuis") still finds agenda items');
  assert.ok(result.agenda[0]!.score > 0.9, 'relative score of the best hit');
  assert.ok(result.agenda[0]!.coverage < 0.5, 'but it covers a small part of the question');
  assert.ok(result.fit.best < DEFAULT_MIN_FIT);
  assert.equal(result.nothingFits, true);
});

test('default dataset: the trust question fits priority 5, which covers all of it', () => {
  const result = matcher.match(TRUST);
  assert.equal(result.agenda[0]?.item.id, 'priority-5');
  assert.equal(result.agenda[0]?.coverage, 1);
  assert.equal(result.fit.agenda, result.agenda[0]!.score);
  assert.ok(result.fit.best >= DEFAULT_MIN_FIT);
  assert.equal(result.nothingFits, false);
});

test('minFit moves the bar; out-of-range values are clamped and nonsense falls back to the default', () => {
  const gutters = matcher.match(GUTTERS);
  assert.equal(matcher.match(GUTTERS, { minFit: gutters.fit.best }).nothingFits, false);
  assert.equal(matcher.match(GUTTERS, { minFit: 0.1 }).nothingFits, false);
  assert.equal(matcher.match(TRUST, { minFit: 2 }).nothingFits, matcher.match(TRUST, { minFit: 1 }).nothingFits);
  assert.equal(matcher.match(GUTTERS, { minFit: Number.NaN }).nothingFits, true);
  assert.equal(matcher.match('', { minFit: 0 }).nothingFits, true, 'nothing found never fits');
});

test('fit looks past the limit: it is the same with limit 0 and limit 10', () => {
  for (const question of [TRUST, GUTTERS]) {
    const all = matcher.match(question);
    const none = matcher.match(question, { limit: 0 });
    assert.deepEqual([none.agenda.length, none.offerings.length], [0, 0]);
    assert.deepEqual(none.fit, all.fit);
    assert.equal(none.nothingFits, all.nothingFits);
  }
});

test('coverage is the share of meaningful words matched; stop words do not count', () => {
  const small = createMatcher(smallDataset());
  const one = small.match('vertrouwen');
  assert.equal(one.agenda[0]?.coverage, 1);
  const half = small.match('vertrouwen dakgoten');
  assert.equal(half.agenda[0]?.item.id, 'trust');
  assert.equal(half.agenda[0]?.coverage, 0.5);
  assert.equal(small.match('het vertrouwen en de dakgoten').agenda[0]?.coverage, 0.5, 'stop words left out');
  assert.equal(half.fit.agenda, half.agenda[0]!.score * 0.5);
});

test('a phrase of stop words ("wij-zij") counts as one word', () => {
  const result = matcher.match('wij-zij');
  assert.equal(result.agenda[0]?.coverage, 1);
  assert.equal(result.nothingFits, false);
});

test('a question of choices only has nothing to miss: coverage 1, fit is the score', () => {
  const small = createMatcher(smallDataset());
  const result = small.match({ themes: ['safety'] });
  assert.equal(result.agenda[0]?.item.id, 'safety-gap');
  assert.equal(result.agenda[0]?.coverage, 1);
  assert.equal(result.fit.agenda, result.agenda[0]!.score);
});

test('an offering brought in only by its agenda link covers none of the words', () => {
  const small = createMatcher(smallDataset());
  const linked = small.match('vertrouwen van bewoners').offerings.find((r) => r.item.id === 'linked-only');
  assert.ok(linked);
  assert.equal(linked.coverage, 0);
});
