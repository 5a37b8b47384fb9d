import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { runToEnd, type Steps } from '../internal/slices.js';
import type { Analyzer } from '../text/index.js';
import type { IndexDocument } from './documents.js';

/** The MiniSearch options an index is built with; loading a serialised index needs the very same. */
export function indexOptions(fields: readonly string[], analyzer: Analyzer): Options<IndexDocument> {
  return {
    idField: 'id',
    fields: [...fields],
    storeFields: [],
    tokenize: (text) => analyzer.tokenize(text),
    processTerm: (token) => analyzer.processTerm(token),
  };
}

/** A MiniSearch index with what searching it needs besides: its field boosts and its vocabulary. */
export interface TextIndex {
  readonly index: MiniSearch<IndexDocument>;
  readonly boost: Readonly<Record<string, number>>;
  /** Every term in the index; a word found here is spelled right and needs no fuzzy matching. */
  readonly vocabulary: ReadonlySet<string>;
}

/** One field's text as index terms: its distinct tokens (MiniSearch's field length) and each term's count. */
interface FieldTerms {
  readonly length: number;
  /** Terms in the order MiniSearch would first meet them, with how often each occurs. */
  readonly terms: readonly string[];
  readonly counts: readonly number[];
}

type FieldTermData = Map<number, Map<number, number>>;
type SerializedTermData = AsPlainObject['index'][number][1];

/** Terms loaded between two yields of {@link IndexWriter.loadSteps}. */
const TERMS_PER_LOAD_UNIT = 200;

/**
 * Writes MiniSearch's own index structures directly, giving exactly what `addAll` and `loadJS`
 * give (the tests compare `toJSON`). A subclass because the fast path needs MiniSearch's protected
 * state: `add` walks the term tree once per token occurrence and analyses the same theme and
 * learning-form texts for every offering; this writes each distinct term of a field once per
 * document, analyses each distinct field text once, and finds a term's postings through a `Map`.
 */
class IndexWriter extends MiniSearch<IndexDocument> {
  /** Postings per term, the same objects the term tree holds. */
  private readonly postings = new Map<string, FieldTermData>();

  /** Adds one document whose fields are already analysed (`undefined`: the field is absent). */
  addAnalyzed(id: string, fields: readonly (FieldTerms | undefined)[]): void {
    if (this._idToShortId.has(id)) throw new Error(`leernetwerk: index: duplicate id`);
    const shortId = this._nextId;
    this._idToShortId.set(id, shortId);
    this._documentIds.set(shortId, id);
    this._documentCount += 1;
    this._nextId += 1;
    const count = this._documentCount - 1;
    fields.forEach((field, fieldId) => {
      if (field === undefined) return;
      let lengths = this._fieldLength.get(shortId);
      if (lengths === undefined) this._fieldLength.set(shortId, (lengths = []));
      lengths[fieldId] = field.length;
      const average = this._avgFieldLength[fieldId] ?? 0;
      this._avgFieldLength[fieldId] = (average * count + field.length) / (count + 1);
      for (let i = 0; i < field.terms.length; i++) {
        const term = field.terms[i]!;
        let data = this.postings.get(term);
        if (data === undefined) {
          data = this._index.fetch(term, () => new Map()) as FieldTermData;
          this.postings.set(term, data);
        }
        let documents = data.get(fieldId);
        if (documents === undefined) data.set(fieldId, (documents = new Map()));
        documents.set(shortId, field.counts[i]!);
      }
    });
  }

