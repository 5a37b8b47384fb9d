import type { ReasonCode } from '../reasons.js';
import type { AgendaItem, Dataset, Offering, SharedQuestion } from '../schema/index.js';
import type { Analyzer } from '../text/index.js';
import { agendaCriteria } from './agenda-criteria.js';
import { readAsker } from './asker.js';
import {
  bestScored,
  explainItems,
  rankBest,
  scoreItems,
  type KnownValues,
  type CriteriaRegistry,
  type Scored,
  type ScoringContext,
} from './criteria.js';
import type { Steps } from '../internal/slices.js';
import { needsOf } from './learning-needs.js';
import { offeringCriteria } from './offering-criteria.js';
import { questionCriteria } from './question-criteria.js';
import { allHits, analyzeQuery, phraseMatcher, searchText, type AnalyzedQuery, type TextResults } from './text-index.js';
import type { TextIndex } from './text-index-build.js';
import { docPositions, postingsOf } from './postings.js';
import type { MatchInput, MatchOptions, MatchRanked, MatchResult, TextHit } from './types.js';

export const DEFAULT_LIMIT = 10;
/** How well an agenda item or offering must fit (`score × coverage`) for a question to count as answered. */
export const DEFAULT_MIN_FIT = 0.5;

/** Themes of the agenda items that match nearly as well as the best one (at most three items). */
function inferThemes(agenda: readonly Scored<AgendaItem>[]): string[] {
  const best = agenda[0]?.score ?? 0;
  const themes = new Set<string>();
  for (const ranked of agenda.slice(0, 3)) {
    if (ranked.score >= 0.75 * best) for (const theme of ranked.item.themes) themes.add(theme);
  }
  return [...themes];
}

const limitOf = (options: MatchOptions | undefined): number => {
  const limit = options?.limit;
  return typeof limit === 'number' && limit >= 0 ? Math.floor(limit) : DEFAULT_LIMIT;
};

const minFitOf = (options: MatchOptions | undefined): number => {
  const minFit = options?.minFit;
  return typeof minFit === 'number' && Number.isFinite(minFit) ? Math.min(1, Math.max(0, minFit)) : DEFAULT_MIN_FIT;
};

/** Reasons and coverage for the best items of a list. */
function explained<T extends { readonly id: string }>(
  best: readonly Scored<T>[],
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
  coverage: (id: string) => number,
): MatchRanked<T>[] {
  return explainItems(best, registry, context, best.length).map((r) => ({ ...r, coverage: coverage(r.item.id) }));
}

/** Without words there is nothing to miss: a structural match covers the whole question. */
const coverageIn = (context: ScoringContext) => (id: string) => (context.hasText ? context.text.coverage(id) : 1);

/** A list's best `limit` items explained, and its best absolute fit over every item that scores. */
function ranked<T extends { readonly id: string }>(
  items: readonly T[],
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
  gate: readonly ReasonCode[],
  limit: number,
  known?: KnownValues,
): { list: MatchRanked<T>[]; fit: number } {
  const coverage = coverageIn(context);
  const { best, fit } = rankBest(items, registry, context, gate, limit, coverage, known);
  return { list: explained(best, registry, context, coverage), fit };
}

/**
 * Text results that answer for one item at a time without looking its id up (a hash lookup per
 * item is what dominates at 100k offerings): `focus` names the item and its document number.
 */
function focusable(text: TextResults): { results: TextResults; focus(id: string, doc: number): void } {
  let focusedId: string | undefined;
  let focusedDoc = -1;
  const results: TextResults = {
    ...text,
    score: (id) => (id === focusedId ? (focusedDoc < 0 ? 0 : text.scoreOfDoc(focusedDoc)) : text.score(id)),
    coverage: (id) => (id === focusedId ? (focusedDoc < 0 ? 0 : text.coverageOfDoc(focusedDoc)) : text.coverage(id)),
  };
  return {
    results,
    focus: (id, doc) => {
      focusedId = id;
      focusedDoc = doc;
    },
  };
}

/** What the query side of a matcher works on, once its indexes are built or loaded. */
export interface MatcherParts {
  readonly dataset: Dataset;
  readonly analyzer: Analyzer;
  readonly fuzzy: number;
  readonly agendaItems: readonly AgendaItem[];
  readonly offerings: readonly Offering[];
  readonly questions: readonly SharedQuestion[];
  readonly indexes: Readonly<Record<'agenda' | 'offerings' | 'questions', TextIndex>>;
}

