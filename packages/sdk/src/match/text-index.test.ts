import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SearchResult } from 'minisearch';
import { getDefaultAnalyzer, normalize } from '../text/index.js';
import { AGENDA_FIELDS, agendaDocument, FIELD_BOOSTS, OFFERING_FIELDS, offeringDocument } from './documents.js';
import { defaultDataset } from './golden/default-dataset.fixture.test.js';
import { allHits, analyzeQuery, phraseMatcher, searchText, wordFor, type AnalyzedQuery } from './text-index.js';
import { buildTextIndex, loadTextIndex, serializeTextIndex, type TextIndex } from './text-index-build.js';
import type { TextHit } from './types.js';

const analyzer = getDefaultAnalyzer();
const offeringIndex = buildTextIndex(
  OFFERING_FIELDS,
  FIELD_BOOSTS.offerings,
  defaultDataset.offerings.map((offering) => offeringDocument(defaultDataset, offering)),
  analyzer,
);
const agendaIndex = buildTextIndex(
  AGENDA_FIELDS,
  FIELD_BOOSTS.agenda,
  defaultDataset.agenda.map((item) => agendaDocument(defaultDataset, item)),
  analyzer,
);
const loadedOfferingIndex = loadTextIndex(
  OFFERING_FIELDS,
  FIELD_BOOSTS.offerings,
  JSON.parse(JSON.stringify(serializeTextIndex(offeringIndex, OFFERING_FIELDS))),
  analyzer,
);

// ---------------------------------------------------------------------------------------------
// The reference: scores as MiniSearch's own `search` gives them, folded the way searchText
// folds them (per matched word, relative to the best hit), which is how searchText worked before
// it read the postings itself. Which word a document term is credited to is not under test here:
// the reference uses searchText's own `wordFor`.

interface ReferenceHit {
  score: number;
  coverage: number;
  hit: TextHit;
}

function referenceSearch(text: TextIndex, query: AnalyzedQuery, fuzzy: number, phraseHits: ReadonlySet<string>): Map<string, ReferenceHit> {
  const reference = new Map<string, ReferenceHit>();
  if (query.terms.length === 0) return reference;
  const termsPerWord = new Map<string, number>();
  for (const word of query.wordOf.values()) termsPerWord.set(word, (termsPerWord.get(word) ?? 0) + 1);
  const results = text.index.search(query.text, {
    boost: { ...text.boost },
    combineWith: 'OR',
    boostTerm: (term) => 1 / Math.sqrt(termsPerWord.get(query.wordOf.get(term) ?? '') ?? 1),
    fuzzy: (term) =>
      fuzzy > 0 && term.length >= 5 && query.wordStems.has(term) && !text.vocabulary.has(term) ? fuzzy : false,
    prefix: (term) => term.length >= 3 && term === query.lastStem,
  });
  const scored: { id: string; result: SearchResult; score: number; covered: number }[] = [];
  let best = 0;
  for (const result of results) {
    const words = new Set<string | undefined>();
    for (const term of result.queryTerms) words.add(query.wordOf.get(term));
    const score = (result.score / Math.max(1, result.queryTerms.length)) * words.size;
    best = Math.max(best, score);
    const covered = new Set<string>();
    for (const word of words) for (const unit of (word === undefined ? undefined : query.unitsOf.get(word)) ?? []) covered.add(unit);
    scored.push({ id: String(result.id), result, score, covered: covered.size });
  }
  if (!(best > 0)) return reference;
  const lift = best;
  for (const entry of scored) if (phraseHits.has(entry.id)) best = Math.max(best, (entry.score += lift));
  for (const { id, result, score, covered } of scored) {
    const fieldsOfWord = new Map<string, Set<string>>();
    for (const documentTerm in result.match) {
      const word = wordFor(documentTerm, query);
      if (word === undefined) continue;
      const fields = fieldsOfWord.get(word) ?? new Set<string>();
      for (const field of result.match[documentTerm]!) fields.add(field);
      fieldsOfWord.set(word, fields);
    }
    const terms = query.words.filter((word) => fieldsOfWord.has(word));
    const match = Object.fromEntries(terms.map((word) => [word, [...fieldsOfWord.get(word)!].sort()]));
    reference.set(id, {
      score: score / best,
      coverage: Math.min(1, covered / Math.max(1, query.units.length)),
      hit: { score: score / best, terms, match },
    });
  }
  return reference;
}

