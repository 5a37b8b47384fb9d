import type { Ranked } from '../reasons.js';
import type { AgendaItem, Dataset, LearningQuestion, Offering, SharedQuestion } from '../schema/index.js';
import type { OfferingHits, SearchParams, SearchResult } from '../search/index.js';
import type { SynonymGroup } from '../text/index.js';
import type { SerializedIndex } from '../index-io/format.js';

export interface MatcherOptions {
  /**
   * More shared questions for "others ask this too", besides `dataset.sharedQuestions`. From
   * either source, a question without `consent: true` is left out at run time (never indexed,
   * never returned in `similarQuestions`), also when the caller skipped parsing.
   */
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
  /**
   * How well an agenda item or offering must fit the question (its `score × coverage`, 0..1) for
   * the question to count as answered; below it `nothingFits` is true. Default 0.5
   * (`DEFAULT_MIN_FIT`).
   */
  readonly minFit?: number;
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

/** A ranked result of `match`, with how much of the question it covers. */
export interface MatchRanked<T> extends Ranked<T> {
  /**
   * Share of the question's meaningful words (stop words left out; stems, synonyms, compound
   * parts and typos count) that this result matched, 0..1. A question without words, only
   * choices, has nothing to miss: 1. Scores are relative (the best text hit always scores about 1,
   * even when it matched one word of a long question); `score × coverage` is absolute.
   */
  readonly coverage: number;
}

/**
 * How well the question is answered, 0..1: per list, the best `score × coverage` over every
 * result (not only those within `limit`), and the better of the two.
 */
export interface MatchFit {
  readonly agenda: number;
  readonly offerings: number;
  readonly best: number;
}

export interface MatchResult {
  readonly agenda: readonly MatchRanked<AgendaItem>[];
  readonly offerings: readonly MatchRanked<Offering>[];
  readonly similarQuestions: readonly MatchRanked<SharedQuestion>[];
  /** The absolute fit of the best agenda item and offering; see {@link MatchRanked.coverage}. */
  readonly fit: MatchFit;
  /**
   * True when no agenda item or offering fits at least `minFit` (and always when nothing was
   * found): the moment to offer the step plan for a new learning network (report section 4.2,
   * function 2).
   */
  readonly nothingFits: boolean;
}

/**
 * A value as a caller may hold it: arrays readonly at every depth (`as const` data), objects with
 * readonly properties. Public functions take their input this way and never change it.
 */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * A question as `match` accepts it: the person's words, or a sharpened learning question, also a
 * read-only one (`as const`). Every field but `organisationType` can change the ranking;
 * `organisationType` is carried for the host (who delivers the answer) and ignored by `match`.
 */
export type MatchInput = DeepReadonly<Partial<LearningQuestion>> | string;

export interface Matcher {
  readonly dataset: Dataset;
  /** Links a question to the learning agenda, to offerings and to similar questions of others. */
  match(question: MatchInput, options?: MatchOptions): MatchResult;
  /** Full-text hits on offerings: offering id → relative score and which query words matched where. */
  offeringText(query: string): Map<string, TextHit>;
  /**
   * The same hits as `offeringText`, for a caller that shows only some: every score at once, each
   * hit's details (`TextHit`) worked out only when asked for.
   */
  offeringHits(query: string): OfferingHits;
  /** Faceted search over the catalogue (see `searchOfferings`). */
  search(params?: SearchParams): SearchResult;
  /** The built indexes, to store and load later with `loadMatcher`. */
  toJSON(): SerializedIndex;
}
