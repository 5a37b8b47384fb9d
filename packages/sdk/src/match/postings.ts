import type MiniSearch from 'minisearch';
import type { IndexDocument } from './documents.js';

/** Per field id, per document short id, how often a term occurs. */
export type FieldTermData = ReadonlyMap<number, ReadonlyMap<number, number>>;

/**
 * The protected state of a MiniSearch 7 index that scoring reads (the version is pinned; the
 * tests compare our scores with MiniSearch's own `search`).
 */
interface MiniSearchState {
  readonly _index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  readonly _documentCount: number;
  readonly _nextId: number;
  readonly _documentIds: ReadonlyMap<number, string>;
  readonly _idToShortId: ReadonlyMap<string, number>;
  readonly _fieldIds: Readonly<Record<string, number>>;
  readonly _fieldLength: ReadonlyMap<number, readonly number[]>;
  readonly _avgFieldLength: readonly number[];
  readonly _options: { readonly fields: readonly string[] };
}

/** MiniSearch's default BM25+ parameters. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
/** MiniSearch's default weights of prefix and fuzzy matches. */
export const MATCH_WEIGHTS = { fuzzy: 0.45, prefix: 0.375 } as const;
/** MiniSearch's default cap on the edit distance of a fuzzy match. */
export const MAX_FUZZY = 6;

/** An index's postings, read directly, with each document's BM25 length term worked out once. */
export interface Postings {
  readonly state: MiniSearchState;
  /** One past the largest document short id. */
  readonly size: number;
  readonly documentCount: number;
  /** The index's fields, in the order MiniSearch scores them, and their ids. */
  readonly fields: readonly string[];
  readonly fieldIds: readonly number[];
  /** Per field (same order as `fieldIds`), per short id: `k · (1 − b + b · length / average)`. */
  readonly lengthTerms: readonly Float64Array[];
  idOf(shortId: number): string | undefined;
  shortIdOf(id: string): number | undefined;
}

const cache = new WeakMap<object, Postings>();

/** The postings view of a MiniSearch index, made on first use and kept while the index lives. */
export function postingsOf(index: MiniSearch<IndexDocument>): Postings {
  let postings = cache.get(index);
  if (postings === undefined) {
    postings = readPostings(index as unknown as MiniSearchState);
    cache.set(index, postings);
  }
  return postings;
}

function readPostings(state: MiniSearchState): Postings {
  const size = state._nextId;
  const fields = state._options.fields;
  const fieldIds = fields.map((field) => state._fieldIds[field]!);
  const lengthTerms = fieldIds.map((fieldId) => {
    const terms = new Float64Array(size);
    const average = state._avgFieldLength[fieldId]!;
    for (const [shortId, lengths] of state._fieldLength) {
      const length = lengths[fieldId]!;
      // The very expression MiniSearch evaluates per posting, so that scores stay bit for bit the same.
      terms[shortId] = BM25.k * (1 - BM25.b + (BM25.b * length) / average);
    }
    return terms;
  });
  return {
    state,
    size,
    documentCount: state._documentCount,
    fields,
    fieldIds,
    lengthTerms,
    idOf: (shortId) => state._documentIds.get(shortId),
    shortIdOf: (id) => state._idToShortId.get(id),
  };
}

/** One term's postings in one field as arrays: the documents, and each one's BM25+ score for the term. */
export interface FieldScores {
  readonly docs: Uint32Array;
  readonly scores: Float64Array;
}

const fieldScoresCache = new WeakMap<FieldTermData, (FieldScores | null)[]>();

/**
 * The BM25+ score of each document for a term in the field at `fieldIndex` (of `postings.fields`),
 * worked out on the term's first search and kept: a query term's score in a document depends on
 * nothing else, and people type the same words keystroke after keystroke. `undefined` when the term
 * does not occur in the field.
 */
export function fieldScores(postings: Postings, data: FieldTermData, fieldIndex: number): FieldScores | undefined {
  let perField = fieldScoresCache.get(data);
  if (perField === undefined) fieldScoresCache.set(data, (perField = []));
  const known = perField[fieldIndex];
  if (known !== undefined) return known ?? undefined;
  const documents = data.get(postings.fieldIds[fieldIndex]!);
  if (documents === undefined) {
    perField[fieldIndex] = null;
    return undefined;
  }
  const matching = documents.size;
  const idf = Math.log(1 + (postings.documentCount - matching + 0.5) / (matching + 0.5));
  const lengths = postings.lengthTerms[fieldIndex]!;
  const docs = new Uint32Array(matching);
  const scores = new Float64Array(matching);
  let i = 0;
  documents.forEach((frequency, doc) => {
    docs[i] = doc;
    // As MiniSearch's calcBM25Score, operation for operation.
    scores[i++] = idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + lengths[doc]!));
  });
  const compiled = { docs, scores };
  perField[fieldIndex] = compiled;
  return compiled;
}

const positionsCache = new WeakMap<Postings, WeakMap<ReadonlyMap<string, number>, Int32Array>>();

/** Per document short id, its position under `positionOf` (−1 where it has none), worked out once per pair. */
export function docPositions(postings: Postings, positionOf: ReadonlyMap<string, number>): Int32Array {
  let byMap = positionsCache.get(postings);
  if (byMap === undefined) positionsCache.set(postings, (byMap = new WeakMap()));
  let positions = byMap.get(positionOf);
  if (positions === undefined) {
    positions = new Int32Array(postings.size).fill(-1);
    for (let doc = 0; doc < postings.size; doc++) {
      const id = postings.idOf(doc);
      const position = id === undefined ? undefined : positionOf.get(id);
      if (position !== undefined) positions[doc] = position;
    }
    byMap.set(positionOf, positions);
  }
  return positions;
}
