import {
  analyzerFingerprint,
  checkSerializedIndex,
  datasetFingerprint,
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  type SerializedIndex,
} from '../index-io/format.js';
import type { Dataset, SharedQuestion } from '../schema/index.js';
import { searchOfferings } from '../search/index.js';
import { createAnalyzer, dutchStopwords, getDefaultAnalyzer, type Analyzer } from '../text/index.js';
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
import { matcherQueries } from './match-queries.js';
import { buildTextIndex, loadTextIndex, type TextIndex } from './text-index-build.js';
import type { Matcher, MatcherOptions } from './types.js';

export const DEFAULT_FUZZY = 0.2;
export { DEFAULT_LIMIT, DEFAULT_MIN_FIT } from './match-queries.js';

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

/**
 * Only questions whose asker agreed to share them are indexed. The schema demands
 * `consent: true`, but a caller may pass records it never parsed; those without it are left out.
 */
const isConsented = (question: SharedQuestion): boolean =>
  typeof question === 'object' && question !== null && (question as { consent?: unknown }).consent === true;

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

  const { match, offeringText, offeringHits } = matcherQueries({
    dataset,
    analyzer,
    fuzzy,
    agendaItems,
    offerings,
    questions,
    indexes,
  });

  const matcher: Matcher = {
    dataset,
    match,
    offeringText,
    offeringHits,
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
