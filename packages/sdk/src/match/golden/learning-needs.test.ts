import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ranked } from '../../reasons.js';
import type { Offering, TargetGroup } from '../../schema/index.js';
import { createMatcher } from '../create-matcher.js';
import { defaultDataset } from './default-dataset.fixture.test.js';

// Section 2.3: residents value exchange visits, local learning with officials, access to expertise
// and low-threshold one-off sessions; policymakers prefer regional exchange with peers, similar
// municipalities and online communities.
const matcher = createMatcher(defaultDataset);
const what = 'samen leren over leefbaarheid in de wijk';

const ranking = (targetGroup: TargetGroup) => matcher.match({ what, targetGroup }, { limit: 100 }).offerings;
const position = (list: readonly Ranked<Offering>[], id: string) => {
  const index = list.findIndex((r) => r.item.id === id);
  assert.ok(index >= 0, id);
  return index;
};
const meanPosition = (list: readonly Ranked<Offering>[], keep: (o: Offering) => boolean) => {
  const positions = list.flatMap((r, i) => (keep(r.item) ? [i] : []));
  assert.ok(positions.length > 0);
  return positions.reduce((a, b) => a + b, 0) / positions.length;
};

const localVertical = (o: Offering) => o.scale.includes('local') && o.direction.includes('vertical');
const nationalPeers = (o: Offering) => o.scale.includes('national') && o.direction.includes('horizontal') && o.learningForms.includes('peer-network');

test('a resident sees low-threshold sessions and local vertical learning rise; a policymaker peer exchange', () => {
  const resident = ranking('resident');
  const policymaker = ranking('policymaker');
  assert.deepEqual(
    resident.map((r) => r.item.id).sort(),
    policymaker.map((r) => r.item.id).sort(),
    'the same offerings, only in another order',
  );
  const session = 'bijeenkomst-wijkprofielen-buurtagendas';
  assert.ok(position(resident, session) < position(policymaker, session));
  assert.ok(meanPosition(resident, localVertical) < meanPosition(policymaker, localVertical));
  assert.ok(meanPosition(policymaker, nationalPeers) < meanPosition(resident, nationalPeers));
});

test('the learning need that lifted an offering is named in its reasons', () => {
  const session = ranking('resident').find((r) => r.item.id === 'bijeenkomst-wijkprofielen-buurtagendas');
  assert.deepEqual(session?.reasons.find((r) => r.code === 'learning-need')?.params, {
    targetGroup: 'resident',
    need: 'low-threshold-sessions',
  });
  const peers = ranking('policymaker').find((r) => r.item.id === 'leerkring-spoor-1');
  assert.equal(peers?.reasons.find((r) => r.code === 'learning-need')?.params.targetGroup, 'policymaker');
  assert.equal(ranking('resident').find((r) => r.item.id === 'leerkring-spoor-1')?.reasons.some((r) => r.code === 'learning-need'), false);
});
