import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ranked } from '../../reasons.js';
import type { LearningQuestion, Offering } from '../../schema/index.js';
import { ORGANISATION_TYPES } from '../../schema/index.js';
import { formatReason } from '../../messages/index.js';
import { createMatcher } from '../create-matcher.js';
import { peerMixFit } from '../offering-criteria.js';
import { defaultDataset } from './default-dataset.fixture.test.js';

// Section 4.2: learning "met vakgenoten c.q. gelijkgestemden" or "met een mix aan perspectieven
// vanuit verschillende disciplines". The same words, asked for peers or for a mix, reorder offerings.
const matcher = createMatcher(defaultDataset);
const what = 'Hoe herstellen we het vertrouwen van bewoners in de wijk?';
const ids = (list: readonly Ranked<Offering>[]) => list.map((r) => r.item.id);
const byId = (id: string) => defaultDataset.offerings.find((o) => o.id === id)!;
const before = (list: readonly string[], a: string, b: string) => list.indexOf(a) >= 0 && list.indexOf(a) < list.indexOf(b);

test('asking for peers or for a mix of disciplines swaps a peer network and a cross-domain project', () => {
  const peerNetwork = 'lppw';
  const mixedProject = 'project-wijkprofielen-buurtagendas';
  assert.ok(peerMixFit(byId(peerNetwork), 'peers') > peerMixFit(byId(mixedProject), 'peers'));
  assert.ok(peerMixFit(byId(mixedProject), 'mixed') > peerMixFit(byId(peerNetwork), 'mixed'));

  const plain = ids(matcher.match({ what }).offerings);
  const peers = matcher.match({ what, peerMix: 'peers' }).offerings;
  const mixed = matcher.match({ what, peerMix: 'mixed' }).offerings;
  assert.ok(before(plain, peerNetwork, mixedProject), 'without a wish, the peer network ranks first');
  assert.ok(before(ids(peers), peerNetwork, mixedProject));
  assert.ok(before(ids(mixed), mixedProject, peerNetwork), 'a mix of disciplines lifts the cross-domain project');
  const all = { limit: 1000 };
  assert.deepEqual(
    new Set(ids(matcher.match({ what, peerMix: 'peers' }, all).offerings)),
    new Set(ids(matcher.match({ what }, all).offerings)),
    'the wish orders, it brings nothing in',
  );

  const reason = mixed.find((r) => r.item.id === mixedProject)?.reasons.find((r) => r.code === 'peer-mix');
  assert.deepEqual(reason?.params, { peerMix: 'mixed' });
  assert.equal(formatReason(reason!, 'nl'), 'leren met een mix van disciplines, zoals gewenst');
  assert.equal(formatReason(reason!, 'en'), 'learning with a mix of disciplines, as wanted');
});

test('peers show in horizontal, within-domain intervisie and peer networks; a mix in cross-domain, vertical labs', () => {
  const fits = (peerMix: 'peers' | 'mixed') =>
    defaultDataset.offerings.filter((o) => peerMixFit(o, peerMix) === 1).flatMap((o) => o.learningForms);
  assert.ok(fits('peers').some((f) => f === 'intervisie' || f === 'peer-network'));
  for (const o of defaultDataset.offerings) {
    const peers = peerMixFit(o, 'peers');
    const mixed = peerMixFit(o, 'mixed');
    assert.ok(peers >= 0 && peers <= 1 && mixed >= 0 && mixed <= 1, o.id);
  }
});

test('organisationType is carried for the host, not ranked: the report gives it no ranking basis', () => {
  const question: LearningQuestion = { what, targetGroup: 'policymaker' };
  const plain = matcher.match(question);
  for (const organisationType of ORGANISATION_TYPES) {
    assert.deepEqual(matcher.match({ ...question, organisationType }), plain, organisationType);
  }
});
