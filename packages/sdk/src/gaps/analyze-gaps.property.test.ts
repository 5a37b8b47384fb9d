import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  AGENDA_ITEM_KINDS,
  DIRECTIONS,
  DOMAIN_SCOPES,
  LEARNING_FORMS,
  SCALES,
  TARGET_GROUPS,
  type AgendaItem,
  type Dataset,
  type LearningQuestion,
  type Offering,
} from '../schema/index.js';
import { runInSlices } from '../internal/slices.js';
import { analyzeGaps, analyzeGapsAsync, analyzeGapsSteps } from './analyze-gaps.js';
import { GAP_DIMENSIONS } from './types.js';

const THEMES = ['education', 'work', 'safety', 'housing', 'participation'];
const some = <T>(values: readonly T[]) => fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: values.length });

const offering: fc.Arbitrary<Offering> = fc.record({
  id: fc.constant('x'),
  title: fc.constant({ nl: 'Titel' }),
  provider: fc.constant('P'),
  description: fc.constant({ nl: 'B' }),
  themes: some(THEMES),
  targetGroups: some(TARGET_GROUPS),
  learningForms: some(LEARNING_FORMS),
  scale: some(SCALES),
  direction: some(DIRECTIONS),
  domainScope: some(DOMAIN_SCOPES),
});
const agendaItem: fc.Arbitrary<AgendaItem> = fc.record({
  id: fc.constantFrom('p1', 'g1', 'org-vertical', 'org-cross-domain', 'org-between-networks'),
  kind: fc.constantFrom(...AGENDA_ITEM_KINDS),
  title: fc.constant({ nl: 'T' }),
  questions: fc.constant([]),
  themes: some(THEMES),
  targetGroups: some(TARGET_GROUPS),
  source: fc.constant({ section: '3' }),
});
const question: fc.Arbitrary<LearningQuestion> = fc.record(
  {
    what: fc.constant('vraag'),
    themes: fc.uniqueArray(fc.constantFrom(...THEMES, 'unknown')),
    targetGroup: fc.constantFrom(...TARGET_GROUPS),
    scale: fc.uniqueArray(fc.constantFrom(...SCALES)),
    direction: fc.constantFrom(...DIRECTIONS),
    domainScope: fc.constantFrom(...DOMAIN_SCOPES),
  },
  { requiredKeys: ['what', 'themes'] },
);
const input = fc.record({
  offerings: fc.array(offering, { maxLength: 25 }),
  agenda: fc.uniqueArray(agendaItem, { selector: (item) => item.id }),
  questions: fc.array(question, { maxLength: 5 }),
});

const datasetOf = ({ offerings, agenda }: { offerings: Offering[]; agenda: AgendaItem[] }): Dataset => ({
  schemaVersion: 1,
  updated: '2021-02-11',
  themes: THEMES.map((id, i) => ({ id, kind: i < 4 ? 'content' : 'process', label: { nl: id }, source: { section: '2.2' } })),
  targetGroups: [],
  learningForms: [],
  agenda,
  offerings: offerings.map((o, i) => ({ ...o, id: `o${i}` })),
  networks: [],
});
const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const matcher = { match: () => ({ agenda: [], offerings: [], similarQuestions: [] }) };

test('property: deterministic, and the numbers add up', () => {
  fc.assert(
    fc.property(input, (generated) => {
      const dataset = datasetOf(generated);
      const options = { questions: generated.questions, matcher };
      const analysis = analyzeGaps(dataset, options);
      assert.deepEqual(analyzeGaps(dataset, options), analysis);

      const demand = analysis.cells.reduce((sum, cell) => sum + cell.demand.total, 0);
      if (demand > 0) {
        assert.ok(close(analysis.cells.reduce((sum, cell) => sum + cell.demandShare, 0), 1));
        assert.ok(close(analysis.cells.reduce((sum, cell) => sum + cell.shortfall, 0), 0));
      }
      for (let i = 1; i < analysis.cells.length; i++) assert.ok(analysis.cells[i - 1]!.shortfall >= analysis.cells[i]!.shortfall);
      for (const cell of analysis.cells) {
        const carrying = dataset.offerings.filter((o) => o.themes.includes(cell.theme) && o.targetGroups.includes(cell.targetGroup));
        assert.deepEqual(cell.offerings, carrying.map((o) => o.id));
        assert.ok(close(cell.demand.total, Object.values(cell.demand.bySource).reduce((a, b) => a + b, 0)));
      }
      for (const dimension of GAP_DIMENSIONS) {
        for (const row of analysis.rows[dimension]) {
          const values = (o: Offering): readonly string[] =>
            dimension === 'theme' ? o.themes : dimension === 'targetGroup' ? o.targetGroups : o[dimension];
          assert.equal(row.supply, dataset.offerings.filter((o) => values(o).includes(row.value)).length);
          assert.ok(row.demandShare >= 0 && row.demandShare <= 1 && row.supplyShare >= 0 && row.supplyShare <= 1);
        }
      }
      for (const finding of analysis.findings) {
        if (finding.code === 'uncovered') {
          const cell = analysis.cells.find((c) => c.theme === finding.theme && c.targetGroup === finding.targetGroup)!;
          assert.ok(cell.supply === 0 && cell.demand.total > 0);
        } else if (finding.code === 'dominant') {
          const kind = (id: string) => dataset.themes.find((theme) => theme.id === id)?.kind;
          const rows = analysis.rows[finding.dimension].filter(
            (row) => finding.dimension !== 'theme' || kind(row.value) === kind(finding.value),
          );
          assert.ok(finding.share > 0.5);
          assert.ok(rows.every((row) => row.value === finding.value || row.supplyShare <= 0.5));
        } else {
          assert.ok(finding.demand > 0);
        }
      }
    }),
    { numRuns: 200 },
  );
});

test('property: analyzeGapsAsync, and the steps run in slices of one unit, give what analyzeGaps gives', async () => {
  await fc.assert(
    fc.asyncProperty(input, async (generated) => {
      const dataset = datasetOf(generated);
      const options = { questions: generated.questions, matcher };
      const expected = analyzeGaps(dataset, options);
      assert.deepEqual(await analyzeGapsAsync(dataset, options), expected);
      let clock = 0;
      let pauses = 0;
      const sliced = await runInSlices(analyzeGapsSteps(dataset, options), {
        sliceMs: 1,
        now: () => clock++,
        pause: async () => void pauses++,
      });
      assert.deepEqual(sliced, expected);
      assert.ok(pauses > GAP_DIMENSIONS.length, `${pauses} pauses`);
    }),
    { numRuns: 50 },
  );
});
