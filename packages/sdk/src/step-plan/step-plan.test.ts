import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { PlanMatch } from './suggest.js';
import { MESSAGES, label } from '../messages/index.js';
import type { VocabularyKind } from '../messages/index.js';
import type { Dataset, LearningQuestion } from '../schema/index.js';
import { STEP_QUESTIONS } from './questions.js';
import { stepPlan } from './step-plan.js';
import { STEP_IDS, STEP_QUESTION_IDS } from './types.js';
import type { StepPlan, StepQuestion, StepQuestionId } from './types.js';

const fixture = new URL('../../../../test/fixtures/mini-dataset.ts', import.meta.url).href;
const { miniDataset } = (await import(fixture)) as { miniDataset: Dataset };

const questionOf = (plan: StepPlan, id: StepQuestionId): StepQuestion => {
  const found = plan.steps.flatMap((s) => s.questions).find((q) => q.id === id);
  assert.ok(found, id);
  return found;
};
const ids = (q: StepQuestion) => q.suggestions.map((s) => s.id);

test('the plan has the report’s five steps and every question once, in order', () => {
  assert.deepEqual(Object.keys(STEP_QUESTIONS), [...STEP_IDS]);
  const plan = stepPlan();
  assert.deepEqual(plan.steps.map((s) => s.id), [...STEP_IDS]);
  assert.deepEqual(plan.steps.flatMap((s) => s.questions.map((q) => q.id)), [...STEP_QUESTION_IDS]);
  for (const step of plan.steps) for (const q of step.questions) assert.ok(q.id.startsWith(`${step.id}.`), q.id);
});

test('an empty plan: nothing answered, choices without options do not count', () => {
  const plan = stepPlan();
  assert.equal(plan.completeness, 0);
  const themes = questionOf(plan, 'goal.themes');
  assert.deepEqual(themes.options, []);
  assert.equal(themes.required, false);
  assert.deepEqual(plan.open, [
    'goal.question',
    'goal.result',
    'who-what.support',
    'who-what.partners',
    'who-what.time',
    'who-what.money',
    'who-what.capacity',
    'how.target-groups',
    'how.learning-forms',
    'how.intensity',
    'how.duration',
    'where.scale',
    'where.peer-mix',
    'where.domain-scope',
    'where.direction',
    'results.securing',
    'results.sharing',
    'results.roles',
  ]);
  assert.ok(plan.steps.flatMap((s) => s.questions).every((q) => q.suggestions.length === 0));
});

const asked: LearningQuestion = {
  what: 'Hoe bouwen we vertrouwen op tussen bewoners en wijkagent?',
  themes: ['safety', 'participation'],
  targetGroup: 'resident',
  learningForms: ['excursion'],
  scale: ['local'],
  region: 'Zuid-Holland',
  peerMix: 'mixed',
  domainScope: 'cross-domain',
  direction: 'vertical',
  duration: 'short',
};

test('what the person already answered fills the plan in, and says where from', () => {
  const plan = stepPlan(asked, { dataset: miniDataset });
  const filled = plan.steps
    .flatMap((s) => s.questions)
    .filter((q) => q.value !== undefined)
    .map((q) => [q.id, q.value, q.from]);
  assert.deepEqual(filled, [
    ['goal.question', asked.what, 'what'],
    ['goal.themes', ['safety', 'participation'], 'themes'],
    ['how.target-groups', ['resident'], 'targetGroup'],
    ['how.learning-forms', ['excursion'], 'learningForms'],
    ['how.duration', 'short', 'duration'],
    ['where.scale', ['local'], 'scale'],
    ['where.region', 'Zuid-Holland', 'region'],
    ['where.peer-mix', 'mixed', 'peerMix'],
    ['where.domain-scope', 'cross-domain', 'domainScope'],
    ['where.direction', 'vertical', 'direction'],
  ]);
  // 19 required questions (region, agenda, networks and expertise are optional); 9 of them answered.
  assert.equal(plan.completeness, 9 / 19);
  assert.equal(plan.steps.find((s) => s.id === 'where')?.completeness, 1);
  assert.equal(plan.steps.find((s) => s.id === 'results')?.completeness, 0);
  assert.deepEqual(plan.open, [
    'goal.result',
    'who-what.support',
    'who-what.partners',
    'who-what.time',
    'who-what.money',
    'who-what.capacity',
    'how.intensity',
    'results.securing',
    'results.sharing',
    'results.roles',
  ]);
});