  /** Every term written so far. */
  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Loads a serialised index as `MiniSearch.loadJS` does, a few hundred terms per unit. */
  *loadSteps(js: AsPlainObject, vocabulary: Set<string>): Steps<void> {
    if (js.serializationVersion !== 2) throw new Error('leernetwerk: index: unsupported MiniSearch serialization');
    this._documentCount = js.documentCount;
    this._nextId = js.nextId;
    this._fieldIds = js.fieldIds;
    this._avgFieldLength = js.averageFieldLength;
    this._dirtCount = js.dirtCount ?? 0;
    this._documentIds = numericMap(js.documentIds);
    this._fieldLength = numericMap(js.fieldLength);
    this._storedFields = numericMap(js.storedFields);
    for (const [shortId, id] of this._documentIds) this._idToShortId.set(id, shortId);
    yield;
    const index = js.index;
    for (let start = 0; start < index.length; start += TERMS_PER_LOAD_UNIT) {
      const end = Math.min(index.length, start + TERMS_PER_LOAD_UNIT);
      for (let i = start; i < end; i++) {
        const [term, data] = index[i]!;
        this._index.set(term, termData(data));
        vocabulary.add(term);
      }
      yield;
    }
  }
}

function numericMap<T>(object: Readonly<Record<string, T>>): Map<number, T> {
  const map = new Map<number, T>();
  for (const key of Object.keys(object)) map.set(parseInt(key, 10), object[key]!);
  return map;
}

function termData(data: SerializedTermData): FieldTermData {
  const map: FieldTermData = new Map();
  for (const fieldId of Object.keys(data)) map.set(parseInt(fieldId, 10), numericMap(data[fieldId]!));
  return map;
}

/**
 * Analyses field texts as MiniSearch's `add` would see them through `tokenize` and `processTerm`,
 * each distinct text once: offerings repeat the same theme labels and learning-form synonyms.
 */
function fieldAnalyzer(analyzer: Analyzer): (text: string) => FieldTerms {
  const seen = new Map<string, FieldTerms>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    const tokens = analyzer.tokenize(text);
    const counts = new Map<string, number>();
    for (const token of tokens) {
      const terms = analyzer.termsOf(token);
      if (terms !== null) for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    const analysed: FieldTerms = { length: new Set(tokens).size, terms: [...counts.keys()], counts: [...counts.values()] };
    seen.set(text, analysed);
    return analysed;
  };
}

/** {@link buildTextIndex} one document per unit. */
export function* buildTextIndexSteps(
  fields: readonly string[],
  boost: Readonly<Record<string, number>>,
  documents: Iterable<IndexDocument>,
  analyzer: Analyzer,
): Steps<TextIndex> {
  const index = new IndexWriter(indexOptions(fields, analyzer));
  const analyse = fieldAnalyzer(analyzer);
  for (const document of documents) {
    index.addAnalyzed(
      document.id,
      fields.map((field) => {
        const text = document[field];
        return text === undefined || text === null ? undefined : analyse(String(text));
      }),
    );
    yield;
  }
  return { index, boost, vocabulary: new Set(index.terms()) };
}

/** An index over the documents, built the way MiniSearch's `addAll` builds it, only faster. */
export function buildTextIndex(
  fields: readonly string[],
  boost: Readonly<Record<string, number>>,
  documents: Iterable<IndexDocument>,
  analyzer: Analyzer,
): TextIndex {
  return runToEnd(buildTextIndexSteps(fields, boost, documents, analyzer));
}

/** {@link loadTextIndex} a few hundred terms per unit. */
export function* loadTextIndexSteps(
  fields: readonly string[],
  boost: Readonly<Record<string, number>>,
  serialized: AsPlainObject,
  analyzer: Analyzer,
): Steps<TextIndex> {
  const index = new IndexWriter(indexOptions(fields, analyzer));
  const vocabulary = new Set<string>();
  yield* index.loadSteps(serialized, vocabulary);
  return { index, boost, vocabulary };
}

/** An index from its `toJSON` form, as `MiniSearch.loadJS` loads it. */
export function loadTextIndex(
  fields: readonly string[],
  boost: Readonly<Record<string, number>>,
  serialized: AsPlainObject,
  analyzer: Analyzer,
): TextIndex {
  return runToEnd(loadTextIndexSteps(fields, boost, serialized, analyzer));
}
