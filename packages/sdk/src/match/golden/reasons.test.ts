import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ranked } from '../../reasons.js';
import { createMatcher } from '../create-matcher.js';
import { defaultDataset } from './default-dataset.fixture.test.js';

const matcher = createMatcher(defaultDataset);
const codesOf = (ranked: Ranked<unknown> | undefined) => ranked?.reasons.map((r) => r.code);
const ids = (list: readonly Ranked<{ id: string }>[]) => list.map((r) => r.item.id);

test('the trust question goes first to the trust priority or white spot, with its reasons', () => {
  const { agenda } = matcher.match('Hoe krijgen we bewoners weer vertrouwen in de gemeente?');
  assert.deepEqual(ids(agenda.slice(0, 2)).sort(), ['gap-2', 'priority-5']);
  const first = agenda[0]!;
  assert.deepEqual(codesOf(first), ['term', 'priority']);
  assert.deepEqual(first.reasons[0]!.params, {
    terms: ['bewoners', 'vertrouwen', 'gemeente'],
    fields: ['questions', 'summary', 'themes', 'title'],
  });
  assert.deepEqual(first.reasons[1]!.params, { number: 5 });
  assert.deepEqual(codesOf(agenda[1]), ['term', 'white-spot']);
});

test('reason codes for a sharpened question are pinned', () => {
  const result = matcher.match({
    what: 'polarisatie en wij-zij denken in de wijk',
    targetGroup: 'professional',
    themes: ['participation'],
  });
  const [gap] = result.agenda;
  assert.equal(gap?.item.id, 'gap-2');
  assert.deepEqual(codesOf(gap), ['term', 'theme', 'target-group', 'white-spot']);
  // Phrases are shown with spaces, in the order the person wrote them.
  assert.deepEqual(gap?.reasons[0]?.params.terms, ['polarisatie', 'wij zij denken', 'wij zij', 'denken', 'wijk']);
  assert.deepEqual(gap?.reasons[1]?.params, { theme: 'participation' });
  assert.deepEqual(gap?.reasons[2]?.params, { targetGroup: 'professional' });
});

test('a white spot in development still matches, and its linked offering rises with an agenda-link reason', () => {
  const result = matcher.match('Wat doet de woningcorporatie eigenlijk nog aan leefbaarheid?');
  assert.equal(result.agenda[0]?.item.id, 'gap-6');
  assert.deepEqual(codesOf(result.agenda[0]), ['term', 'white-spot']);
  const aedes = result.offerings[0];
  assert.equal(aedes?.item.id, 'aedes-rol-corporaties-leefbaarheid');
  assert.deepEqual(new Set(codesOf(aedes)), new Set(['term', 'agenda-link', 'theme']));
  assert.deepEqual(aedes?.reasons.find((r) => r.code === 'agenda-link')?.params, { agendaItem: 'gap-6' });
});

test('corona questions reach priority 7 through synonyms only', () => {
  for (const question of ['covid gevolgen buurt', 'Wat deed de lockdown met buurtbewoners?', 'pandemie en leefbaarheid']) {
    assert.equal(matcher.match(question).agenda[0]?.item.id, 'priority-7', question);
  }
});
