import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher } from '../match/index.js';
import type { Dataset } from '../schema/index.js';
import { analyzeGaps } from './analyze-gaps.js';
import type { GapFinding } from './types.js';

// The data package depends on this one, so its dataset is loaded by name at run time, outside the type graph.
const dataPackage = '@leernetwerk/data';
const { defaultDataset } = (await import(dataPackage)) as { defaultDataset: Dataset };

const analysis = analyzeGaps(defaultDataset);
const find = (code: GapFinding['code'], dimension: string, value: string) =>
  analysis.findings.find((f) => f.code === code && 'dimension' in f && f.dimension === dimension && f.value === value);

test('default dataset: horizontal learning within one domain dominates the supply (report 2.1, 3.2)', () => {
  assert.ok(find('dominant', 'direction', 'horizontal'));
  assert.ok(find('dominant', 'domainScope', 'within-domain'));
  assert.equal(find('dominant', 'direction', 'vertical'), undefined);
});

test('default dataset: cross-domain learning is scarce, vertical learning trails the demand for it (report 3.2)', () => {
  const crossDomain = find('scarce', 'domainScope', 'cross-domain');
  assert.ok(crossDomain && crossDomain.code === 'scarce');
  assert.deepEqual(crossDomain.comparedWith, ['within-domain']);
  assert.ok(find('underserved', 'domainScope', 'cross-domain'));
  const vertical = find('underserved', 'direction', 'vertical');
  assert.ok(vertical && vertical.code === 'underserved');
  assert.ok(vertical.supplyShare < vertical.demandShare / 2);
  assert.deepEqual(analysis.rows.direction.find((r) => r.value === 'vertical')!.demand.agendaItems, ['org-vertical']);
});

test('default dataset: offerings on education and work are scarce compared with housing, care and safety (report 2.1)', () => {
  for (const value of ['education', 'work']) {
    const finding = find('scarce', 'theme', value);
    assert.ok(finding && finding.code === 'scarce', value);
    for (const better of ['housing', 'health-care', 'safety']) assert.ok(finding.comparedWith.includes(better), `${value} vs ${better}`);
  }
  for (const value of ['housing', 'health-care', 'safety']) assert.equal(find('scarce', 'theme', value), undefined, value);
});

test('default dataset: rows count the offerings as they are', () => {
  for (const row of analysis.rows.direction) {
    const counted = defaultDataset.offerings.filter((o) => (o.direction as readonly string[]).includes(row.value)).length;
    assert.equal(row.supply, counted, row.value);
  }
  assert.deepEqual(analyzeGaps(defaultDataset), analysis);
});

test('default dataset: a free-text question adds demand on the themes of the agenda item it matches', () => {
  const what = 'Hoe krijgen we scholen en werkgevers mee in de aanpak van de wijk?';
  const matched = createMatcher(defaultDataset).match(what, { limit: 1 }).agenda[0]!.item;
  const withQuestion = analyzeGaps(defaultDataset, { questions: [{ what, targetGroup: 'policymaker' }] });
  for (const row of withQuestion.rows.theme) {
    assert.equal(row.demand.bySource.question, matched.themes.includes(row.value) ? 1 : 0, row.value);
  }
});
