import type { Ranked } from '../reasons.js';
import type { AgendaItem, Dataset, LearningQuestion, Offering, SharedQuestion } from '../schema/index.js';
import type { SearchParams, SearchResult } from '../search/index.js';
import type { SynonymGroup } from '../text/index.js';
import type { SerializedIndex } from '../index-io/format.js';

export interface MatcherOptions {
  /** More shared questions for "others ask this too", besides `dataset.sharedQuestions`. */
  readonly questions?: readonly SharedQuestion[];
  /** MiniSearch fuzziness for typos (fraction of a word's length); default 0.2, 0 turns it off. */
  readonly fuzzy?: number;
  /** A serialised index to load instead of building one; see `serializeMatcher`. */
  readonly prebuilt?: SerializedIndex;
  /** Synonym groups to use instead of the built-in lexicon. */
  readonly synonyms?: readonly SynonymGroup[];
}

export interface MatchOptions {
  /** Most results per list; default 10. */
  readonly limit?: number;
}

/** Full-text evidence for one offering. */
export interface TextHit {
  /** Relative text relevance: 1 for the best hit of the query, less for the others. */
  readonly score: number;
  /** The query's words (normalised) that matched, in query order. */
  readonly terms: readonly string[];
  /** Per matched query word, the fields it matched in (through its stem, a synonym, a typo or a prefix). */
  readonly match: Readonly<Record<string, readonly string[]>>;
}

export interface MatchResult {
  readonly agenda: readonly Ranked<AgendaItem>[];
  readonly offerings: readonly Ranked<Offering>[];
  readonly similarQuestions: readonly Ranked<SharedQuestion>[];
}

/** A question as `match` accepts it: the person's words, or a sharpened learning question. */
export type MatchInput = LearningQuestion | Partial<LearningQuestion> | string;

export interface Matcher {
  readonly dataset: Dataset;
  /** Links a question to the learning agenda, to offerings and to similar questions of others. */
  match(question: MatchInput, options?: MatchOptions): MatchResult;
  /** Full-text hits on offerings: offering id → relative score and which query words matched where. */
  offeringText(query: string): Map<string, TextHit>;
  /** Faceted search over the catalogue (see `searchOfferings`). */
  search(params?: SearchParams): SearchResult;
  /** The built indexes, to store and load later with `loadMatcher`. */
  toJSON(): SerializedIndex;
}
