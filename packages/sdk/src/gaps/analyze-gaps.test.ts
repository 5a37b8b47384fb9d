import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgendaItem, Dataset, Offering } from '../schema/index.js';
import { analyzeGaps, analyzeGapsAsync, analyzeGapsSteps } from './analyze-gaps.js';
import { DIRECTIONS, DOMAIN_SCOPES, SCALES, TARGET_GROUPS } from '../schema/index.js';
import { GAP_DIMENSIONS } from './types.js';
import type { GapDimension, GapOptions } from './types.js';

type Matcher = NonNullable<GapOptions['matcher']>;

const theme = (id: string, kind: 'content' | 'process') => ({ id, kind, label: { nl: id }, source: { section: '2.2' } });
const item = (id: string, kind: AgendaItem['kind'], themes: string[], targetGroups: AgendaItem['targetGroups']): AgendaItem => ({
  id, kind, title: { nl: id }, questions: [], themes, targetGroups, source: { section: '3' },
});
let serial = 0;
const offering = (over: Partial<Offering>): Offering => ({
  id: `o${++serial}`, title: { nl: 'Titel' }, provider: 'P', description: { nl: 'Beschrijving' },
  themes: ['safety'], targetGroups: ['professional'], learningForms: ['intervisie'],
  scale: ['local'], direction: ['horizontal'], domainScope: ['within-domain'], ...over,
});
const times = (n: number, over: Partial<Offering>) => Array.from({ length: n }, () => offering(over));

/**
 * Supply: 6 safety offerings, 2 housing, 1 care (also for residents), all horizontal within one
 * domain for professionals; 1 vertical cross-domain area-based offering for policymakers.
 * Demand: a safety priority for professionals, an education white spot for policymakers, and
 * the vertical and cross-domain organisational white spots.
 */
const dataset: Dataset = {
  schemaVersion: 1,
  updated: '2021-02-11',
  themes: [
    theme('education', 'content'), theme('work', 'content'), theme('safety', 'content'),
    theme('housing', 'content'), theme('health-care', 'content'),
    theme('participation', 'process'), theme('area-based-working', 'process'),
  ],
  targetGroups: [],
  learningForms: [],
  agenda: [
    item('p1', 'priority', ['safety'], ['professional']),
    item('g1', 'content-gap', ['education'], ['policymaker']),
    item('org-vertical', 'organisational-gap', ['area-based-working'], ['policymaker', 'resident']),
    item('org-cross-domain', 'organisational-gap', ['area-based-working'], ['policymaker']),
  ],
  offerings: [
    ...times(6, { themes: ['safety'] }),
    ...times(2, { themes: ['housing'], scale: ['national'] }),
    offering({ themes: ['health-care'], targetGroups: ['professional', 'resident'] }),
    offering({
      themes: ['area-based-working'], targetGroups: ['policymaker'], scale: ['regional'],
      direction: ['vertical'], domainScope: ['cross-domain'],
    }),
  ],
  networks: [],
};

const noMatcher: Matcher = {
  match: () => assert.fail('no question needs text matching here'),
};

test('findings: what dominates, what is wanted but scarce, and where demand meets no offering', () => {
  assert.deepEqual(analyzeGaps(dataset, { matcher: noMatcher }).findings, [
    { code: 'dominant', dimension: 'theme', value: 'safety', share: 0.6, supply: 6, comparedWith: ['housing', 'health-care', 'education', 'work'] },
    { code: 'dominant', dimension: 'targetGroup', value: 'professional', share: 0.9, supply: 9, comparedWith: ['policymaker', 'resident', 'administrator'] },
    { code: 'dominant', dimension: 'scale', value: 'local', share: 0.7, supply: 7, comparedWith: ['national', 'regional', 'organisation'] },
    { code: 'dominant', dimension: 'direction', value: 'horizontal', share: 0.9, supply: 9, comparedWith: ['vertical'] },
    { code: 'dominant', dimension: 'domainScope', value: 'within-domain', share: 0.9, supply: 9, comparedWith: ['cross-domain'] },
    { code: 'scarce', dimension: 'theme', value: 'education', supply: 0, share: 0, demand: 3, reference: 1.5, peers: 4, comparedWith: ['safety', 'housing'] },
    { code: 'scarce', dimension: 'direction', value: 'vertical', supply: 1, share: 0.1, demand: 3, reference: 9, peers: 1, comparedWith: ['horizontal'] },
    { code: 'scarce', dimension: 'domainScope', value: 'cross-domain', supply: 1, share: 0.1, demand: 3, reference: 9, peers: 1, comparedWith: ['within-domain'] },
    { code: 'underserved', dimension: 'theme', value: 'area-based-working', demand: 6, demandShare: 6 / 11, supply: 1, supplyShare: 0.1 },
    { code: 'underserved', dimension: 'theme', value: 'education', demand: 3, demandShare: 3 / 11, supply: 0, supplyShare: 0 },
    { code: 'underserved', dimension: 'targetGroup', value: 'policymaker', demand: 9, demandShare: 9 / 11, supply: 1, supplyShare: 0.1 },
    { code: 'underserved', dimension: 'targetGroup', value: 'resident', demand: 3, demandShare: 3 / 11, supply: 1, supplyShare: 0.1 },
    { code: 'underserved', dimension: 'direction', value: 'vertical', demand: 3, demandShare: 1, supply: 1, supplyShare: 0.1 },
    { code: 'underserved', dimension: 'domainScope', value: 'cross-domain', demand: 3, demandShare: 1, supply: 1, supplyShare: 0.1 },
    { code: 'uncovered', theme: 'education', targetGroup: 'policymaker', demand: 3 },
    { code: 'uncovered', theme: 'area-based-working', targetGroup: 'resident', demand: 3 },
  ]);
});

