import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Reason } from '../reasons.js';
import type { Dataset } from '../schema/index.js';
import { formatProblem, formatReason, formatSuggestion, label, localize } from './index.js';

const fixture = new URL('../../../../test/fixtures/mini-dataset.ts', import.meta.url).href;
const { miniDataset } = (await import(fixture)) as { miniDataset: Dataset };

const reason = (code: Reason['code'], params: Reason['params']): Reason => ({ code, weight: 1, params });

test('localize falls back to Dutch', () => {
  assert.equal(localize({ nl: 'Veiligheid', en: 'Safety' }, 'en'), 'Safety');
  assert.equal(localize({ nl: 'Veiligheid', en: 'Safety' }, 'nl'), 'Veiligheid');
  assert.equal(localize({ nl: 'Wijkagent' }, 'en'), 'Wijkagent');
  assert.equal(localize({ nl: 'Wijkagent', en: '' }, 'en'), 'Wijkagent');
});

test('themes, agenda items and networks are named by the dataset', () => {
  assert.equal(label('theme', 'safety', 'nl', miniDataset), 'Veiligheid');
  assert.equal(label('theme', 'safety', 'en', miniDataset), 'Safety');
  assert.equal(label('agendaItem', 'gap-2', 'en', miniDataset), 'Vertrouwen in instituties en in elkaar: werken aan verbinding in de wijk');
  assert.equal(label('network', 'lppw', 'en', miniDataset), 'Landelijk Platform Professie Wijkagent');
  assert.equal(label('network', 'unknown', 'en', miniDataset), 'unknown');
});

const reasons: Array<[Reason, string, string]> = [
  [reason('term', { terms: ['vertrouwen'], fields: ['title'] }), 'komt overeen met "vertrouwen" in de titel', 'matches "vertrouwen" in the title'],
  [
    reason('term', { terms: ['wijk', 'vertrouwen'], fields: ['title', 'description', 'weird'] }),
    'komt overeen met "wijk" en "vertrouwen" in de titel, de beschrijving en de tekst',
    'matches "wijk" and "vertrouwen" in the title, the description and the text',
  ],
  [reason('theme', { theme: 'safety' }), 'gaat over het thema "Veiligheid"', 'is about the theme "Safety"'],
  [reason('target-group', { targetGroup: 'resident' }), 'bedoeld voor bewoners', 'meant for residents'],
  [reason('scale', { scale: 'regional' }), 'op de gewenste schaal (regionaal)', 'at the scale you want (regional)'],
  [reason('learning-form', { learningForm: 'intervisie' }), 'leervorm: intervisie', 'learning form: peer consultation (intervisie)'],
  [reason('direction', { direction: 'vertical' }), 'verticaal leren, zoals gewenst', 'vertical learning, as wanted'],
  [reason('domain-scope', { domainScope: 'cross-domain' }), 'domeinoverstijgend leren, zoals gewenst', 'learning across domains, as wanted'],
  [reason('region', { region: 'Utrecht' }), 'in de regio Utrecht', 'in the region Utrecht'],
  [reason('duration', { duration: 'one-off' }), 'eenmalig, zoals gewenst', 'one-off, as wanted'],
  [
    reason('learning-need', { targetGroup: 'policymaker', need: 'regional-exchange' }),
    'past bij een leerbehoefte van beleidsmakers: "Regionaal kennis uitwisselen met andere gemeenten"',
    'fits a learning need of policymakers: "Regional exchange with other municipalities"',
  ],
  [
    reason('agenda-link', { agendaItem: 'org-cross-domain' }),
    'hoort bij het agendapunt "Domeinoverstijgend leren"',
    'serves the agenda item "Learning across domains"',
  ],
  [reason('priority', { number: 5 }), 'prioritair vraagstuk 5 van de leeragenda', 'priority question 5 of the learning agenda'],
];

for (const [r, nl, en] of reasons) {
  test(`reason ${r.code}: ${nl}`, () => {
    assert.equal(formatReason(r, 'nl', miniDataset), nl);
    assert.equal(formatReason(r, 'en', miniDataset), en);
  });
}

