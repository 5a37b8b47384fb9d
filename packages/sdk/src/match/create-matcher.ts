import {
  analyzerFingerprint,
  checkSerializedIndex,
  datasetFingerprintSteps,
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  type SerializedIndex,
} from '../index-io/format.js';
import type { AgendaItem, Dataset, Offering, SharedQuestion } from '../schema/index.js';
import { searchOfferings } from '../search/index.js';
import { searchIndexSteps } from '../search/search-index.js';
import { registerTransientHits } from '../search/search-offerings.js';
import { dutchStopwords, type Analyzer } from '../text/index.js';
import { analyzerSteps, defaultAnalyzerSteps } from '../text/analyzer.js';
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
import { buildTextIndexSteps, loadTextIndexSteps, serializeTextIndex, type TextIndex } from './text-index-build.js';
import { runInSlices, runToEnd, type AbortSignalLike, type Steps } from '../internal/slices.js';
import type { Matcher, MatcherOptions } from './types.js';

export const DEFAULT_FUZZY = 0.2;
export { DEFAULT_LIMIT, DEFAULT_MIN_FIT } from './match-queries.js';

type Indexes = Record<'agenda' | 'offerings' | 'questions', TextIndex>;

const FIELDS = { agenda: AGENDA_FIELDS, offerings: OFFERING_FIELDS, questions: QUESTION_FIELDS } as const;

function* loadIndexSteps(serialized: SerializedIndex, analyzer: Analyzer): Steps<Indexes> {
  function* load(name: keyof Indexes): Steps<TextIndex> {
    try {
      return yield* loadTextIndexSteps(FIELDS[name], FIELD_BOOSTS[name], serialized.indexes[name], analyzer);
    } catch {
      throw new Error(`leernetwerk: prebuilt index: indexes.${name}: cannot be loaded; rebuild the index`);
    }
  }
  return { agenda: yield* load('agenda'), offerings: yield* load('offerings'), questions: yield* load('questions') };
}

function* buildIndexSteps(
  dataset: Dataset,
  records: { agenda: readonly AgendaItem[]; offerings: readonly Offering[]; questions: readonly SharedQuestion[] },
  analyzer: Analyzer,
): Steps<Indexes> {
  function* documents<T>(list: readonly T[], toDocument: (record: T) => IndexDocument): Generator<IndexDocument> {
    for (const record of list) yield toDocument(record);
  }
  const build = (name: keyof Indexes, list: Iterable<IndexDocument>) =>
    buildTextIndexSteps(FIELDS[name], FIELD_BOOSTS[name], list, analyzer);
  return {
    agenda: yield* build('agenda', documents(records.agenda, (item) => agendaDocument(dataset, item))),
    offerings: yield* build('offerings', documents(records.offerings, (offering) => offeringDocument(dataset, offering))),
    questions: yield* build('questions', documents(records.questions, questionDocument)),
  };
}

/**
 * Only questions whose asker agreed to share them are indexed. The schema demands
 * `consent: true`, but a caller may pass records it never parsed; those without it are left out.
 */
const isConsented = (question: SharedQuestion): boolean =>
  typeof question === 'object' && question !== null && (question as { consent?: unknown }).consent === true;

/**
 * {@link createMatcher} in units of work: a record fingerprinted, a document indexed, a few hundred
 * terms loaded. With `warmUp`, the tables the first search and match would make (facet columns,
 * positions, the phrase lookup) are made too, so that the first query costs no more than the next.
 */
export function* matcherSteps(dataset: Dataset, options: MatcherOptions, { warmUp = false } = {}): Steps<Matcher> {
  const analyzer = yield* (options.synonyms === undefined ? defaultAnalyzerSteps() : analyzerSteps({ synonyms: options.synonyms }));
  const fuzzy = typeof options.fuzzy === 'number' && options.fuzzy >= 0 ? options.fuzzy : DEFAULT_FUZZY;
  const agendaItems = uniqueById(dataset.agenda);
  const offerings = uniqueById(dataset.offerings);
  const questions: SharedQuestion[] = uniqueById(
    [...(dataset.sharedQuestions ?? []), ...(options.questions ?? [])].filter(isConsented),
  );

  let fingerprint: string | undefined;
  const fingerprints = () => {
    fingerprint ??= runToEnd(datasetFingerprintSteps(dataset, questions));
    return { datasetFingerprint: fingerprint, analyzerFingerprint: analyzerFingerprint(analyzer.lexicon, dutchStopwords()) };
  };

  let indexes: Indexes;
  if (options.prebuilt === undefined) {
    indexes = yield* buildIndexSteps(dataset, { agenda: agendaItems, offerings, questions }, analyzer);
  } else {
    fingerprint = yield* datasetFingerprintSteps(dataset, questions);
    indexes = yield* loadIndexSteps(checkSerializedIndex(options.prebuilt, fingerprints()), analyzer);
  }
  yield;

  const { match, offeringText, offeringHits, transientOfferingHits, warmUpSteps } = matcherQueries({
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
        agenda: serializeTextIndex(indexes.agenda, FIELDS.agenda),
        offerings: serializeTextIndex(indexes.offerings, FIELDS.offerings),
        questions: serializeTextIndex(indexes.questions, FIELDS.questions),
      },
    }),
  };
  // Search reads the hits only within the call, so they may live in arrays reused per index.
  registerTransientHits(matcher, transientOfferingHits);
  if (warmUp) {
    const searchIndex = yield* searchIndexSteps(dataset);
    yield* warmUpSteps([searchIndex.positionOf]);
  }
  return matcher;
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
  return runToEnd(matcherSteps(dataset, options));
}

/** Options of {@link createMatcherAsync}: those of {@link createMatcher}, and a signal to stop it. */
export interface CreateMatcherAsyncOptions extends MatcherOptions {
  /** Stops building between two slices; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignalLike;
}

/**
 * {@link createMatcher} without long tasks: builds the indexes (or loads a prebuilt index) in
 * slices of a few milliseconds, giving the event loop back between them, so a page stays
 * responsive while a large catalogue is indexed. The matcher is the same as `createMatcher`'s;
 * the tables its first search and match would make (facet columns, positions, the phrase lookup)
 * are made in slices too, so the first keystroke is no long task either.
 *
 * @example
 * const controller = new AbortController();
 * const matcher = await createMatcherAsync(defaultDataset, { signal: controller.signal });
 * matcher.match('Hoe krijgen we bewoners weer vertrouwen in de gemeente?').agenda[0]?.item.id; // 'priority-5'
 */
export async function createMatcherAsync(dataset: Dataset, options: CreateMatcherAsyncOptions = {}): Promise<Matcher> {
  const { signal, ...matcherOptions } = options;
  return runInSlices(matcherSteps(dataset, matcherOptions, { warmUp: true }), { signal });
}