/** The matcher's queries: `match`, and full-text hits on offerings for search. */
export interface MatcherQueries {
  match(input: MatchInput, options?: MatchOptions): MatchResult;
  offeringText(query: string): Map<string, TextHit>;
  /** Full-text hits on offerings, with each hit's details worked out only when asked for. */
  offeringHits(query: string): TextResults;
  /** {@link MatcherQueries.offeringHits} for a caller that is done with them before the next query (search). */
  transientOfferingHits(query: string): TextResults;
  /**
   * Makes, in units of work, the lookup tables the first query would otherwise make: postings
   * views, offering positions and agenda links, the phrase lookup, and document positions under
   * each of `positionMaps` (such as the search index's).
   */
  warmUpSteps(positionMaps?: readonly ReadonlyMap<string, number>[]): Steps<void>;
}

/**
 * The offerings `match` can rank: those the text found and those linked to a matched agenda item,
 * in dataset order. No other offering passes the `term` or `agenda-link` gate, so ranking only
 * these changes nothing.
 */
function offeringCandidates(
  offerings: readonly Offering[],
  positionOf: ReadonlyMap<string, number>,
  text: TextResults,
  agendaScores: ReadonlyMap<string, number>,
  linkedTo: ReadonlyMap<string, readonly number[]>,
  scratch: CandidateScratch,
): { candidates: Offering[]; docs: Int32Array; term: Float64Array; agendaLink: Float64Array } {
  const { termAt, docAt, linkAt } = scratch;
  let count = 0;
  text.forEachPosition(positionOf, (position, score, doc) => {
    termAt[position] = score;
    docAt[position] = doc;
    count++;
  });
  // As `bestAgendaLink`: the best score of a matched agenda item the offering is linked to.
  for (const [id, score] of agendaScores) {
    for (const position of linkedTo.get(id) ?? []) {
      if (!(score > linkAt[position]!)) continue;
      if (docAt[position] === -1 && linkAt[position] === 0) count++;
      linkAt[position] = score;
    }
  }
  const candidates: Offering[] = new Array(count);
  const docs = new Int32Array(count);
  const term = new Float64Array(count);
  const agendaLink = new Float64Array(count);
  for (let position = 0, c = 0; c < count; position++) {
    if (docAt[position] === -1 && linkAt[position] === 0) continue;
    candidates[c] = offerings[position]!;
    docs[c] = docAt[position]!;
    term[c] = termAt[position]!;
    agendaLink[c++] = linkAt[position]!;
    // Only candidates hold values: clearing them leaves the scratch as new for the next match.
    termAt[position] = 0;
    docAt[position] = -1;
    linkAt[position] = 0;
  }
  return { candidates, docs, term, agendaLink };
}

/**
 * Per offering position: the text score and document number of a hit (−1: none) and the best
 * linked agenda score; one set per matcher, reused by every match and left cleared.
 */
interface CandidateScratch {
  readonly termAt: Float64Array;
  readonly docAt: Int32Array;
  readonly linkAt: Float64Array;
}

const candidateScratch = (size: number): CandidateScratch => ({
  termAt: new Float64Array(size),
  docAt: new Int32Array(size).fill(-1),
  linkAt: new Float64Array(size),
});

/**
 * The query side of a matcher over its built (or loaded) indexes. Lookup tables it needs besides
 * (phrases by name, offering positions, links from agenda items) are made on the first query.
 */
