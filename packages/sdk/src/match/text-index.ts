import { runToEnd, type Steps } from '../internal/slices.js';
import { normalize, type Analyzer } from '../text/index.js';
import { docPositions, fieldScores, MATCH_WEIGHTS, MAX_FUZZY, postingsOf, type FieldTermData, type Postings } from './postings.js';
import type { TextIndex } from './text-index-build.js';
import type { TextHit } from './types.js';

/** Longer questions are cut here; the schema allows no longer ones. */
export const MAX_QUERY_LENGTH = 2000;
/** Words shorter than this are not matched fuzzily: too many short words are one typo apart. */
const MIN_FUZZY_LENGTH = 5;

/** A query analysed once: its index terms, and which of the person's words each came from. */
export interface AnalyzedQuery {
  readonly text: string;
  /** Distinct index terms, in query order. */
  readonly terms: readonly string[];
  /**
   * The terms as MiniSearch would search them: each token's terms in turn (words, then joined
   * phrases), a term repeated where two tokens give it.
   */
  readonly searchTerms: readonly string[];
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
  const searchTerms: string[] = [];
  for (const token of [...words, ...phrases.map((phrase) => phrase.words.join(''))]) {
    for (const term of analyzer.processTerm(token) ?? []) if (term !== '') searchTerms.push(term);
  }
  const credited = [...new Set(wordOf.values())];
  return {
    text: cut,
    terms: [...wordOf.keys()],
    searchTerms,
    wordOf,
    words: credited,
    wordStems,
    lastStem,
    ...coverageUnits(credited),
  };
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
export function wordFor(documentTerm: string, query: AnalyzedQuery): string | undefined {
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

/** Which fields each document term matched in, folded into the person's words, in query order. */
function toTextHit(
  match: Readonly<Record<string, readonly string[]>>,
  query: AnalyzedQuery,
  score: number,
  wordOf: (term: string) => string | undefined,
): TextHit {
  const fieldsOfWord = new Map<string, string[]>();
  for (const documentTerm in match) {
    const word = wordOf(documentTerm);
    if (word === undefined) continue;
    const fields = fieldsOfWord.get(word);
    if (fields === undefined) fieldsOfWord.set(word, [...match[documentTerm]!]);
    else for (const field of match[documentTerm]!) if (!fields.includes(field)) fields.push(field);
  }
  const terms: string[] = [];
  const byWord: Record<string, string[]> = {};
  for (const word of query.words) {
    const fields = fieldsOfWord.get(word);
    if (fields === undefined) continue;
    terms.push(word);
    byWord[word] = fields.sort();
  }
  return { score, terms, match: byWord };
}

/** Text scores of one search (relative to the best hit), with hit details on demand. */
export interface TextResults {
  /** How many documents matched. */
  readonly size: number;
  /** Relative score (0..1] of a hit, 0 for a miss. */
  score(id: string): number;
  /** Share of the query's units (its meaningful words) a hit matched, 0..1; 0 for a miss. */
  coverage(id: string): number;
  hit(id: string): TextHit | undefined;
  /** Every hit with its score, in no particular order. */
  forEachHit(visit: (id: string, score: number) => void): void;
  /**
   * Every hit that has a position under `positionOf`, with its score and its document number (for
   * {@link TextResults.scoreOfDoc} and {@link TextResults.coverageOfDoc}), in no particular order.
   */
  forEachPosition(positionOf: ReadonlyMap<string, number>, visit: (position: number, score: number, doc: number) => void): void;
  /** `score` and `coverage` by document number, without looking the id up: for callers that walk every hit. */
  scoreOfDoc(doc: number): number;
  coverageOfDoc(doc: number): number;
  /** The ids of all hits, best first, ties by id. */
  ranked(): string[];
}

const NO_PHRASE_HITS: ReadonlySet<string> = new Set();

const NO_RESULTS: TextResults = {
  size: 0,
  score: () => 0,
  coverage: () => 0,
  hit: () => undefined,
  forEachHit: () => {},
  forEachPosition: () => {},
  scoreOfDoc: () => 0,
  coverageOfDoc: () => 0,
  ranked: () => [],
};

/** One query term as MiniSearch would search it, with the person's word it counts for. */
interface TermSpec {
  readonly term: string;
  /** Index into the query's words; `words.length` for a term credited to none. */
  readonly word: number;
  /** Whether an earlier spec searched the same term (MiniSearch adds its score again but counts it once). */
  readonly repeated: boolean;
  readonly boost: number;
  readonly prefix: boolean;
  readonly fuzzy: number;
}

function termSpecs(text: TextIndex, query: AnalyzedQuery, fuzzy: number): TermSpec[] {
  const wordIndex = new Map(query.words.map((word, i) => [word, i]));
  const termsPerWord = new Map<string, number>();
  for (const word of query.wordOf.values()) termsPerWord.set(word, (termsPerWord.get(word) ?? 0) + 1);
  const seen = new Set<string>();
  return query.searchTerms.map((term) => {
    const word = query.wordOf.get(term);
    const repeated = seen.has(term);
    seen.add(term);
    return {
      term,
      word: word === undefined ? query.words.length : wordIndex.get(word)!,
      repeated,
      // Each of the person's words weighs the same, however many stems, parts and synonyms it expands to.
      boost: 1 / Math.sqrt(termsPerWord.get(word ?? '') ?? 1),
      prefix: term.length >= 3 && term === query.lastStem,
      fuzzy:
        fuzzy > 0 && term.length >= MIN_FUZZY_LENGTH && query.wordStems.has(term) && !text.vocabulary.has(term) ? fuzzy : 0,
    };
  });
}

/** A document term a spec reached (the term itself, a longer one by prefix, a near one by typo) and its weight. */
interface Reached {
  readonly term: string;
  readonly data: FieldTermData;
  readonly weight: number;
}

/** Specs whose reached terms are kept per index: the words typed so far repeat on every keystroke. */
const MAX_CACHED_SPECS = 256;
const reachedCache = new WeakMap<Postings, Map<string, readonly Reached[]>>();

/** {@link reachedTerms}, remembered per index for the most recent specs (walking the term tree for typos is costly). */
function reachedTermsCached(postings: Postings, spec: TermSpec): readonly Reached[] {
  let cache = reachedCache.get(postings);
  if (cache === undefined) reachedCache.set(postings, (cache = new Map()));
  const key = `${spec.term}\u0000${spec.prefix ? 1 : 0}\u0000${spec.fuzzy}`;
  let reached = cache.get(key);
  if (reached === undefined) {
    reached = reachedTerms(postings, spec);
    if (cache.size >= MAX_CACHED_SPECS) cache.delete(cache.keys().next().value!);
  } else cache.delete(key);
  cache.set(key, reached);
  return reached;
}

/** The index terms a spec reaches, in the order and with the weights MiniSearch's `executeQuerySpec` uses. */
function reachedTerms(postings: Postings, spec: TermSpec): Reached[] {
  const tree = postings.state._index;
  const reached: Reached[] = [];
  const exact = tree.get(spec.term);
  if (exact !== undefined) reached.push({ term: spec.term, data: exact, weight: 1 });
  let fuzzyMatches: Map<string, [FieldTermData, number]> | undefined;
  if (spec.fuzzy > 0) {
    const maxDistance = spec.fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(spec.term.length * spec.fuzzy)) : spec.fuzzy;
    if (maxDistance) fuzzyMatches = tree.fuzzyGet(spec.term, maxDistance);
  }
  if (spec.prefix) {
    for (const [term, data] of tree.atPrefix(spec.term)) {
      const distance = term.length - spec.term.length;
      if (!distance) continue;
      fuzzyMatches?.delete(term);
      reached.push({ term, data, weight: (MATCH_WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance) });
    }
  }
  if (fuzzyMatches !== undefined) {
    for (const [term, [data, distance]] of fuzzyMatches) {
      if (!distance) continue;
      reached.push({ term, data, weight: (MATCH_WEIGHTS.fuzzy * term.length) / (term.length + distance) });
    }
  }
  return reached;
}

/** Scratch space per index: one spec's scores, cleared again after each spec. */
const scratchOf = new WeakMap<Postings, Float64Array>();

/** A search's sums per document, and the documents a transient search left in them. */
interface Sums {
  readonly total: Float64Array;
  readonly termCount: Uint16Array;
  readonly wordCount: Uint16Array;
  /** The hits of the last transient search, whose entries are cleared before the next one. */
  dirty: number[];
}

/**
 * Per index, the sums transient searches reuse (see {@link SearchTextOptions.transient}): at 100k
 * documents, three fresh catalogue-sized arrays per keystroke keep the collector busy.
 */
const transientSums = new WeakMap<Postings, Sums>();

function sumsFor(postings: Postings, transient: boolean): Sums {
  const fresh = (): Sums => ({
    total: new Float64Array(postings.size),
    termCount: new Uint16Array(postings.size),
    wordCount: new Uint16Array(postings.size),
    dirty: [],
  });
  if (!transient) return fresh();
  let sums = transientSums.get(postings);
  if (sums === undefined) transientSums.set(postings, (sums = fresh()));
  const { total, termCount, wordCount, dirty } = sums;
  for (const doc of dirty) {
    total[doc] = 0;
    termCount[doc] = 0;
    wordCount[doc] = 0;
  }
  sums.dirty = [];
  return sums;
}

/** How a search may keep its results. */
export interface SearchTextOptions {
  /**
   * The caller reads the results only until the next transient search of the same index (as
   * `match` and `search` do, within one call): the sums are then kept in arrays reused by index.
   */
  readonly transient?: boolean;
}

/**
 * Searches one index for an analysed query: stems, synonyms, compound parts, a prefix for the last
 * word, and typos (fuzzy) for longer words the index does not know. Scores are MiniSearch's BM25+
 * with a field boost per field, summed per document, but counted per matched word rather than per
 * matched term, and relative to the best hit (0..1]. The postings are read directly into typed
 * arrays: which words matched where is worked out only for the hits asked about. Ids in
 * `phraseHits` (documents whose name the query spells out, see {@link phraseMatcher}) rank above
 * all other hits.
 */
export function searchText(
  text: TextIndex,
  query: AnalyzedQuery,
  fuzzy: number,
  phraseHits: ReadonlySet<string> = NO_PHRASE_HITS,
  { transient = false }: SearchTextOptions = {},
): TextResults {
  if (query.terms.length === 0) return NO_RESULTS;
  const postings = postingsOf(text.index);
  const { size, fields } = postings;
  const boosts = fields.map((field) => text.boost[field] || 1);
  let spec = scratchOf.get(postings);
  if (spec === undefined) scratchOf.set(postings, (spec = new Float64Array(size)));

  const specs = termSpecs(text, query, fuzzy);
  const reached = specs.map((s) => reachedTermsCached(postings, s));
  const sums = sumsFor(postings, transient);
  const { total, termCount, wordCount } = sums;
  const wordBits: (Uint32Array | undefined)[] = [];
  const hits: number[] = [];
  if (transient) sums.dirty = hits;
  const touched: number[] = [];

  specs.forEach((s, i) => {
    for (const { data, weight } of reached[i]!) {
      for (let f = 0; f < fields.length; f++) {
        const field = fieldScores(postings, data, f);
        if (field === undefined) continue;
        const factor = weight * s.boost * boosts[f]!;
        const { docs, scores } = field;
        for (let p = 0; p < docs.length; p++) {
          const doc = docs[p]!;
          if (spec[doc] === 0) touched.push(doc);
          spec[doc] += factor * scores[p]!;
        }
      }
    }
    let bits = wordBits[s.word];
    if (bits === undefined && touched.length > 0) wordBits[s.word] = bits = new Uint32Array((size + 31) >>> 5);
    for (const doc of touched) {
      total[doc] += spec[doc]!;
      spec[doc] = 0;
      if (!s.repeated && termCount[doc]++ === 0) hits.push(doc);
      const mask = 1 << (doc & 31);
      if ((bits![doc >>> 5]! & mask) === 0) {
        bits![doc >>> 5]! |= mask;
        wordCount[doc]++;
      }
    }
    touched.length = 0;
  });

  // MiniSearch multiplies a score by the number of query terms matched; count matched words instead.
  let best = 0;
  for (const doc of hits) {
    const terms = termCount[doc]!;
    const score = ((total[doc]! * terms) / Math.max(1, terms)) * wordCount[doc]!;
    total[doc] = score;
    if (score > best) best = score;
  }
  if (!(best > 0) || !Number.isFinite(best)) return NO_RESULTS;
  // A document the query names as a whole (see `phraseHits`) outranks every other, in its own order.
  if (phraseHits.size > 0) {
    const lift = best;
    for (const id of phraseHits) {
      const doc = postings.shortIdOf(id);
      if (doc !== undefined && termCount[doc]! > 0) best = Math.max(best, (total[doc]! += lift));
    }
  }
  for (const doc of hits) total[doc] = roundScore(total[doc]! / best);

  const hitOf = (id: string): number | undefined => {
    const doc = postings.shortIdOf(id);
    return doc !== undefined && termCount[doc]! > 0 ? doc : undefined;
  };
  const coverage = coverageOf(query, wordBits);
  const credited = new Map<string, string | undefined>();
  const wordOf = (documentTerm: string) => {
    if (!credited.has(documentTerm)) credited.set(documentTerm, wordFor(documentTerm, query));
    return credited.get(documentTerm);
  };
  return {
    size: hits.length,
    score: (id) => {
      const doc = hitOf(id);
      return doc === undefined ? 0 : total[doc]!;
    },
    coverage: (id) => {
      const doc = hitOf(id);
      return doc === undefined ? 0 : coverage(doc, wordCount[doc]!);
    },
    hit: (id) => {
      const doc = hitOf(id);
      return doc === undefined ? undefined : toTextHit(matchOf(doc, reached, postings), query, total[doc]!, wordOf);
    },
    forEachHit: (visit) => {
      for (const doc of hits) visit(postings.idOf(doc)!, total[doc]!);
    },
    forEachPosition: (positionOf, visit) => {
      const positions = docPositions(postings, positionOf);
      for (const doc of hits) {
        const position = positions[doc]!;
        if (position >= 0) visit(position, total[doc]!, doc);
      }
    },
    scoreOfDoc: (doc) => (termCount[doc]! > 0 ? total[doc]! : 0),
    coverageOfDoc: (doc) => (termCount[doc]! > 0 ? coverage(doc, wordCount[doc]!) : 0),
    ranked: () => {
      const ids = hits.map((doc) => ({ id: postings.idOf(doc)!, score: total[doc]! }));
      ids.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return ids.map(({ id }) => id);
    },
  };
}

/** Which document terms a hit matched, in which fields: MiniSearch's `match` of a result. */
function matchOf(doc: number, reached: readonly (readonly Reached[])[], postings: Postings): Record<string, string[]> {
  const match: Record<string, string[]> = {};
  for (const list of reached) {
    for (const { term, data } of list) {
      for (let f = 0; f < postings.fieldIds.length; f++) {
        if (data.get(postings.fieldIds[f]!)?.has(doc) !== true) continue;
        const fields = (match[term] ??= []);
        const field = postings.fields[f]!;
        if (!fields.includes(field)) fields.push(field);
      }
    }
  }
  return match;
}

/** The share of the query's units a document covers, from the words it matched (see {@link AnalyzedQuery.units}). */
function coverageOf(query: AnalyzedQuery, wordBits: readonly (Uint32Array | undefined)[]): (doc: number, words: number) => number {
  const units = Math.max(1, query.units.length);
  const unitIndex = new Map(query.units.map((unit, i) => [unit, i]));
  const unitsOfWord = query.words.map((word) => (query.unitsOf.get(word) ?? []).map((unit) => unitIndex.get(unit)!));
  // Plain words only (no phrases): each matched word is one unit.
  const oneToOne = query.words.length === query.units.length && unitsOfWord.every((list, i) => list.length === 1 && list[0] === i);
  const unmatchedWord = wordBits[query.words.length];
  if (oneToOne && unmatchedWord === undefined) return (_doc, words) => Math.min(1, words / units);
  const stamp = new Uint32Array(query.units.length);
  let round = 0;
  return (doc) => {
    round++;
    let covered = 0;
    unitsOfWord.forEach((list, w) => {
      const bits = wordBits[w];
      if (bits === undefined || (bits[doc >>> 5]! & (1 << (doc & 31))) === 0) return;
      for (const unit of list) {
        if (stamp[unit] === round) continue;
        stamp[unit] = round;
        covered++;
      }
    });
    return Math.min(1, covered / units);
  };
}

/** All hits with their details, best first, as `offeringText` reports them. */
export function allHits(results: TextResults): Map<string, TextHit> {
  const hits = new Map<string, TextHit>();
  for (const id of results.ranked()) hits.set(id, results.hit(id)!);
  return hits;
}

/** Names looked up by the whole normalised name, and by each word in them. */
interface NameLookup {
  readonly whole: ReadonlyMap<string, readonly string[]>;
  /** Per word, the names holding it as `" name "` (padded for whole-word containment) with their id. */
  readonly byWord: ReadonlyMap<string, readonly { readonly id: string; readonly padded: string }[]>;
}

/** Documents whose names are indexed per unit of {@link nameLookupSteps}. */
const NAMED_PER_UNIT = 500;

function nameLookup(names: ReadonlyMap<string, readonly string[]>): NameLookup {
  return runToEnd(nameLookupSteps(names));
}

function* nameLookupSteps(names: ReadonlyMap<string, readonly string[]>): Steps<NameLookup> {
  let done = 0;
  const whole = new Map<string, string[]>();
  const byWord = new Map<string, { id: string; padded: string }[]>();
  const normalized = new Map<string, string>();
  for (const [id, list] of names) {
    for (const raw of list) {
      let name = normalized.get(raw);
      if (name === undefined) normalized.set(raw, (name = normalize(raw)));
      if (name === '') continue;
      const ids = whole.get(name);
      if (ids === undefined) whole.set(name, [id]);
      else if (ids[ids.length - 1] !== id) ids.push(id);
      const padded = ` ${name} `;
      for (const word of new Set(name.split(' '))) {
        const holders = byWord.get(word);
        if (holders === undefined) byWord.set(word, [{ id, padded }]);
        else holders.push({ id, padded });
      }
    }
    if (++done % NAMED_PER_UNIT === 0) yield;
  }
  return { whole, byWord };
}

/** The documents a query names as a phrase; `prepare` indexes the names ahead of the first query. */
export interface PhraseMatcher {
  (queryText: string): ReadonlySet<string>;
  prepare(): void;
  /** `prepare` in units of work, a few hundred documents' names each. */
  prepareSteps(): Steps<void>;
}

/**
 * The documents a query names as a phrase: its normalised words equal one of a document's names
 * (for offerings: provider and title), or, for two words or more, stand together inside one. A
 * single word inside a longer name ("platform") is left to the ordinary text score. The names are
 * indexed on the first query; a phrase is then looked up among the names holding its rarest word.
 */
export function phraseMatcher(names: ReadonlyMap<string, readonly string[]>): PhraseMatcher {
  let lookup: NameLookup | undefined;
  const prepare = (): void => {
    lookup ??= nameLookup(names);
  };
  const match = (queryText: string): ReadonlySet<string> => {
    const words = normalize(queryText.slice(0, MAX_QUERY_LENGTH)).split(' ').filter(Boolean);
    if (words.length === 0) return NO_PHRASE_HITS;
    lookup ??= nameLookup(names);
    const phrase = words.join(' ');
    const hits = new Set<string>(lookup.whole.get(phrase));
    if (words.length < 2) return hits;
    let rarest: readonly { readonly id: string; readonly padded: string }[] | undefined;
    for (const word of words) {
      const holders = lookup.byWord.get(word);
      if (holders === undefined) return hits;
      if (rarest === undefined || holders.length < rarest.length) rarest = holders;
    }
    const needle = ` ${phrase} `;
    for (const { id, padded } of rarest!) if (padded.includes(needle)) hits.add(id);
    return hits;
  };
  function* prepareSteps(): Steps<void> {
    if (lookup !== undefined) return;
    const made = yield* nameLookupSteps(names);
    lookup ??= made;
  }
  return Object.assign(match, { prepare, prepareSteps });
}