// ---------------------------------------------------------------------------------------------

function assertSameAsReference(text: TextIndex, queryText: string, fuzzy: number, phraseHits: ReadonlySet<string> = new Set()) {
  const query = analyzeQuery(queryText, analyzer);
  const results = searchText(text, query, fuzzy, phraseHits);
  const reference = referenceSearch(text, query, fuzzy, phraseHits);
  assert.equal(results.size, reference.size, `hits for ${JSON.stringify(queryText)}`);
  for (const [id, expected] of reference) {
    assert.ok(Math.abs(results.score(id) - expected.score) < 1e-9, `score of ${id} for ${JSON.stringify(queryText)}`);
    assert.ok(Math.abs(results.coverage(id) - expected.coverage) < 1e-12, `coverage of ${id}`);
    const hit = results.hit(id)!;
    assert.deepEqual({ terms: hit.terms, match: hit.match }, { terms: expected.hit.terms, match: expected.hit.match }, `hit ${id}`);
  }
  let visited = 0;
  results.forEachHit((id, score) => {
    visited++;
    assert.equal(score, results.score(id));
  });
  assert.equal(visited, reference.size);
  assert.equal(results.score('not-an-id'), 0);
  assert.equal(results.hit('not-an-id'), undefined);
}

const wordsOf = (texts: readonly string[]) => [...new Set(texts.flatMap((text) => normalize(text).split(' ')).filter(Boolean))];
const offeringWords = wordsOf(
  defaultDataset.offerings.flatMap((o) => [o.title.nl, o.description.nl, o.provider, ...o.themes]),
);
const agendaWords = wordsOf(defaultDataset.agenda.flatMap((item) => [item.title.nl, ...item.questions.map((q) => q.nl)]));

/** A query as someone types it: words of the texts (some with a typo), the last one maybe unfinished. */
const typed = (words: readonly string[]) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...words), fc.nat(20)), { minLength: 1, maxLength: 6 }),
      fc.nat(12),
      fc.constantFrom('', 'de ', 'wij zij ', 'inwoners ', 'wijkaanpak '),
    )
    .map(([list, cut, lead]) => {
      const typedWords = list.map(([word, typo]) =>
        typo === 0 && word.length > 5 ? word.slice(0, 2) + word.slice(3) : word,
      );
      const text = lead + typedWords.join(' ');
      return text.slice(0, Math.max(1, text.length - cut));
    });

test('searchText scores, covers and explains every hit as MiniSearch’s own search does, keystroke by keystroke', () => {
  fc.assert(
    fc.property(typed(offeringWords), fc.constantFrom(0, 0.2, 0.3), (query, fuzzy) => {
      assertSameAsReference(offeringIndex, query, fuzzy);
      assertSameAsReference(loadedOfferingIndex, query, fuzzy);
    }),
    { numRuns: 150 },
  );
  fc.assert(
    fc.property(typed(agendaWords), (query) => assertSameAsReference(agendaIndex, query, 0.2)),
    { numRuns: 100 },
  );
});

test('typed keystroke by keystroke, each prefix gets what a search from scratch gives (per-term and per-spec caches)', () => {
  fc.assert(
    fc.property(typed(offeringWords), fc.constantFrom(0, 0.2), (query, fuzzy) => {
      for (let end = 1; end <= query.length; end++) assertSameAsReference(offeringIndex, query.slice(0, end), fuzzy);
      // Back to an earlier prefix, as when someone deletes a word.
      assertSameAsReference(offeringIndex, query.slice(0, Math.ceil(query.length / 2)), fuzzy);
    }),
    { numRuns: 40 },
  );
});

test('searchText gives the same answers again when the same words are searched another time (per-term caches)', () => {
  const queries = ['wijkaanpak vertrouwen', 'wijkaanpak vertr', 'inwoners participatie', 'wijkaanpak vertrouwen'];
  const first = queries.map((query) => allHits(searchText(offeringIndex, analyzeQuery(query, analyzer), 0.2)));
  const again = queries.map((query) => allHits(searchText(offeringIndex, analyzeQuery(query, analyzer), 0.2)));
  assert.deepEqual(again, first);
  assert.deepEqual(first[3], first[0]);
});

