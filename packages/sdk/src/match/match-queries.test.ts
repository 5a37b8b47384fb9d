import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LEARNING_FORMS, SCALES, TARGET_GROUPS, type AgendaItem, type Offering } from '../schema/index.js';
import { getDefaultAnalyzer } from '../text/index.js';
import { agendaCriteria } from './agenda-criteria.js';
import { readAsker } from './asker.js';
import { explainItems, scoreItems, type Scored, type ScoringContext } from './criteria.js';
import { AGENDA_FIELDS, agendaDocument, FIELD_BOOSTS, OFFERING_FIELDS, offeringDocument } from './documents.js';
import { defaultDataset } from './golden/default-dataset.fixture.test.js';
import { needsOf } from './learning-needs.js';
import { matcherQueries } from './match-queries.js';
import { offeringCriteria } from './offering-criteria.js';
import { analyzeQuery, phraseMatcher, searchText } from './text-index.js';
import { buildTextIndex } from './text-index-build.js';
import type { MatchInput } from './types.js';

const analyzer = getDefaultAnalyzer();
const dataset = defaultDataset;
const indexes = {
  agenda: buildTextIndex(AGENDA_FIELDS, FIELD_BOOSTS.agenda, dataset.agenda.map((item) => agendaDocument(dataset, item)), analyzer),
  offerings: buildTextIndex(
    OFFERING_FIELDS,
    FIELD_BOOSTS.offerings,
    dataset.offerings.map((offering) => offeringDocument(dataset, offering)),
    analyzer,
  ),
  questions: buildTextIndex(['text'], FIELD_BOOSTS.questions, [], analyzer),
};
const queries = matcherQueries({
  dataset,
  analyzer,
  fuzzy: 0.2,
  agendaItems: dataset.agenda,
  offerings: dataset.offerings,
  questions: [],
  indexes,
});
const phrases = phraseMatcher(new Map(dataset.offerings.map((o) => [o.id, [o.provider, o.title.nl]])));

function inferThemes(agenda: readonly Scored<AgendaItem>[]): string[] {
  const best = agenda[0]?.score ?? 0;
  const themes = new Set<string>();
  for (const ranked of agenda.slice(0, 3)) if (ranked.score >= 0.75 * best) for (const theme of ranked.item.themes) themes.add(theme);
  return [...themes];
}

/** Offerings as match ranked them before candidates, bounds and heaps: every offering scored, sorted, cut. */
function referenceOfferings(input: MatchInput, limit: number) {
  const asker = readAsker(input);
  const query = analyzeQuery(asker.text, analyzer);
  const base: ScoringContext = {
    asker,
    hasText: query.terms.length > 0,
    text: searchText(indexes.agenda, query, 0.2),
    agendaScores: new Map(),
    inferredThemes: [],
    needs: needsOf(dataset, asker.targetGroup),
  };
  const agendaScored = scoreItems(dataset.agenda, agendaCriteria, base, ['term', 'theme']);
  const context: ScoringContext = {
    ...base,
    agendaScores: new Map(agendaScored.map((s) => [s.item.id, s.score])),
    inferredThemes: inferThemes(agendaScored),
    text: searchText(indexes.offerings, query, 0.2, query.terms.length > 0 ? phrases(query.text) : new Set()),
  };
  const all = scoreItems<Offering>(dataset.offerings, offeringCriteria, context, ['term', 'agenda-link']);
  const coverage = (id: string) => (context.hasText ? context.text.coverage(id) : 1);
  const fit = all.reduce((best, { item, score }) => Math.max(best, score * coverage(item.id)), 0);
  const list = explainItems(all, offeringCriteria, context, limit).map((r) => ({ ...r, coverage: coverage(r.item.id) }));
  return { list, fit };
}

const words = fc.constantFrom(
  ...['vertrouwen', 'wijk', 'bewoners', 'inwoners', 'corporatie', 'wij-zij', 'masterclas', 'participatie', 'zorg', 'wonen'],
  ...['veiligheid', 'jongeren', 'armoede', 'schulden', 'netwerk', 'leren', 'hoe', 'de', 'Voorbeeldnetwerk', 'gemeente'],
);
const question = fc.record(
  {
    what: fc.array(words, { maxLength: 7 }).map((list) => list.join(' ')),
    themes: fc.subarray(dataset.themes.map((theme) => theme.id)),
    targetGroup: fc.constantFrom(...TARGET_GROUPS),
    scale: fc.subarray([...SCALES]),
    learningForms: fc.subarray([...LEARNING_FORMS]),
    region: fc.constantFrom('Rotterdam', 'Utrecht'),
  },
  { requiredKeys: [] },
);

test('match ranks offerings, with their reasons, coverage and fit, exactly as scoring every offering does', () => {
  fc.assert(
    fc.property(fc.oneof(question, words), fc.integer({ min: 0, max: 12 }), (input, limit) => {
      const result = queries.match(input as MatchInput, { limit });
      const reference = referenceOfferings(input as MatchInput, limit);
      assert.deepEqual(result.offerings, reference.list);
      assert.equal(result.fit.offerings, reference.fit);
    }),
    { numRuns: 250 },
  );
});

test('offeringHits and offeringText agree: the same hits, scores and details', () => {
  for (const query of ['wijk bewoners', 'vertrouwn', 'Voorbeeldnetwerk', 'de', '']) {
    const text = queries.offeringText(query);
    const hits = queries.offeringHits(query);
    const seen = new Map<string, number>();
    hits.forEachHit((id, score) => seen.set(id, score));
    assert.deepEqual(new Map([...text].map(([id, hit]) => [id, hit.score])), seen);
    for (const [id, hit] of text) assert.deepEqual(hits.hit(id), hit);
  }
});

test('transientOfferingHits between matches give what offeringHits gives (arrays reused per index, left clean)', () => {
  for (const query of ['wijk bewoners', 'vertrouwn', 'Voorbeeldnetwerk', 'de', '', 'inwoners participatie']) {
    queries.match(`${query} en de buurt`);
    const own = queries.offeringHits(query);
    const reused = queries.transientOfferingHits(query);
    assert.equal(reused.size, own.size);
    assert.deepEqual(reused.ranked(), own.ranked());
    for (const id of own.ranked()) {
      assert.deepEqual(reused.hit(id), own.hit(id));
      assert.equal(reused.coverage(id), own.coverage(id));
    }
  }
});