test('answers given in the plan win over the question; empty answers are no answers and clear the question\'s', () => {
  const plan = stepPlan(asked, {
    dataset: miniDataset,
    answers: {
      'goal.result': 'Een gezamenlijke aanpak',
      'how.target-groups': ['policymaker', 'professional'],
      'where.scale': [],
      'who-what.time': '   ',
      'who-what.support': 'set-up-together',
    },
  });
  const groups = questionOf(plan, 'how.target-groups');
  assert.deepEqual(groups.value, ['policymaker', 'professional']);
  assert.equal(groups.from, undefined);
  assert.equal(questionOf(plan, 'goal.result').value, 'Een gezamenlijke aanpak');
  assert.equal(questionOf(plan, 'where.scale').answered, false, 'the person cleared what the question said');
  assert.equal(questionOf(plan, 'where.scale').from, undefined);
  assert.equal(questionOf(stepPlan(asked, { answers: {} }), 'where.scale').answered, true, 'no answer: the question\'s');
  assert.equal(questionOf(plan, 'who-what.time').answered, false);
  assert.equal(questionOf(plan, 'who-what.support').value, 'set-up-together');
  // The groups taking part now decide what their learning needs suggest.
  assert.deepEqual(ids(questionOf(plan, 'how.learning-forms')), ['intervisie', 'learning-circle', 'online-community']);
});

test('learning forms, duration, scale and peer mix are suggested from the groups’ learning needs', () => {
  const plan = stepPlan({ what: 'x', targetGroup: 'resident' }, { dataset: miniDataset });
  const forms = questionOf(plan, 'how.learning-forms');
  assert.deepEqual(ids(forms), ['excursion', 'intervisie', 'masterclass']);
  assert.deepEqual(forms.suggestions[0]?.reasons, [
    { code: 'learning-need', weight: 1, params: { targetGroup: 'resident', need: 'exchange-visits' } },
  ]);
  assert.deepEqual(ids(questionOf(plan, 'how.duration')), ['one-off']);

  const policy = stepPlan({ what: 'x', targetGroup: 'policymaker' }, { dataset: miniDataset });
  assert.deepEqual(ids(questionOf(policy, 'where.scale')), ['regional']);
  assert.deepEqual(ids(questionOf(policy, 'where.peer-mix')), ['peers']);
  assert.deepEqual(ids(questionOf(policy, 'how.learning-forms')), ['online-community']);
});

test('what is already chosen is not suggested again', () => {
  const plan = stepPlan({ what: 'x', targetGroup: 'resident', learningForms: ['masterclass'] }, { dataset: miniDataset });
  assert.deepEqual(ids(questionOf(plan, 'how.learning-forms')), ['excursion', 'intervisie']);
});

test('light or intensive follows the chosen forms', () => {
  const plan = stepPlan({ what: 'x', learningForms: ['intervisie', 'masterclass', 'learning-circle', 'city-lab'] }, { dataset: miniDataset });
  const intensity = questionOf(plan, 'how.intensity');
  assert.deepEqual(
    intensity.suggestions.map((s) => [s.id, s.score, s.reasons.map((r) => r.params['learningForm'])]),
    [
      ['light', 2, ['intervisie', 'masterclass']],
      ['intensive', 1, ['learning-circle']],
    ],
  );
});

test('networks to build on share a theme; whom they represent adds weight', () => {
  const plan = stepPlan({ what: 'x', themes: ['safety'], targetGroup: 'professional' }, { dataset: miniDataset });
  const networks = questionOf(plan, 'who-what.networks');
  assert.deepEqual(networks.options, ['g40', 'lsa-bewoners', 'lppw', 'movisie']);
  assert.deepEqual(
    networks.suggestions.map((s) => [s.id, s.score, s.reasons.map((r) => r.code)]),
    [
      ['lppw', 1.5, ['theme', 'target-group']],
      ['g40', 1, ['theme']],
    ],
  );
  const byGroup = stepPlan({ what: 'x', targetGroup: 'resident' }, { dataset: miniDataset });
  assert.deepEqual(ids(questionOf(byGroup, 'who-what.networks')), ['lsa-bewoners'], 'without themes, whom a network represents is enough');
});

test('expertise comes from knowledge organisations on the same themes', () => {
  const plan = stepPlan({ what: 'x', themes: ['participation'] }, { dataset: miniDataset });
  const expertise = questionOf(plan, 'who-what.expertise');
  assert.deepEqual(expertise.options, ['movisie']);
  assert.deepEqual(ids(expertise), ['movisie']);
  assert.deepEqual(ids(questionOf(stepPlan({ what: 'x' }, { dataset: miniDataset }), 'who-what.expertise')), []);
});

test('agenda items on the same themes are suggested, white spots first', () => {
  const plan = stepPlan({ what: 'x', themes: ['safety'], targetGroup: 'resident' }, { dataset: miniDataset });
  const agenda = questionOf(plan, 'goal.agenda');
  assert.deepEqual(
    agenda.suggestions.map((s) => [s.id, s.score, s.reasons.map((r) => r.code)]),
    [
      ['gap-2', 2, ['theme', 'target-group', 'white-spot']],
      ['priority-5', 1.5, ['theme', 'target-group', 'priority']],
    ],
  );
});

