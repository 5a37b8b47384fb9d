import type { Dataset, SharedQuestion } from '../schema/index.js';
import type { Lexicon } from '../text/lexicon.js';
import type { SerializedTextIndex } from '../match/text-index-build.js';
import type { Steps } from '../internal/slices.js';
import { runToEnd } from '../internal/slices.js';
import { canonicalHashSteps, canonicalJson, hash64 } from './hash.js';

export const INDEX_FORMAT = 'leernetwerk-index';
/**
 * Bumped whenever documents, fields, MiniSearch options or the serialised form change shape.
 * 2: each index as a {@link SerializedTextIndex} instead of MiniSearch's `toJSON`.
 */
export const INDEX_FORMAT_VERSION = 2;

/** The matcher's three full-text indexes as plain JSON, with what they were built from. */
export interface SerializedIndex {
  readonly format: typeof INDEX_FORMAT;
  readonly version: number;
  /** Hash of the dataset and the shared-question pool the indexes were built from. */
  readonly datasetFingerprint: string;
  /** Hash of the text pipeline's data (synonyms, compounds, stop words). */
  readonly analyzerFingerprint: string;
  readonly indexes: {
    readonly agenda: SerializedTextIndex;
    readonly offerings: SerializedTextIndex;
    readonly questions: SerializedTextIndex;
  };
}

/** Fingerprint of what the indexes are built from: the dataset and the questions pool. */
export function datasetFingerprint(dataset: Dataset, questions: readonly SharedQuestion[]): string {
  return runToEnd(datasetFingerprintSteps(dataset, questions));
}

/**
 * {@link datasetFingerprint} one record per unit of work. Equal to `hash64(canonicalJson({ dataset,
 * questions }))`, so indexes built before it existed still load.
 */
export function datasetFingerprintSteps(dataset: Dataset, questions: readonly SharedQuestion[]): Steps<string> {
  return canonicalHashSteps({ dataset, questions });
}

/** Fingerprint of the text pipeline: a changed lexicon gives different index terms. */
export function analyzerFingerprint(lexicon: Lexicon, stopwords: ReadonlySet<string>): string {
  return hash64(
    canonicalJson({
      groups: [...lexicon.groupsOf].sort(([a], [b]) => (a < b ? -1 : 1)),
      phrases: [...lexicon.phrasesByFirstWord].sort(([a], [b]) => (a < b ? -1 : 1)),
      heads: [...lexicon.heads].sort(),
      modifiers: [...lexicon.modifiers].sort(([a], [b]) => (a < b ? -1 : 1)),
      stopwords: [...stopwords].sort(),
    }),
  );
}

const fail = (what: string): never => {
  throw new Error(`leernetwerk: prebuilt index: ${what}`);
};

/**
 * Checks a serialised index against the dataset and text pipeline it is about to serve.
 * Throws an error naming the problem; never includes the index's own values.
 */
export function checkSerializedIndex(
  serialized: unknown,
  expected: { datasetFingerprint: string; analyzerFingerprint: string },
): SerializedIndex {
  if (serialized === null || typeof serialized !== 'object') return fail('expected an object');
  const candidate = serialized as Partial<SerializedIndex>;
  if (candidate.format !== INDEX_FORMAT) return fail(`not a ${INDEX_FORMAT} file`);
  if (candidate.version !== INDEX_FORMAT_VERSION) {
    return fail(`format version ${INDEX_FORMAT_VERSION} expected, found another; rebuild the index`);
  }
  if (candidate.datasetFingerprint !== expected.datasetFingerprint) {
    return fail('built for a different dataset or question pool (fingerprint mismatch); rebuild the index');
  }
  if (candidate.analyzerFingerprint !== expected.analyzerFingerprint) {
    return fail('built with a different synonym lexicon or text pipeline (fingerprint mismatch); rebuild the index');
  }
  const indexes = candidate.indexes;
  for (const name of ['agenda', 'offerings', 'questions'] as const) {
    const index = indexes?.[name];
    if (index === null || typeof index !== 'object') return fail(`indexes.${name}: missing`);
  }
  return candidate as SerializedIndex;
}