test('cells rank by shortfall: the demand share of all supply minus the supply', () => {
  const { cells } = analyzeGaps(dataset, { matcher: noMatcher });
  assert.deepEqual(
    cells.map((cell) => [cell.theme, cell.targetGroup, cell.demand.total, cell.supply]),
    [
      ['area-based-working', 'policymaker', 6, 1],
      ['education', 'policymaker', 3, 0],
      ['area-based-working', 'resident', 3, 0],
      ['health-care', 'professional', 0, 1],
      ['health-care', 'resident', 0, 1],
      ['housing', 'professional', 0, 2],
      ['safety', 'professional', 2, 6],
    ],
  );
  const top = cells[0]!;
  assert.equal(top.shortfall, (6 / 14) * 11 - 1);
  assert.deepEqual(top.demand.agendaItems, ['org-cross-domain', 'org-vertical']);
  assert.deepEqual(top.demand.bySource, { priority: 0, 'content-gap': 0, 'organisational-gap': 6, question: 0 });
  assert.deepEqual(top.offerings, [dataset.offerings[9]!.id]);
  assert.equal(cells.reduce((sum, cell) => sum + cell.demandShare, 0), 1);
});

test('rows: shares of offerings and of the demand expressed on each dimension', () => {
  const { rows } = analyzeGaps(dataset, { matcher: noMatcher });
  const row = (dimension: GapDimension, value: string) => rows[dimension].find((r) => r.value === value)!;
  assert.deepEqual(
    rows.theme.map((r) => [r.value, r.demand.total]),
    [['area-based-working', 6], ['education', 3], ['safety', 2], ['work', 0], ['housing', 0], ['health-care', 0], ['participation', 0]],
  );
  assert.equal(row('theme', 'education').demandShare, 3 / 11, 'of the 11 weight of all sources that name themes');
  assert.equal(row('direction', 'vertical').demandShare, 1);
  assert.equal(row('direction', 'vertical').supplyShare, 0.1);
  assert.equal(row('targetGroup', 'policymaker').demand.total, 9);
  assert.equal(row('scale', 'local').demand.total, 0);
});

test('questions add demand; unnamed target groups count for all four', () => {
  const analysis = analyzeGaps(dataset, {
    matcher: noMatcher,
    questions: [
      { what: 'Hoe leren scholen en werkgevers samen?', themes: ['work'], targetGroup: 'policymaker', scale: ['organisation'], direction: 'vertical' },
      { id: 'q-7', text: 'Wie werkt aan werk in de wijk?', themes: ['work', 'not-a-theme'], consent: true },
    ],
  });
  const work = analysis.rows.theme.find((r) => r.value === 'work')!;
  assert.equal(work.demand.total, 2);
  assert.equal(work.demand.questions, 2);
  assert.deepEqual(work.demand.questionIds, ['q-7']);
  const workCells = analysis.cells.filter((cell) => cell.theme === 'work');
  assert.deepEqual(
    workCells.map((cell) => [cell.targetGroup, cell.demand.total]).sort(),
    [['administrator', 1], ['policymaker', 2], ['professional', 1], ['resident', 1]],
  );
  assert.deepEqual(analysis.rows.direction.find((r) => r.value === 'vertical')!.demand.bySource, {
    priority: 0, 'content-gap': 0, 'organisational-gap': 3, question: 1,
  });
  const scarce = analysis.findings.filter((f) => f.code === 'scarce').map((f) => `${f.dimension}:${f.value}`);
  assert.deepEqual(scarce, ['theme:education', 'theme:work', 'targetGroup:administrator', 'scale:organisation', 'direction:vertical', 'domainScope:cross-domain']);
});

