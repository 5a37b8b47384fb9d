import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROBLEM_CODES } from '../parse/index.js';
import type { ProblemCode, ProblemParams } from '../parse/index.js';
import { REASON_CODES } from '../reasons.js';
import type { ReasonCode, ReasonParams } from '../reasons.js';
import {
  AGENDA_ITEM_KINDS,
  DIRECTIONS,
  DOMAIN_SCOPES,
  DURATIONS,
  LEARNING_FORMS,
  LEARNING_FORM_INTENSITIES,
  NETWORK_KINDS,
  ORGANISATION_TYPES,
  PEER_MIXES,
  REPRESENTED_GROUPS,
  SCALES,
  TARGET_GROUPS,
  THEME_KINDS,
} from '../schema/index.js';
import { STEP_IDS, STEP_QUESTION_IDS, SUPPORT_LEVELS } from '../step-plan/types.js';
import { LANGS, MESSAGES, TEXT_FIELDS, formatProblem, formatReason, label, stepQuestionText, stepText } from './index.js';
import type { VocabularyKind } from './index.js';

const VOCABULARIES: Record<VocabularyKind, readonly string[]> = {
  targetGroup: TARGET_GROUPS,
  scale: SCALES,
  direction: DIRECTIONS,
  domainScope: DOMAIN_SCOPES,
  duration: DURATIONS,
  learningForm: LEARNING_FORMS,
  learningFormIntensity: LEARNING_FORM_INTENSITIES,
  peerMix: PEER_MIXES,
  organisationType: ORGANISATION_TYPES,
  agendaItemKind: AGENDA_ITEM_KINDS,
  themeKind: THEME_KINDS,
  networkKind: NETWORK_KINDS,
  representedGroup: REPRESENTED_GROUPS,
  supportLevel: SUPPORT_LEVELS,
};

const wellFormed = (text: string, what: string) => {
  assert.equal(typeof text, 'string', what);
  assert.ok(text.trim().length > 0, `${what} is empty`);
  assert.doesNotMatch(text, /undefined|\[object|NaN|\?\)|"\?"/, `${what}: ${text}`);
};

for (const [kind, values] of Object.entries(VOCABULARIES) as Array<[VocabularyKind, readonly string[]]>) {
  test(`every ${kind} has a Dutch and an English label, and no others`, () => {
    for (const lang of LANGS) {
      assert.deepEqual(Object.keys(MESSAGES[lang].vocabulary[kind]).sort(), [...values].sort(), lang);
      for (const id of values) {
        const text = label(kind, id, lang);
        wellFormed(text, `${lang} ${kind}.${id}`);
        assert.equal(text, (MESSAGES[lang].vocabulary[kind] as Record<string, string>)[id]);
      }
    }
  });
}

test('the target groups carry the report’s Dutch names', () => {
  assert.deepEqual(
    TARGET_GROUPS.map((id) => label('targetGroup', id, 'nl')),
    ['bestuurders', 'beleidsmakers', '(wijk)professionals', 'bewoners'],
  );
});

test('labels of unknown ids, and of inherited property names, are the id itself', () => {
  assert.equal(label('scale', 'landelijk', 'nl'), 'landelijk');
  assert.equal(label('scale', 'constructor', 'en'), 'constructor');
  assert.equal(label('theme', 'safety', 'nl'), 'safety');
});

const REASON_SAMPLES: Record<ReasonCode, ReasonParams> = {
  term: { terms: ['vertrouwen'], fields: ['title'] },
  theme: { theme: 'safety' },
  'target-group': { targetGroup: 'resident' },
  scale: { scale: 'regional' },
  'learning-form': { learningForm: 'intervisie' },
  direction: { direction: 'vertical' },
  'domain-scope': { domainScope: 'cross-domain' },
  'cross-domain': {},
  region: { region: 'Zuid-Holland' },
  duration: { duration: 'one-off' },
  'learning-need': { targetGroup: 'policymaker', need: 'regional-exchange' },
  'agenda-link': { agendaItem: 'gap-2' },
  'white-spot': {},
  priority: { number: 5 },
  'peer-mix': { peerMix: 'mixed' },
};