test('with a match, its agenda ranking is used and networks running its offerings are suggested', () => {
  const [first, second, third] = miniDataset.offerings;
  const match: PlanMatch = {
    agenda: [{ item: miniDataset.agenda[2]!, score: 0.9, reasons: [{ code: 'term', weight: 0.9, params: { terms: ['domein'], fields: ['title'] } }] }],
    offerings: [
      { item: third!, score: 0.8, reasons: [] },
      { item: second!, score: 0.5, reasons: [] },
      { item: first!, score: 0.4, reasons: [] },
    ],
  };
  const plan = stepPlan({ what: 'x', themes: ['participation'] }, { dataset: miniDataset, match });
  assert.deepEqual(questionOf(plan, 'goal.agenda').suggestions, [
    { id: 'org-cross-domain', score: 0.9, reasons: match.agenda[0]!.reasons },
  ]);
  const networks = questionOf(plan, 'who-what.networks').suggestions;
  assert.deepEqual(
    networks.map((s) => [s.id, s.score, s.offerings]),
    [
      ['g40', 1, ['leerkring-wonen-zorg']],
      ['lppw', 1, ['intervisie-wijkagenten']],
      ['lsa-bewoners', 1, undefined],
      ['movisie', 1, undefined],
    ],
  );
});

test('every option of every question has a label in both languages', () => {
  const plan = stepPlan(asked, { dataset: miniDataset });
  const records: Record<string, ReadonlyArray<{ id: string }>> = {
    theme: miniDataset.themes,
    agendaItem: miniDataset.agenda,
    network: miniDataset.networks,
  };
  for (const q of plan.steps.flatMap((s) => s.questions)) {
    for (const option of q.options ?? []) {
      const kind = q.optionKind!;
      for (const lang of ['nl', 'en'] as const) {
        const fromTable =
          kind in records
            ? records[kind]!.some((r) => r.id === option)
            : Object.hasOwn(MESSAGES[lang].vocabulary[kind as VocabularyKind], option);
        assert.ok(fromTable, `${q.id} ${option} ${lang}`);
        assert.ok(label(kind, option, lang, miniDataset).length > 0);
      }
    }
  }
});

/** Every string in the plan, except answers the person typed. */
function strings(value: unknown, key = '', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (key !== 'value') out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => strings(v, key, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, k, out);
  return out;
}

test('the plan holds ids and codes, never sentences', () => {
  const plan = stepPlan(asked, { dataset: miniDataset });
  for (const s of strings(plan)) assert.match(s, /^[a-z][a-zA-Z0-9.-]*$/, s);
});

const arbitraryQuestion = fc.record(
  {
    what: fc.string(),
    themes: fc.array(fc.constantFrom('safety', 'housing', 'participation', 'unknown')),
    targetGroup: fc.constantFrom('administrator', 'policymaker', 'professional', 'resident'),
    learningForms: fc.array(fc.constantFrom('intervisie', 'masterclass', 'city-lab', 'learning-circle')),
    scale: fc.array(fc.constantFrom('local', 'regional', 'national', 'organisation')),
    region: fc.string(),
    peerMix: fc.constantFrom('peers', 'mixed'),
    domainScope: fc.constantFrom('within-domain', 'cross-domain'),
    direction: fc.constantFrom('horizontal', 'vertical'),
    duration: fc.constantFrom('one-off', 'short', 'long-running'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Partial<LearningQuestion>>;

test('completeness is the share of required questions answered, whatever is filled in', () => {
  fc.assert(
    fc.property(
      arbitraryQuestion,
      fc.dictionary(fc.constantFrom(...STEP_QUESTION_IDS), fc.oneof(fc.string(), fc.array(fc.string()))),
      fc.boolean(),
      (question, answers, withDataset) => {
        const plan = stepPlan(question, { answers, ...(withDataset ? { dataset: miniDataset } : {}) });
        const all = plan.steps.flatMap((s) => s.questions);
        const required = all.filter((q) => q.required);
        assert.equal(plan.completeness, required.filter((q) => q.answered).length / required.length);
        assert.deepEqual(plan.open, required.filter((q) => !q.answered).map((q) => q.id));
        for (const q of all) {
          assert.equal(q.answered, q.value !== undefined);
          if (q.kind === 'multi-choice' && q.value !== undefined) assert.ok(Array.isArray(q.value) && q.value.length > 0);
          if (q.kind !== 'multi-choice' && q.value !== undefined) assert.ok(typeof q.value === 'string' && q.value.trim() !== '');
          for (const s of q.suggestions) {
            assert.ok(s.score > 0);
            assert.ok(!(Array.isArray(q.value) ? q.value : [q.value]).includes(s.id));
          }
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('a question held read-only (`as const`) fills the plan in like a mutable one', () => {
  const frozen = { what: 'Hoe herstellen we vertrouwen?', themes: ['participation'], scale: ['local'], learningForms: ['intervisie'] } as const;
  const mutable = { ...frozen, themes: [...frozen.themes], scale: [...frozen.scale], learningForms: [...frozen.learningForms] };
  assert.deepEqual(stepPlan(frozen), stepPlan(mutable));
  const answered = stepPlan(frozen).steps.flatMap((s) => s.questions).find((q) => q.id === 'goal.themes');
  assert.deepEqual(answered?.value, ['participation']);
});