test('without a dataset, a reason names the id and leaves out what only the dataset knows', () => {
  assert.equal(formatReason(reason('theme', { theme: 'safety' }), 'nl'), 'gaat over het thema "safety"');
  assert.equal(
    formatReason(reason('learning-need', { targetGroup: 'policymaker', need: 'regional-exchange' }), 'en'),
    'fits a learning need of policymakers',
  );
});

test('a long learning need is cut at its first clause', () => {
  const dataset = structuredClone(miniDataset);
  dataset.targetGroups[0]!.learningNeeds[0]!.text = {
    nl: 'Kennis uitwisselen op regionaal niveau: wat doen andere gemeenten binnen de regio? Dat sluit aan.',
  };
  assert.equal(
    formatReason(reason('learning-need', { targetGroup: 'policymaker', need: 'regional-exchange' }), 'nl', dataset),
    'past bij een leerbehoefte van beleidsmakers: "Kennis uitwisselen op regionaal niveau"',
  );
});

// The data package depends on this one, so its dataset is loaded by name at run time, outside the type graph.
const dataPackage = '@leernetwerk/data';
const { defaultDataset } = (await import(dataPackage)) as { defaultDataset: Dataset };

/** The need as a reason shows it: the quoted phrase after the colon. */
const needPhrase = (targetGroup: string, need: string, lang: 'nl' | 'en', dataset: Dataset): string => {
  const text = formatReason(reason('learning-need', { targetGroup, need }), lang, dataset);
  const phrase = /: "(.*)"$/u.exec(text)?.[1];
  assert.ok(phrase !== undefined, text);
  return phrase;
};
const DANGLING = /^(?:naast|daarnaast|ook|besides|also|in addition)(?![\p{L}\p{N}])/iu;

for (const group of defaultDataset.targetGroups) {
  for (const need of group.learningNeeds) {
    test(`learning need ${group.id} ${need.id}: a short phrase that stands on its own, in nl and en`, () => {
      for (const lang of ['nl', 'en'] as const) {
        const phrase = needPhrase(group.id, need.id, lang, defaultDataset);
        assert.ok(phrase.trim().length > 0, `${lang}: empty`);
        assert.doesNotMatch(phrase, DANGLING, `${lang}: ${phrase}`);
        assert.ok(phrase.length <= 90, `${lang}: ${phrase.length} characters: ${phrase}`);
        assert.ok(!phrase.endsWith('…'), `${lang}: cut off: ${phrase}`);
        assert.match(phrase, /^\p{Lu}/u, `${lang}: ${phrase}`);
      }
    });
  }
}

test('the default dataset gives every learning need a short phrase in both languages', () => {
  const needs = defaultDataset.targetGroups.flatMap((g) => g.learningNeeds);
  assert.equal(needs.length, 15);
  for (const need of needs) assert.ok(need.short?.nl && need.short.en, need.id);
  assert.equal(
    formatReason(reason('learning-need', { targetGroup: 'professional', need: 'local-team-network' }), 'nl', defaultDataset),
    'past bij een leerbehoefte van (wijk)professionals: "Lokaal of regionaal leren in een netwerk met andere partijen"',
  );
});

test('without a short phrase, a need that opens leaning on what came before shows its next clause', () => {
  const dataset = structuredClone(defaultDataset);
  const need = dataset.targetGroups.find((g) => g.id === 'professional')!.learningNeeds.find((n) => n.id === 'local-team-network')!;
  delete need.short;
  const nl = needPhrase('professional', 'local-team-network', 'nl', dataset);
  const en = needPhrase('professional', 'local-team-network', 'en', dataset);
  assert.equal(nl, 'Lokaal of regionaal leren met andere partijen in een netwerk, bijvoorbeeld als team van…');
  assert.equal(en, 'Learning locally or regionally with other parties in a network, for example as a team of…');
  for (const phrase of [nl, en]) assert.ok(phrase.length <= 90, phrase);
});

