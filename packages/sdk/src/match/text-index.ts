import type { SearchResult } from 'minisearch';
import { normalize, type Analyzer } from '../text/index.js';
import type { TextIndex } from './text-index-build.js';
import type { TextHit } from './types.js';

/** Longer questions are cut here; the schema allows no longer ones. */
export const MAX_QUERY_LENGTH = 2000;
/** Words shorter than this are not matched fuzzily: too many short words are one typo apart. */
const MIN_FUZZY_LENGTH = 5;

/** A query analysed once: its index terms, and which of the person's words each came from. */
export interface AnalyzedQuery {
  readonly text: string;
  readonly terms: readonly string[];
  readonly wordOf: ReadonlyMap<string, string>;
  /** The words and phrases terms are credited to, in query order. */
  readonly words: readonly string[];
  /** The stem of each word, the only terms matched fuzzily (not compound parts, phrases or synonyms). */
  readonly wordStems: ReadonlySet<string>;
  /** The stem of the last word, searched as a prefix too (the person may still be typing it). */
  readonly lastStem: string | undefined;
  /**
   * What coverage is measured against: the person's meaningful words, plus each phrase made of
   * stop words only (such as "wij zij"), which counts as one.
   */
  readonly units: readonly string[];
  /** Per entry of `words`, the units a hit on it covers (a phrase covers its meaningful words). */
  readonly unitsOf: ReadonlyMap<string, readonly string[]>;
}

/** The units each word or phrase covers; see {@link AnalyzedQuery.units}. */
function coverageUnits(words: readonly string[]): { units: string[]; unitsOf: Map<string, string[]> } {
  const single = new Set(words.filter((word) => !word.includes(' ')));
  const units = new Set<string>(single);
  const unitsOf = new Map<string, string[]>();
  for (const word of words) {
    if (single.has(word)) {
      unitsOf.set(word, [word]);
      continue;
    }
    const parts = word.split(' ').filter((part) => single.has(part));
    if (parts.length === 0) units.add(word);
    unitsOf.set(word, parts.length === 0 ? [word] : parts);
  }
  return { units: [...units], unitsOf };
}

export function analyzeQuery(text: string, analyzer: Analyzer): AnalyzedQuery {
  const cut = text.slice(0, MAX_QUERY_LENGTH);
  const words = normalize(cut).split(' ').filter(Boolean);
  const phrases = analyzer.phrasesIn(words);
  // Each term is credited to the word (or phrase, written with spaces) it first came from, in query order.
  const wordOf = new Map<string, string>();
  const credit = (token: string, shown: string) => {
    for (const term of analyzer.processTerm(token) ?? []) if (!wordOf.has(term)) wordOf.set(term, shown);
  };
  words.forEach((word, i) => {
    credit(word, word);
    for (const phrase of phrases) if (phrase.start === i) credit(phrase.words.join(''), phrase.words.join(' '));
  });
  const wordStems = new Set<string>();
  let lastStem: string | undefined;
  for (const word of words) {
    const stem = analyzer.processTerm(word)?.[0];
    if (stem === undefined) continue;
    wordStems.add(stem);
    lastStem = stem;
  }
  const credited = [...new Set(wordOf.values())];
  return { text: cut, terms: [...wordOf.keys()], wordOf, words: credited, wordStems, lastStem, ...coverageUnits(credited) };
}

/**
 * Scores rounded to 12 decimals: a loaded index sums the same field scores in another order, and
 * the last bits of a float must not change a ranking.
 */
const roundScore = (score: number): number => Math.round(score * 1e12) / 1e12;

/** Bounded Levenshtein distance, enough to tell which query term a fuzzy hit came from. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Which of the person's words a document term was found for: exactly, as a prefix, or as the nearest typo. */
function wordFor(documentTerm: string, query: AnalyzedQuery): string | undefined {
  const exact = query.wordOf.get(documentTerm);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const term of query.wordStems) {
    const distance = documentTerm.startsWith(term) ? 0 : editDistance(term, documentTerm);
    if (distance < bestDistance) {
      best = term;
      bestDistance = distance;
    }
  }
  return best === undefined ? undefined : query.wordOf.get(best);
}

function toTextHit(result: SearchResult, query: AnalyzedQuery, score: number, wordOf: (term: string) => string | undefined): TextHit {
  const fieldsOfWord = new Map<string, string[]>();
  for (const documentTerm in result.match) {
    const word = wordOf(documentTerm);
    if (word === undefined) continue;
    const fields = fieldsOfWord.get(word);
    if (fields === undefined) fieldsOfWord.set(word, [...result.match[documentTerm]!]);
    else for (const field of result.match[documentTerm]!) if (!fields.includes(field)) fields.push(field);
  }
  const terms: string[] = [];
  const match: Record<string, string[]> = {};
  for (const word of query.words) {
    const fields = fieldsOfWord.get(word);
    if (fields === undefined) continue;
    terms.push(word);
    match[word] = fields.sort();
  }
  return { score, terms, match };
}

/** Text scores of one search (relative to the best hit, in rank order), with hit details on demand. */
export interface TextResults {
  readonly scores: ReadonlyMap<string, number>;
  /** Share of the query's units (its meaningful words) a hit matched, 0..1; 0 for a miss. */
  coverage(id: string): number;
  hit(id: string): TextHit | undefined;
}

