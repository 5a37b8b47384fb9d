import {
  analyzerFingerprint,
  checkSerializedIndex,
  datasetFingerprint,
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  type SerializedIndex,
} from '../index-io/format.js';
import type { AgendaItem, Dataset, SharedQuestion } from '../schema/index.js';
import { searchOfferings } from '../search/index.js';
import { createAnalyzer, dutchStopwords, getDefaultAnalyzer, type Analyzer } from '../text/index.js';
import { agendaCriteria } from './agenda-criteria.js';
import { readAsker } from './asker.js';
import { explainItems, scoreItems, type CriteriaRegistry, type Scored, type ScoringContext } from './criteria.js';
import {
  AGENDA_FIELDS,
  agendaDocument,
  FIELD_BOOSTS,
  OFFERING_FIELDS,
  offeringDocument,
  QUESTION_FIELDS,
  questionDocument,
  uniqueById,
  type IndexDocument,
} from './documents.js';
import { needsOf } from './learning-needs.js';
import { offeringCriteria } from './offering-criteria.js';
import { questionCriteria } from './question-criteria.js';
import { allHits, analyzeQuery, phraseMatcher, searchText, type AnalyzedQuery } from './text-index.js';
import { buildTextIndex, loadTextIndex, type TextIndex } from './text-index-build.js';
import type { Matcher, MatcherOptions, MatchInput, MatchOptions, MatchRanked, MatchResult, TextHit } from './types.js';

export const DEFAULT_FUZZY = 0.2;
export const DEFAULT_LIMIT = 10;
/** How well an agenda item or offering must fit (`score × coverage`) for a question to count as answered. */
export const DEFAULT_MIN_FIT = 0.5;

type Indexes = Record<'agenda' | 'offerings' | 'questions', TextIndex>;

const FIELDS = { agenda: AGENDA_FIELDS, offerings: OFFERING_FIELDS, questions: QUESTION_FIELDS } as const;

function loadIndexes(serialized: SerializedIndex, analyzer: Analyzer): Indexes {
  const load = (name: keyof Indexes) => {
    try {
      return loadTextIndex(FIELDS[name], FIELD_BOOSTS[name], serialized.indexes[name], analyzer);
    } catch {
      throw new Error(`leernetwerk: prebuilt index: indexes.${name}: cannot be loaded; rebuild the index`);
    }
  };
  return { agenda: load('agenda'), offerings: load('offerings'), questions: load('questions') };
}

/** Themes of the agenda items that match nearly as well as the best one (at most three items). */
function inferThemes(agenda: readonly Scored<AgendaItem>[]): string[] {
  const best = agenda[0]?.score ?? 0;
  const themes = new Set<string>();
  for (const ranked of agenda.slice(0, 3)) {
    if (ranked.score >= 0.75 * best) for (const theme of ranked.item.themes) themes.add(theme);
  }
  return [...themes];
}

/**
 * Only questions whose asker agreed to share them are indexed. The schema demands
 * `consent: true`, but a caller may pass records it never parsed; those without it are left out.
 */
const isConsented = (question: SharedQuestion): boolean =>
  typeof question === 'object' && question !== null && (question as { consent?: unknown }).consent === true;

const limitOf = (options: MatchOptions | undefined): number => {
  const limit = options?.limit;
  return typeof limit === 'number' && limit >= 0 ? Math.floor(limit) : DEFAULT_LIMIT;
};

const minFitOf = (options: MatchOptions | undefined): number => {
  const minFit = options?.minFit;
  return typeof minFit === 'number' && Number.isFinite(minFit) ? Math.min(1, Math.max(0, minFit)) : DEFAULT_MIN_FIT;
};

/** A list's scored items with what they cover: its best absolute fit, and the first `limit` explained. */
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
  const list = explainItems(scored, registry, context, limit).map((r) => ({ ...r, coverage: coverage(r.item.id) }));
  return { list, fit };
}