const problems: Array<[Parameters<typeof formatProblem>[0], string, string]> = [
  [
    {
      path: ['offerings', 3, 'scale', 0],
      where: 'offerings[3].scale[0]',
      code: 'invalid-value',
      params: { expected: ['local', 'regional', 'national', 'organisation'], receivedType: 'string', received: 'landelijk' },
    },
    'leernetwerk: offerings[3].scale[0]: verwacht een van local, regional, national, organisation — kreeg "landelijk"',
    'leernetwerk: offerings[3].scale[0]: expected one of local, regional, national, organisation — got "landelijk"',
  ],
  [
    {
      path: ['scale', 0],
      where: 'scale[0]',
      code: 'invalid-value',
      params: { expected: ['local', 'regional', 'national', 'organisation'] },
    },
    'leernetwerk: scale[0]: verwacht een van local, regional, national, organisation',
    'leernetwerk: scale[0]: expected one of local, regional, national, organisation',
  ],
  [
    { path: ['offerings', 0, 'provider'], where: 'offerings[0].provider', code: 'wrong-type', params: { expected: 'string', receivedType: 'number', received: '42' }, dropped: 'offerings[0]' },
    'leernetwerk: offerings[0].provider: verwacht tekst — kreeg 42 (overgeslagen: offerings[0])',
    'leernetwerk: offerings[0].provider: expected text — got 42 (left out: offerings[0])',
  ],
  [
    { path: ['what'], where: 'what', code: 'wrong-type', params: { expected: 'string', receivedType: 'array' } },
    'leernetwerk: what: verwacht tekst — kreeg een lijst',
    'leernetwerk: what: expected text — got a list',
  ],
  [
    { path: [], where: '', code: 'invalid-json', params: { line: 3, column: 2 } },
    'leernetwerk: dit is geen geldige JSON (regel 3, kolom 2)',
    'leernetwerk: this is not valid JSON (line 3, column 2)',
  ],
  [
    { path: ['what'], where: 'what', code: 'too-short', params: { origin: 'string', minimum: 1 } },
    'leernetwerk: what: mag niet leeg zijn',
    'leernetwerk: what: must not be empty',
  ],
  [
    { path: ['offerings', 1, 'network'], where: 'offerings[1].network', code: 'unknown-network', params: { id: 'g40', droppedAt: 'networks[0]' } },
    'leernetwerk: offerings[1].network: verwijst naar netwerk "g40", dat is overgeslagen (networks[0])',
    'leernetwerk: offerings[1].network: refers to network "g40", which was left out (networks[0])',
  ],
  [
    { path: ['schemaVersion'], where: 'schemaVersion', code: 'unsupported-version', params: { expected: '1', receivedType: 'string', received: '2' } },
    'leernetwerk: schemaVersion: schemaVersion "2" wordt niet ondersteund; deze versie leest schemaVersion 1',
    'leernetwerk: schemaVersion: schemaVersion "2" is not supported; this version reads schemaVersion 1',
  ],
];

for (const [p, nl, en] of problems) {
  test(`problem: ${nl}`, () => {
    assert.equal(formatProblem(p, 'nl'), nl);
    assert.equal(formatProblem(p, 'en'), en);
  });
}

test('a suggestion reads as its option name and its reasons', () => {
  const formatted = formatSuggestion(
    { id: 'lppw', score: 2, reasons: [reason('theme', { theme: 'safety' })], offerings: ['intervisie-wijkagenten', 'gone'] },
    'network',
    'en',
    miniDataset,
  );
  assert.deepEqual(formatted, {
    label: 'Landelijk Platform Professie Wijkagent',
    reasons: ['is about the theme "Safety"', 'already runs "Intervisie for community police officers" and "gone"'],
  });
  assert.deepEqual(formatSuggestion({ id: 'intervisie', score: 1, reasons: [] }, 'learningForm', 'nl'), {
    label: 'intervisie',
    reasons: [],
  });
});
