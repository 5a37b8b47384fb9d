import type { AgendaItem, Dataset, Offering, SharedQuestion } from '../schema/index.js';
import type { Analyzer } from '../text/index.js';
import { agendaCriteria } from './agenda-criteria.js';
import { readAsker } from './asker.js';
import {
  bestScored,
  explainItems,
  scoreItems,
  scoreUnordered,
  type CriteriaRegistry,
  type Scored,
  type ScoringContext,
} from './criteria.js';
import { needsOf } from './learning-needs.js';
import { offeringCriteria } from './offering-criteria.js';
import { questionCriteria } from './question-criteria.js';
import { allHits, analyzeQuery, phraseMatcher, searchText, type AnalyzedQuery, type TextResults } from './text-index.js';
import type { TextIndex } from './text-index-build.js';
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

/** A list's scored items (in any order) with what they cover: its best absolute fit, and the best `limit` explained. */
function ranked<T extends { readonly id: string }>(
  scored: readonly Scored<T>[],
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
  limit: number,
): { list: MatchRanked<T>[]; fit: number } {
  // Without words there is nothing to miss: a structural match covers the whole question.
  const coverage = (id: string) => (context.hasText ? context.text.coverage(id) : 1);
  let fit = 0;
  for (const { item, score } of scored) fit = Math.max(fit, score * coverage(item.id));
  const list = explainItems(bestScored(scored, limit), registry, context, limit).map((r) => ({
    ...r,
    coverage: coverage(r.item.id),
  }));
  return { list, fit };
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
}

/**
 * The offerings `match` can rank: those the text found and those linked to a matched agenda item.
 * No other offering passes the `term` or `agenda-link` gate, so scoring only these changes nothing.
 */
function offeringCandidates(
  text: TextResults,
  agendaScores: ReadonlyMap<string, number>,
  linkedTo: () => ReadonlyMap<string, readonly Offering[]>,
  byId: () => ReadonlyMap<string, Offering>,
): Offering[] {
  const candidates = new Set<Offering>();
  text.forEachHit((id) => {
    const offering = byId().get(id);
    if (offering !== undefined) candidates.add(offering);
  });
  for (const id of agendaScores.keys()) for (const offering of linkedTo().get(id) ?? []) candidates.add(offering);
  return [...candidates];
}

export function matcherQueries(parts: MatcherParts): MatcherQueries {
  const { dataset, analyzer, fuzzy, agendaItems, offerings, questions, indexes } = parts;

  // A query that spells out a provider or title puts that offering first ("Voorbeeldnetwerk").
  const offeringPhrases = phraseMatcher(
    new Map(offerings.map((o) => [o.id, [o.provider, o.title.nl, ...(o.title.en === undefined ? [] : [o.title.en])]])),
  );
  const searchOfferingText = (query: AnalyzedQuery) =>
    query.terms.length === 0 ? searchText(indexes.offerings, query, fuzzy) : searchText(indexes.offerings, query, fuzzy, offeringPhrases(query.text));
  const offeringHits = (query: string): TextResults => searchOfferingText(analyzeQuery(typeof query === 'string' ? query : '', analyzer));
  const offeringText = (query: string): Map<string, TextHit> =>
    typeof query === 'string' ? allHits(offeringHits(query)) : new Map();

  let offeringById: Map<string, Offering> | undefined;
  const byId = () => (offeringById ??= new Map(offerings.map((offering) => [offering.id, offering])));
  let linkedOfferings: Map<string, Offering[]> | undefined;
  const linkedTo = () => {
    if (linkedOfferings === undefined) {
      linkedOfferings = new Map();
      for (const offering of offerings) {
        for (const id of offering.agendaItems ?? []) {
          const list = linkedOfferings.get(id);
          if (list === undefined) linkedOfferings.set(id, [offering]);
          else if (!list.includes(offering)) list.push(offering);
        }
      }
    }
    return linkedOfferings;
  };

  const match = (input: MatchInput, matchOptions?: MatchOptions): MatchResult => {
    const asker = readAsker(input);
    const query = analyzeQuery(asker.text, analyzer);
    const hasText = query.terms.length > 0;
    const textOf = (name: keyof MatcherParts['indexes']) => searchText(indexes[name], query, fuzzy);
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
    const agenda = ranked(agendaScored, agendaCriteria, base, limit);
    const linked: ScoringContext = {
      ...base,
      agendaScores: new Map(agendaScored.map((s) => [s.item.id, s.score])),
      inferredThemes: inferThemes(agendaScored),
    };
    const offeringContext: ScoringContext = { ...linked, text: searchOfferingText(query) };
    const candidates = offeringCandidates(offeringContext.text, linked.agendaScores, linkedTo, byId);
    const offeringList = ranked(
      scoreUnordered(candidates, offeringCriteria, offeringContext, ['term', 'agenda-link']),
      offeringCriteria,
      offeringContext,
      limit,
    );
    const questionContext: ScoringContext = { ...linked, text: textOf('questions') };
    const similar = ranked(
      scoreUnordered(questions, questionCriteria, questionContext, ['term']),
      questionCriteria,
      questionContext,
      limit,
    );
    const best = Math.max(agenda.fit, offeringList.fit);
    return {
      agenda: agenda.list,
      offerings: offeringList.list,
      similarQuestions: similar.list,
      fit: { agenda: agenda.fit, offerings: offeringList.fit, best },
      nothingFits: !(best > 0 && best >= minFitOf(matchOptions)),
    };
  };

  return { match, offeringText, offeringHits };
}