test('a phrase hit is lifted above every other hit, as before', () => {
  const provider = defaultDataset.offerings[0]!.provider;
  const phraseHits = new Set([defaultDataset.offerings[0]!.id]);
  assertSameAsReference(offeringIndex, provider, 0.2, phraseHits);
  assertSameAsReference(offeringIndex, 'wijkaanpak vertrouwen', 0.2, new Set(defaultDataset.offerings.slice(0, 5).map((o) => o.id)));
});

test('ranked lists every hit best first, ties by id', () => {
  const results = searchText(offeringIndex, analyzeQuery('wijk bewoners', analyzer), 0.2);
  const ranked = results.ranked();
  assert.equal(ranked.length, results.size);
  for (let i = 1; i < ranked.length; i++) {
    const [a, b] = [ranked[i - 1]!, ranked[i]!];
    assert.ok(results.score(a) > results.score(b) || (results.score(a) === results.score(b) && a < b));
  }
});

/** The phrase rule written out directly: a name equal to the phrase, or (two words or more) holding it whole. */
function naivePhraseHits(names: ReadonlyMap<string, readonly string[]>, queryText: string): Set<string> {
  const phrase = normalize(queryText).split(' ').filter(Boolean).join(' ');
  const hits = new Set<string>();
  if (phrase === '') return hits;
  for (const [id, list] of names) {
    for (const name of list.map(normalize)) {
      if (name !== '' && (name === phrase || (phrase.includes(' ') && ` ${name} `.includes(` ${phrase} `)))) hits.add(id);
    }
  }
  return hits;
}

test('phraseMatcher finds exactly the names a query spells out, as a scan over every name would', () => {
  const names = new Map(defaultDataset.offerings.map((o) => [o.id, [o.provider, o.title.nl]]));
  const match = phraseMatcher(names);
  const nameWords = wordsOf([...names.values()].flat());
  const phrase = fc.oneof(
    fc.constantFrom(...[...names.values()].flat()),
    fc.array(fc.constantFrom(...nameWords), { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')),
    fc.string({ maxLength: 20 }),
  );
  fc.assert(
    fc.property(phrase, (query) => {
      assert.deepEqual([...match(query)].sort(), [...naivePhraseHits(names, query)].sort());
    }),
    { numRuns: 300 },
  );
});

test('phraseMatcher.prepareSteps indexes the names in units of 500 documents, and answers as before', () => {
  const names = new Map(Array.from({ length: 1200 }, (_, i) => [`o${i}`, [`Aanbieder ${i % 7}`, `Wijkaanpak deel ${i}`]]));
  const stepped = phraseMatcher(names);
  let units = 0;
  for (const steps = stepped.prepareSteps(); !steps.next().done; ) units++;
  assert.equal(units, 2);
  assert.equal([...stepped.prepareSteps()].length, 0, 'prepared once');
  const plain = phraseMatcher(names);
  for (const query of ['aanbieder 3', 'wijkaanpak deel 1199', 'deel 5', 'wijkaanpak']) {
    assert.deepEqual([...stepped(query)].sort(), [...plain(query)].sort(), query);
  }
});

test('transient searches, one after another on the same index, answer as searches with arrays of their own', () => {
  const transient = { transient: true } as const;
  fc.assert(
    fc.property(fc.array(typed(offeringWords), { minLength: 1, maxLength: 6 }), fc.constantFrom(0, 0.2), (list, fuzzy) => {
      for (const text of list) {
        const query = analyzeQuery(text, analyzer);
        const own = searchText(offeringIndex, query, fuzzy);
        const reused = searchText(offeringIndex, query, fuzzy, undefined, transient);
        assert.equal(reused.size, own.size);
        assert.deepEqual(allHits(reused), allHits(own));
        for (const offering of defaultDataset.offerings) assert.equal(reused.coverage(offering.id), own.coverage(offering.id));
      }
    }),
    { numRuns: 60 },
  );
});