export function matcherQueries(parts: MatcherParts): MatcherQueries {
  const { dataset, analyzer, fuzzy, agendaItems, offerings, questions, indexes } = parts;

  // A query that spells out a provider or title puts that offering first ("Voorbeeldnetwerk").
  const offeringPhrases = phraseMatcher(
    new Map(offerings.map((o) => [o.id, [o.provider, o.title.nl, ...(o.title.en === undefined ? [] : [o.title.en])]])),
  );
  const searchOfferingText = (query: AnalyzedQuery, transient = false) =>
    query.terms.length === 0
      ? searchText(indexes.offerings, query, fuzzy)
      : searchText(indexes.offerings, query, fuzzy, offeringPhrases(query.text), { transient });
  const offeringHits = (query: string): TextResults => searchOfferingText(analyzeQuery(typeof query === 'string' ? query : '', analyzer));
  const transientOfferingHits = (query: string): TextResults =>
    searchOfferingText(analyzeQuery(typeof query === 'string' ? query : '', analyzer), true);
  const offeringText = (query: string): Map<string, TextHit> =>
    typeof query === 'string' ? allHits(offeringHits(query)) : new Map();

  let positions: { positionOf: Map<string, number>; linkedTo: Map<string, number[]>; scratch: CandidateScratch } | undefined;
  /** Each offering's position, and per agenda item the positions of the offerings linked to it; made on first use. */
  const offeringPositions = () => {
    if (positions === undefined) {
      const positionOf = new Map(offerings.map((offering, position) => [offering.id, position]));
      const linkedTo = new Map<string, number[]>();
      offerings.forEach((offering, position) => {
        for (const id of offering.agendaItems ?? []) {
          const list = linkedTo.get(id);
          if (list === undefined) linkedTo.set(id, [position]);
          else if (list[list.length - 1] !== position) list.push(position);
        }
      });
      positions = { positionOf, linkedTo, scratch: candidateScratch(offerings.length) };
    }
    return positions;
  };

  const match = (input: MatchInput, matchOptions?: MatchOptions): MatchResult => {
    const asker = readAsker(input);
    const query = analyzeQuery(asker.text, analyzer);
    const hasText = query.terms.length > 0;
    // Nothing of the text results outlives this call, so they may live in arrays reused per index.
    const textOf = (name: keyof MatcherParts['indexes']) => searchText(indexes[name], query, fuzzy, undefined, { transient: true });
    const base: ScoringContext = {
      asker,
      hasText,
      text: textOf('agenda'),
      agendaScores: new Map(),
      inferredThemes: [],
      needs: needsOf(dataset, asker.targetGroup),
    };
    const limit = limitOf(matchOptions);
    const agendaScored = scoreItems(agendaItems, agendaCriteria, base, ['term', 'theme']);
    const agendaCoverage = coverageIn(base);
    let agendaFit = 0;
    for (const { item, score } of agendaScored) agendaFit = Math.max(agendaFit, score * agendaCoverage(item.id));
    const agenda = { list: explained(bestScored(agendaScored, limit), agendaCriteria, base, agendaCoverage), fit: agendaFit };
    const linked: ScoringContext = {
      ...base,
      agendaScores: new Map(agendaScored.map((s) => [s.item.id, s.score])),
      inferredThemes: inferThemes(agendaScored),
    };
    const textHits = searchOfferingText(query, true);
    const { positionOf, linkedTo, scratch } = offeringPositions();
    const { candidates, docs, term, agendaLink } = offeringCandidates(
      offerings,
      positionOf,
      textHits,
      linked.agendaScores,
      linkedTo,
      scratch,
    );
    const focused = focusable(textHits);
    const offeringContext: ScoringContext = { ...linked, text: focused.results };
    const offeringList = ranked(candidates, offeringCriteria, offeringContext, ['term', 'agenda-link'], limit, {
      focus: (index) => focused.focus(candidates[index]!.id, docs[index]!),
      gateValues: { term, 'agenda-link': agendaLink },
    });
    const questionContext: ScoringContext = { ...linked, text: textOf('questions') };
    const similar = ranked(questions, questionCriteria, questionContext, ['term'], limit);
    const best = Math.max(agenda.fit, offeringList.fit);
    return {
      agenda: agenda.list,
      offerings: offeringList.list,
      similarQuestions: similar.list,
      fit: { agenda: agenda.fit, offerings: offeringList.fit, best },
      nothingFits: !(best > 0 && best >= minFitOf(matchOptions)),
    };
  };

  function* warmUpSteps(positionMaps: readonly ReadonlyMap<string, number>[] = []): Steps<void> {
    for (const name of ['agenda', 'offerings', 'questions'] as const) {
      postingsOf(indexes[name].index);
      yield;
    }
    const { positionOf } = offeringPositions();
    yield;
    yield* offeringPhrases.prepareSteps();
    yield;
    const postings = postingsOf(indexes.offerings.index);
    for (const map of [positionOf, ...positionMaps]) {
      docPositions(postings, map);
      yield;
    }
  }

  return { match, offeringText, offeringHits, transientOfferingHits, warmUpSteps };
}