/**
 * Builds the matcher for a dataset: three full-text indexes (agenda, offerings, shared
 * questions) with a Dutch text pipeline, built once, and scoring that adds the question's
 * structure (themes, target group and its learning needs, scale, form, direction, region …).
 *
 * @example
 * const matcher = createMatcher(defaultDataset);
 * const { agenda, offerings, nothingFits } = matcher.match('Hoe krijgen we bewoners weer vertrouwen in de gemeente?');
 * agenda[0]?.item.id; // 'priority-5'
 * nothingFits; // false: something covers the question well (see `MatchResult.fit`)
 * matcher.match('Welke kleur geven we de dakgoten van het stadhuis?').nothingFits; // true
 */
export function createMatcher(dataset: Dataset, options: MatcherOptions = {}): Matcher {
  const analyzer = options.synonyms === undefined ? getDefaultAnalyzer() : createAnalyzer({ synonyms: options.synonyms });
  const fuzzy = typeof options.fuzzy === 'number' && options.fuzzy >= 0 ? options.fuzzy : DEFAULT_FUZZY;
  const agendaItems = uniqueById(dataset.agenda);
  const offerings = uniqueById(dataset.offerings);
  const questions: SharedQuestion[] = uniqueById(
    [...(dataset.sharedQuestions ?? []), ...(options.questions ?? [])].filter(isConsented),
  );

  let fingerprint: string | undefined;
  const fingerprints = () => {
    fingerprint ??= datasetFingerprint(dataset, questions);
    return { datasetFingerprint: fingerprint, analyzerFingerprint: analyzerFingerprint(analyzer.lexicon, dutchStopwords()) };
  };

  const build = (name: keyof Indexes, documents: IndexDocument[]) =>
    buildTextIndex(FIELDS[name], FIELD_BOOSTS[name], documents, analyzer);
  const indexes: Indexes =
    options.prebuilt === undefined
      ? {
          agenda: build('agenda', agendaItems.map((item) => agendaDocument(dataset, item))),
          offerings: build('offerings', offerings.map((offering) => offeringDocument(dataset, offering))),
          questions: build('questions', questions.map(questionDocument)),
        }
      : loadIndexes(checkSerializedIndex(options.prebuilt, fingerprints()), analyzer);

  // A query that spells out a provider or title puts that offering first ("Voorbeeldnetwerk").
  const offeringPhrases = phraseMatcher(
    new Map(offerings.map((o) => [o.id, [o.provider, o.title.nl, ...(o.title.en === undefined ? [] : [o.title.en])]])),
  );
  const searchOfferingText = (query: AnalyzedQuery) => searchText(indexes.offerings, query, fuzzy, offeringPhrases(query.text));
  const offeringText = (query: string): Map<string, TextHit> =>
    typeof query === 'string' ? allHits(searchOfferingText(analyzeQuery(query, analyzer))) : new Map();

  const match = (input: MatchInput, matchOptions?: MatchOptions): MatchResult => {
    const asker = readAsker(input);
    const query = analyzeQuery(asker.text, analyzer);
    const hasText = query.terms.length > 0;
    const textOf = (name: keyof Indexes) => searchText(indexes[name], query, fuzzy);
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
    const offeringList = ranked(
      scoreItems(offerings, offeringCriteria, offeringContext, ['term', 'agenda-link']),
      offeringCriteria,
      offeringContext,
      limit,
    );
    const questionContext: ScoringContext = { ...linked, text: textOf('questions') };
    const similar = ranked(scoreItems(questions, questionCriteria, questionContext, ['term']), questionCriteria, questionContext, limit);
    const best = Math.max(agenda.fit, offeringList.fit);
    return {
      agenda: agenda.list,
      offerings: offeringList.list,
      similarQuestions: similar.list,
      fit: { agenda: agenda.fit, offerings: offeringList.fit, best },
      nothingFits: !(best > 0 && best >= minFitOf(matchOptions)),
    };
  };

  const matcher: Matcher = {
    dataset,
    match,
    offeringText,
    search: (params) => searchOfferings(matcher, params),
    toJSON: () => ({
      format: INDEX_FORMAT,
      version: INDEX_FORMAT_VERSION,
      ...fingerprints(),
      indexes: {
        agenda: indexes.agenda.index.toJSON(),
        offerings: indexes.offerings.index.toJSON(),
        questions: indexes.questions.index.toJSON(),
      },
    }),
  };
  return matcher;
}
