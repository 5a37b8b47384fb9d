import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { isSynonymTerm, normalize, type Analyzer } from '../text/index.js';
import type { IndexDocument } from './documents.js';
import type { TextHit } from './types.js';

/** The MiniSearch options an index is built with; loading a serialised index needs the very same. */
export function indexOptions(fields: readonly string[], analyzer: Analyzer): Options<IndexDocument> {
  return {
    idField: 'id',
    fields: [...fields],
    storeFields: [],
    tokenize: (text) => analyzer.tokenize(text),
    processTerm: (token) => analyzer.processTerm(token),
  };
}

export function buildIndex(
  fields: readonly string[],
  documents: readonly IndexDocument[],
  analyzer: Analyzer,
): MiniSearch<IndexDocument> {
  const index = new MiniSearch<IndexDocument>(indexOptions(fields, analyzer));
  index.addAll(documents);
  return index;
}

/** Longer questions are cut here; the schema allows no longer ones. */
export const MAX_QUERY_LENGTH = 2000;
/** Words shorter than this are not matched fuzzily: too many short words are one typo apart. */
const MIN_FUZZY_LENGTH = 5;

/** A query analysed once: its index terms, and which of the person's words each came from. */
export interface AnalyzedQuery {
  readonly text: string;
  readonly terms: readonly string[];
  readonly wordOf: ReadonlyMap<string, string>;
  /** Terms of the last word, searched as a prefix too (the person may still be typing it). */
  readonly lastWordTerms: ReadonlySet<string>;
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
  let lastWordTerms: readonly string[] = [];
  for (let i = words.length - 1; i >= 0 && lastWordTerms.length === 0; i--) {
    lastWordTerms = analyzer.processTerm(words[i]!) ?? [];
  }
  return { text: cut, terms: [...wordOf.keys()], wordOf, lastWordTerms: new Set(lastWordTerms) };
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

function sourceTerm(documentTerm: string, queryTerms: readonly string[]): string | undefined {
  if (queryTerms.includes(documentTerm)) return documentTerm;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const term of queryTerms) {
    if (isSynonymTerm(term)) continue;
    const distance = documentTerm.startsWith(term) ? 0 : editDistance(term, documentTerm);
    if (distance < bestDistance) {
      best = term;
      bestDistance = distance;
    }
  }
  return best;
}

function toTextHit(result: SearchResult, query: AnalyzedQuery, score: number): TextHit {
  const fieldsOfWord = new Map<string, Set<string>>();
  for (const [documentTerm, fields] of Object.entries(result.match)) {
    const term = sourceTerm(documentTerm, result.queryTerms);
    const word = term === undefined ? undefined : query.wordOf.get(term);
    if (word === undefined) continue;
    const set = fieldsOfWord.get(word) ?? new Set<string>();
    for (const field of fields) set.add(field);
    fieldsOfWord.set(word, set);
  }
  const order = [...new Set(query.wordOf.values())];
  const words = order.filter((word) => fieldsOfWord.has(word));
  const match: Record<string, string[]> = {};
  for (const word of words) match[word] = [...fieldsOfWord.get(word)!].sort();
  return { score, terms: words, match };
}

/**
 * Searches one index for an analysed query: stems, synonyms, compound parts, typos (fuzzy, on
 * longer words) and a prefix for the last word. Scores are relative to the best hit (0..1].
 */
export function searchIndex(
  index: MiniSearch<IndexDocument>,
  query: AnalyzedQuery,
  boost: Readonly<Record<string, number>>,
  fuzzy: number,
): Map<string, TextHit> {
  const hits = new Map<string, TextHit>();
  if (query.terms.length === 0) return hits;
  const termsPerWord = new Map<string, number>();
  for (const word of query.wordOf.values()) termsPerWord.set(word, (termsPerWord.get(word) ?? 0) + 1);
  const shareOf = (term: string) => 1 / Math.sqrt(termsPerWord.get(query.wordOf.get(term) ?? '') ?? 1);
  const results = index.search(query.text, {
    boost: { ...boost },
    combineWith: 'OR',
    // Each of the person's words weighs the same, however many stems, parts and synonyms it expands to.
    boostTerm: (term) => shareOf(term),
    fuzzy: (term) => (fuzzy > 0 && !isSynonymTerm(term) && term.length >= MIN_FUZZY_LENGTH ? fuzzy : false),
    prefix: (term) => !isSynonymTerm(term) && term.length >= 3 && query.lastWordTerms.has(term),
  });
  // MiniSearch multiplies a score by the number of query terms matched; count matched words instead.
  const scored = results.map((result) => {
    const words = new Set(result.queryTerms.map((term) => query.wordOf.get(term)));
    return { result, score: (result.score / Math.max(1, result.queryTerms.length)) * words.size };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (!(best > 0) || !Number.isFinite(best)) return hits;
  const relative = scored.map(({ result, score }) => ({ id: String(result.id), result, score: roundScore(score / best) }));
  relative.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id, result, score } of relative) hits.set(id, toTextHit(result, query, score));
  return hits;
}