const NO_PHRASE_HITS: ReadonlySet<string> = new Set();

const NO_RESULTS: TextResults = { scores: new Map(), coverage: () => 0, hit: () => undefined };

/**
 * Searches one index for an analysed query: stems, synonyms, compound parts, a prefix for the last
 * word, and typos (fuzzy) for longer words the index does not know. Scores are relative to the best
 * hit (0..1]; which words matched where is worked out only for the hits asked about. Ids in
 * `phraseHits` (documents whose name the query spells out, see {@link phraseMatcher}) rank above all
 * other hits.
 */
export function searchText(
  text: TextIndex,
  query: AnalyzedQuery,
  fuzzy: number,
  phraseHits: ReadonlySet<string> = NO_PHRASE_HITS,
): TextResults {
  if (query.terms.length === 0) return NO_RESULTS;
  const termsPerWord = new Map<string, number>();
  for (const word of query.wordOf.values()) termsPerWord.set(word, (termsPerWord.get(word) ?? 0) + 1);
  const shareOf = (term: string) => 1 / Math.sqrt(termsPerWord.get(query.wordOf.get(term) ?? '') ?? 1);
  const results = text.index.search(query.text, {
    boost: { ...text.boost },
    combineWith: 'OR',
    // Each of the person's words weighs the same, however many stems, parts and synonyms it expands to.
    boostTerm: (term) => shareOf(term),
    fuzzy: (term) =>
      fuzzy > 0 && term.length >= MIN_FUZZY_LENGTH && query.wordStems.has(term) && !text.vocabulary.has(term) ? fuzzy : false,
    prefix: (term) => term.length >= 3 && term === query.lastStem,
  });
  // MiniSearch multiplies a score by the number of query terms matched; count matched words instead.
  const scored: { id: string; result: SearchResult; score: number; covered: number }[] = [];
  let best = 0;
  for (const result of results) {
    const words = new Set<string | undefined>();
    for (const term of result.queryTerms) words.add(query.wordOf.get(term));
    const score = (result.score / Math.max(1, result.queryTerms.length)) * words.size;
    if (score > best) best = score;
    const covered = new Set<string>();
    for (const word of words) for (const unit of (word === undefined ? undefined : query.unitsOf.get(word)) ?? []) covered.add(unit);
    scored.push({ id: String(result.id), result, score, covered: covered.size });
  }
  if (!(best > 0) || !Number.isFinite(best)) return NO_RESULTS;
  // A document the query names as a whole (see `phraseHits`) outranks every other, in its own order.
  if (phraseHits.size > 0) {
    const lift = best;
    for (const entry of scored) if (phraseHits.has(entry.id)) best = Math.max(best, (entry.score += lift));
  }
  for (const entry of scored) entry.score = roundScore(entry.score / best);
  scored.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const scores = new Map<string, number>();
  const resultOf = new Map<string, SearchResult>();
  const coverage = new Map<string, number>();
  const units = Math.max(1, query.units.length);
  for (const { id, result, score, covered } of scored) {
    scores.set(id, score);
    resultOf.set(id, result);
    coverage.set(id, Math.min(1, covered / units));
  }
  const credited = new Map<string, string | undefined>();
  const wordOf = (documentTerm: string) => {
    if (!credited.has(documentTerm)) credited.set(documentTerm, wordFor(documentTerm, query));
    return credited.get(documentTerm);
  };
  return {
    scores,
    coverage: (id) => coverage.get(id) ?? 0,
    hit: (id) => {
      const result = resultOf.get(id);
      return result === undefined ? undefined : toTextHit(result, query, scores.get(id)!, wordOf);
    },
  };
}

/** All hits with their details, as `offeringText` reports them. */
export function allHits(results: TextResults): Map<string, TextHit> {
  const hits = new Map<string, TextHit>();
  for (const id of results.scores.keys()) hits.set(id, results.hit(id)!);
  return hits;
}

/** Whole-word phrase containment on normalised text. */
const containsPhrase = (text: string, phrase: string): boolean => ` ${text} `.includes(` ${phrase} `);

/**
 * The documents a query names as a phrase: its normalised words equal one of a document's names
 * (for offerings: provider and title), or, for two words or more, stand together inside one. A
 * single word inside a longer name ("platform") is left to the ordinary text score.
 */
export function phraseMatcher(
  names: ReadonlyMap<string, readonly string[]>,
): (queryText: string) => ReadonlySet<string> {
  const normalized = [...names].map(([id, list]) => [id, list.map(normalize).filter((n) => n !== '')] as const);
  return (queryText) => {
    const phrase = normalize(queryText.slice(0, MAX_QUERY_LENGTH)).split(' ').filter(Boolean).join(' ');
    if (phrase === '') return NO_PHRASE_HITS;
    const several = phrase.includes(' ');
    const hits = new Set<string>();
    for (const [id, list] of normalized) {
      if (list.some((name) => name === phrase || (several && containsPhrase(name, phrase)))) hits.add(id);
    }
    return hits;
  };
}