test('a question with free text only gets the themes of the agenda item the matcher finds', () => {
  const asked: string[] = [];
  const matcher: Matcher = {
    match: (question) => {
      asked.push(String(question));
      const found = dataset.agenda[1]!;
      return { agenda: [{ item: found, score: 1, reasons: [] }], offerings: [], similarQuestions: [] };
    },
  };
  const analysis = analyzeGaps(dataset, { matcher, questions: [{ what: 'Hoe krijg ik scholen mee?', targetGroup: 'resident' }, { what: '   ' }] });
  assert.deepEqual(asked, ['Hoe krijg ik scholen mee?']);
  const cell = analysis.cells.find((c) => c.theme === 'education' && c.targetGroup === 'resident')!;
  assert.equal(cell.demand.bySource.question, 1);
});

test('weights, organisational demand and thresholds can be set', () => {
  const analysis = analyzeGaps(dataset, {
    matcher: noMatcher,
    weights: { 'content-gap': 10, priority: -1 },
    organisationalDemand: {},
    thresholds: { dominantShare: 0.95, underservedRatio: 0 },
  });
  assert.deepEqual(analysis.weights, { priority: 2, 'content-gap': 10, 'organisational-gap': 3, question: 1 });
  assert.equal(analysis.rows.theme.find((r) => r.value === 'education')!.demand.total, 10);
  assert.equal(analysis.rows.direction.every((r) => r.demand.total === 0), true);
  assert.deepEqual(analysis.findings.filter((f) => f.code === 'dominant'), []);
  assert.deepEqual(
    analysis.findings.filter((f) => f.code === 'scarce').map((f) => `${f.dimension}:${f.value}`),
    ['theme:education'],
  );
  assert.deepEqual(
    analysis.findings.filter((f) => f.code === 'underserved').map((f) => `${f.dimension}:${f.value}`),
    ['theme:education'],
  );
});

test('dominance needs a majority that no other value also has', () => {
  const split = analyzeGaps({ ...dataset, offerings: dataset.offerings.map((o) => ({ ...o, direction: ['horizontal', 'vertical'] as const })) as Offering[] }, { matcher: noMatcher });
  assert.equal(split.findings.some((f) => f.code === 'dominant' && f.dimension === 'direction'), false);
  const half = analyzeGaps({ ...dataset, offerings: dataset.offerings.slice(4) }, { matcher: noMatcher });
  assert.equal(half.rows.theme.find((r) => r.value === 'safety')!.supplyShare, 2 / 6);
  assert.equal(half.findings.some((f) => f.code === 'dominant' && f.dimension === 'theme'), false);
});

test('an empty catalogue leaves all demand underserved and uncovered, and claims no dominance', () => {
  const analysis = analyzeGaps({ ...dataset, offerings: [] }, { matcher: noMatcher });
  assert.equal(analysis.offerings, 0);
  const codes = (code: string) => analysis.findings.filter((f) => f.code === code).length;
  assert.deepEqual([codes('dominant'), codes('scarce')], [0, 0]);
  const demandedRows = Object.values(analysis.rows).flat().filter((row) => row.demand.total > 0);
  assert.equal(codes('underserved'), demandedRows.length);
  assert.equal(codes('uncovered'), 4);
  assert.ok(analysis.cells.every((cell) => cell.shortfall === 0 && cell.supplyShare === 0));
});

test('steps: a unit per dimension value, per thousand offerings sorted into cells and per theme', () => {
  const large: Dataset = { ...dataset, offerings: times(2500, { themes: ['housing'] }) };
  const steps = analyzeGapsSteps(large, { matcher: noMatcher });
  let units = 0;
  let next = steps.next();
  for (; !next.done; next = steps.next()) units++;
  const values = large.themes.length + TARGET_GROUPS.length + SCALES.length + DIRECTIONS.length + DOMAIN_SCOPES.length;
  assert.equal(GAP_DIMENSIONS.length, 5, 'a dimension more: count its values above');
  assert.equal(units, 1 + values + 2 + large.themes.length);
  assert.deepEqual(next.value, analyzeGaps(large, { matcher: noMatcher }));
});

test('analyzeGapsAsync stops at an aborted signal with its reason', async () => {
  const controller = new AbortController();
  controller.abort(new Error('src changed'));
  await assert.rejects(analyzeGapsAsync(dataset, { matcher: noMatcher, signal: controller.signal }), /src changed/);
});