test('every reason code has a phrase in both languages', () => {
  assert.deepEqual(Object.keys(REASON_SAMPLES).sort(), [...REASON_CODES].sort());
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(MESSAGES[lang].reason).sort(), [...REASON_CODES].sort());
    for (const code of REASON_CODES) {
      wellFormed(formatReason({ code, weight: 1, params: REASON_SAMPLES[code] }, lang), `${lang} reason ${code}`);
    }
  }
});

const PROBLEM_SAMPLES: Record<ProblemCode, ProblemParams> = {
  'invalid-json': { line: 3, column: 14 },
  'not-an-object': { receivedType: 'array' },
  'unsupported-version': { expected: '1', receivedType: 'number', received: '2' },
  'input-too-large': { limit: 10_000_000 },
  unreadable: {},
  cyclic: {},
  missing: { expected: 'string' },
  'wrong-type': { expected: 'array', receivedType: 'string', received: 'local' },
  'invalid-value': { expected: ['local', 'regional', 'national', 'organisation'], receivedType: 'string', received: 'landelijk' },
  'invalid-format': { format: 'date', received: '2021-02-30' },
  'too-short': { origin: 'array', minimum: 1 },
  'too-long': { origin: 'string', maximum: 2000 },
  'too-small': { minimum: 0, inclusive: 'no' },
  'too-large': { maximum: 7, inclusive: 'yes' },
  'not-an-integer': { received: '1.5' },
  'duplicate-values': { duplicates: ['housing'] },
  'duplicate-id': { id: 'safety', first: 'themes[0]' },
  'unknown-theme': { id: 'vertrouwen' },
  'unknown-network': { id: 'g40', droppedAt: 'networks[0]' },
  'unknown-agenda-item': { id: 'gap-9' },
  'unknown-learning-form': { id: 'city-lab' },
  invalid: {},
};

test('every problem code has a message in both languages, also without its params', () => {
  assert.deepEqual(Object.keys(PROBLEM_SAMPLES).sort(), [...PROBLEM_CODES].sort());
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(MESSAGES[lang].problem).sort(), [...PROBLEM_CODES].sort());
    for (const code of PROBLEM_CODES) {
      const text = formatProblem({ path: ['x'], where: 'x', code, params: PROBLEM_SAMPLES[code] }, lang);
      wellFormed(text, `${lang} problem ${code}`);
      assert.ok(text.startsWith('leernetwerk: x: '), text);
      const bare = MESSAGES[lang].problem[code]({});
      assert.equal(typeof bare, 'string');
      assert.ok(bare.length > 0);
      assert.doesNotMatch(bare, /undefined|NaN|\[object/);
    }
  }
});

const STEP_TEXTS = [...STEP_IDS.map((id) => ['step', id] as const), ...STEP_QUESTION_IDS.map((id) => ['question', id] as const)];

test('every step and step question has a title or label and a hint in both languages', () => {
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(MESSAGES[lang].stepPlan.step).sort(), [...STEP_IDS].sort());
    assert.deepEqual(Object.keys(MESSAGES[lang].stepPlan.question).sort(), [...STEP_QUESTION_IDS].sort());
    for (const [kind, id] of STEP_TEXTS) {
      const texts = kind === 'step' ? Object.values(stepText(id, lang)) : Object.values(stepQuestionText(id, lang));
      assert.equal(texts.length, 2);
      texts.forEach((t) => wellFormed(t, `${lang} ${kind} ${id}`));
    }
  }
});

test('Dutch and English differ wherever the words differ', () => {
  for (const code of REASON_CODES) {
    const params = REASON_SAMPLES[code];
    assert.notEqual(formatReason({ code, weight: 1, params }, 'nl'), formatReason({ code, weight: 1, params }, 'en'), code);
  }
  for (const id of STEP_QUESTION_IDS) assert.notEqual(stepQuestionText(id, 'nl').label, stepQuestionText(id, 'en').label);
});

test('every text field the matcher reports has a name', () => {
  for (const lang of LANGS) for (const f of TEXT_FIELDS) wellFormed(MESSAGES[lang].field[f], `${lang} field ${f}`);
});
