import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from '../create-matcher.js';
import { defaultDataset } from './default-dataset.fixture.test.js';
import { evaluateGolden } from './evaluate.js';
import { plainAgendaRanking } from './plain-baseline.js';
import { GOLDEN_QUESTIONS } from './questions.js';

/** Just under what the matcher reaches, so a regression fails the build. */
const FLOOR = { top1: 0.93, top3: 0.98 };

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

test('golden relevance set: the matcher links people\'s questions to the right agenda item', () => {
  assert.ok(GOLDEN_QUESTIONS.length >= 45);
  const matcher = createMatcher(defaultDataset);
  const ours = evaluateGolden(GOLDEN_QUESTIONS, (q) => matcher.match(q).agenda.map((r) => r.item.id));
  const plain = evaluateGolden(GOLDEN_QUESTIONS, plainAgendaRanking(defaultDataset));

  console.log(`\nGolden relevance set (${GOLDEN_QUESTIONS.length} questions, default dataset)`);
  console.table({
    'leernetwerk matcher': { 'top-1': percent(ours.top1), 'top-3': percent(ours.top3) },
    'plain MiniSearch': { 'top-1': percent(plain.top1), 'top-3': percent(plain.top3) },
  });
  for (const miss of ours.misses) console.log(`  miss: ${miss.question} → ${miss.got.join(', ')} (wanted ${miss.expected.join(' or ')})`);

  assert.ok(ours.top1 >= FLOOR.top1, `top-1 ${percent(ours.top1)} fell below ${percent(FLOOR.top1)}`);
  assert.ok(ours.top3 >= FLOOR.top3, `top-3 ${percent(ours.top3)} fell below ${percent(FLOOR.top3)}`);
  assert.ok(ours.top1 > plain.top1, 'the matcher beats plain MiniSearch');
});

test('every golden question names agenda items that exist', () => {
  const known = new Set(defaultDataset.agenda.map((item) => item.id));
  for (const { question, expected } of GOLDEN_QUESTIONS) {
    assert.ok(expected.length > 0 && expected.every((id) => known.has(id)), question);
  }
});
