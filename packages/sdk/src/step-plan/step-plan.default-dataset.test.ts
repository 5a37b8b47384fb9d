import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from '../match/index.js';
import { formatSuggestion, stepQuestionText } from '../messages/index.js';
import type { Dataset, LearningQuestion } from '../schema/index.js';
import { stepPlan } from './step-plan.js';

const source = new URL('../../../data/src/dataset.ts', import.meta.url).href;
const { defaultDataset } = (await import(source)) as { defaultDataset: Dataset };

test('with the real matcher and dataset, the plan builds on networks that already run what matched', () => {
  const question: LearningQuestion = {
    what: 'Hoe herstellen we het vertrouwen van bewoners in de wijk?',
    themes: ['participation'],
    targetGroup: 'resident',
  };
  const match = createMatcher(defaultDataset).match(question);
  const plan = stepPlan(question, { dataset: defaultDataset, match });
  const questions = plan.steps.flatMap((s) => s.questions);
  const networks = questions.find((q) => q.id === 'who-what.networks')!;
  const running = new Set(match.offerings.flatMap((r) => (r.item.network === undefined ? [] : [r.item.network])));
  assert.ok(networks.suggestions.length > 0);
  for (const s of networks.suggestions) {
    assert.ok(networks.options?.includes(s.id), s.id);
    for (const offering of s.offerings ?? []) {
      assert.equal(defaultDataset.offerings.find((o) => o.id === offering)?.network, s.id);
    }
  }
  assert.ok(networks.suggestions.some((s) => running.has(s.id)));
  assert.deepEqual(
    questions.find((q) => q.id === 'goal.agenda')!.suggestions.map((s) => s.id),
    match.agenda.map((r) => r.item.id),
  );

  for (const q of questions) {
    for (const lang of ['nl', 'en'] as const) {
      assert.ok(stepQuestionText(q.id, lang).label.length > 0);
      for (const s of q.suggestions) {
        const text = formatSuggestion(s, q.optionKind!, lang, defaultDataset);
        assert.ok(text.label.length > 0 && text.reasons.length > 0, `${q.id} ${s.id}`);
        for (const r of text.reasons) assert.doesNotMatch(r, /undefined|\?\)|"\?"/, r);
      }
    }
  }
});
