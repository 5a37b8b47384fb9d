import MiniSearch, { type Options } from 'minisearch';
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

type FieldTermData = Map<number, Map<number, number>>;

/** One index term while building: its postings, once written, and its count in the text being analysed. */
interface TermSlot {
  readonly term: string;
  data: FieldTermData | undefined;
  /** The analysis that last counted this term. */
  stamp: number;
  count: number;
}

/** One field's text as index terms: its distinct tokens (MiniSearch's field length) and each term's count. */
interface FieldTerms {
  readonly length: number;
  /** Terms in the order MiniSearch would first meet them, with how often each occurs. */
  readonly slots: readonly TermSlot[];
  readonly counts: readonly number[];
}

/** Map entries (documents, postings) loaded between two yields of {@link IndexWriter.loadSteps}. */
const ENTRIES_PER_LOAD_UNIT = 4000;

/**
 * Writes MiniSearch's own index structures directly, giving exactly what `addAll` and `loadJS`
 * give (the tests compare `toJSON`). A subclass because the fast path needs MiniSearch's protected
 * state: `add` walks the term tree once per token occurrence and analyses the same theme and
 * learning-form texts for every offering; this writes each distinct term of a field once per
 * document, analyses each distinct field text once, and finds a term's postings through a `Map`.
 */
class IndexWriter extends MiniSearch<IndexDocument> {
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
      for (let i = 0; i < field.slots.length; i++) {
        const slot = field.slots[i]!;
        const data = (slot.data ??= this._index.fetch(slot.term, () => new Map()) as FieldTermData);
        let documents = data.get(fieldId);
        if (documents === undefined) data.set(fieldId, (documents = new Map()));
        documents.set(shortId, field.counts[i]!);
      }
    });
  }

  /** The index as {@link SerializedTextIndex}. */
  serialize(fields: readonly string[]): SerializedTextIndex {
    const ids: string[] = [];
    for (let shortId = 0; shortId < this._nextId; shortId++) {
      const id = this._documentIds.get(shortId);
      if (id === undefined) throw new Error('leernetwerk: index: documents were removed; rebuild it');
      ids.push(String(id));
    }
    const lengths = fields.map((_, fieldId) => ids.map((_, shortId) => this._fieldLength.get(shortId)?.[fieldId] ?? -1));
    const terms: string[] = [];
    const postings: number[][] = [];
    for (const [term, data] of this._index) {
      const list: number[] = [];
      for (const [fieldId, documents] of data) {
        list.push(fieldId, documents.size);
        let previous = 0;
        for (const [shortId, count] of documents) {
          list.push(shortId - previous, count);
          previous = shortId;
        }
      }
      terms.push(term);
      postings.push(list);
    }
    const averages = fields.map((_, fieldId) => this._avgFieldLength[fieldId] ?? -1);
    return { fields: [...fields], ids, lengths, averages, terms, postings };
  }

  /** Loads a {@link SerializedTextIndex}, a few thousand entries per unit. */
  *loadSteps(js: SerializedTextIndex, fields: readonly string[], vocabulary: Set<string>): Steps<void> {
    const fail = (): never => {
      throw new Error('leernetwerk: index: malformed');
    };
    const { ids, lengths, averages, terms, postings } = js;
    if (!Array.isArray(js.fields) || js.fields.join('\n') !== fields.join('\n')) fail();
    if (!Array.isArray(ids) || !Array.isArray(lengths) || !Array.isArray(averages)) fail();
    if (!Array.isArray(terms) || !Array.isArray(postings) || terms.length !== postings.length) fail();
    if (lengths.length !== fields.length || averages.length !== fields.length) fail();
    const size = ids.length;
    this._documentCount = size;
    this._nextId = size;
    averages.forEach((average, fieldId) => {
      if (typeof average !== 'number') fail();
      if (average >= 0) this._avgFieldLength[fieldId] = average;
    });
    let entries = 0;
    for (let shortId = 0; shortId < size; shortId++) {
      const id = ids[shortId];
      if (typeof id !== 'string' || this._idToShortId.has(id)) return fail();
      this._documentIds.set(shortId, id);
      this._idToShortId.set(id, shortId);
      let documentLengths: number[] | undefined;
      for (let fieldId = 0; fieldId < fields.length; fieldId++) {
        const length = lengths[fieldId]?.[shortId];
        if (typeof length !== 'number') return fail();
        if (length < 0) continue;
        documentLengths ??= [];
        documentLengths[fieldId] = length;
      }
      if (documentLengths !== undefined) this._fieldLength.set(shortId, documentLengths);
      if (++entries === ENTRIES_PER_LOAD_UNIT) {
        entries = 0;
        yield;
      }
    }
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t];
      const list = postings[t];
      if (typeof term !== 'string' || !Array.isArray(list)) return fail();
      const data: FieldTermData = new Map();
      let i = 0;
      while (i < list.length) {
        const fieldId = list[i++]!;
        const hits = list[i++]!;
        if (!(fieldId >= 0 && fieldId < fields.length && hits >= 0 && i + 2 * hits <= list.length)) fail();
        const documents = new Map<number, number>();
        let shortId = 0;
        for (let k = 0; k < hits; k++) {
          shortId += list[i++]!;
          const count = list[i++]!;
          if (!(shortId >= 0 && shortId < size && count > 0)) fail();
          documents.set(shortId, count);
        }
        data.set(fieldId, documents);
        entries += hits;
      }
      this._index.set(term, data);
      vocabulary.add(term);
      if (++entries >= ENTRIES_PER_LOAD_UNIT) {
        entries = 0;
        yield;
      }
    }
  }
}

/**
 * A text index as JSON: more compact than MiniSearch's `toJSON`, and loaded without reading
 * numbers from object keys. Short ids are dense (0, 1, …): nothing is ever removed.
 */
export interface SerializedTextIndex {
  /** The indexed fields, in field-id order; loading checks them. */
  readonly fields: readonly string[];
  /** Document ids by short id. */
  readonly ids: readonly string[];
  /** Per field, per short id: its number of distinct tokens; -1 where the document lacks the field. */
  readonly lengths: readonly (readonly number[])[];
  /** Per field: the average of those lengths, as MiniSearch keeps it; -1 before any document had the field. */
  readonly averages: readonly number[];
  readonly terms: readonly string[];
  /**
   * Per term: for each field it occurs in, the field id, the number of documents, then per
   * document the step from the previous short id and the term's count there.
   */
  readonly postings: readonly (readonly number[])[];
}

/** A token's index terms as slots, and the analysis that last met the token. */
interface TokenEntry {
  readonly slots: readonly TermSlot[];
  stamp: number;
}

/** Texts analysed before a field's cache must have paid off, or is given up. */
const CACHE_TRIAL = 100;

/**
 * Analyses field texts as MiniSearch's `add` sees them through `tokenize` and `processTerm`.
 * Each token's terms are looked up once per build, and each term is a slot that counts itself,
 * so counting needs no map per text. Texts that repeat (theme labels, learning-form synonyms) are
 * analysed once per field; a field whose texts do not repeat stops being cached.
 */
class FieldAnalyzer {
  private readonly tokens = new Map<string, TokenEntry>();
  private readonly slots = new Map<string, TermSlot>();
  private readonly caches: (Map<string, FieldTerms> | undefined)[];
  private readonly tried: number[];
  private readonly hits: number[];
  private stamp = 0;

  constructor(
    private readonly analyzer: Analyzer,
    fields: number,
  ) {
    this.caches = Array.from({ length: fields }, () => new Map<string, FieldTerms>());
    this.tried = new Array<number>(fields).fill(0);
    this.hits = new Array<number>(fields).fill(0);
  }

  /** Every term met so far. */
  terms(): IterableIterator<string> {
    return this.slots.keys();
  }

  field(fieldId: number, text: string): FieldTerms {
    const cache = this.caches[fieldId];
    if (cache === undefined) return this.analyse(text);
    const known = cache.get(text);
    if (known !== undefined) {
      this.hits[fieldId]! += 1;
      return known;
    }
    const analysed = this.analyse(text);
    cache.set(text, analysed);
    if (++this.tried[fieldId]! === CACHE_TRIAL && this.hits[fieldId]! < CACHE_TRIAL) this.caches[fieldId] = undefined;
    return analysed;
  }

  private analyse(text: string): FieldTerms {
    const stamp = ++this.stamp;
    const slots: TermSlot[] = [];
    let length = 0;
    for (const token of this.analyzer.tokenize(text)) {
      const entry = this.entry(token);
      if (entry.stamp !== stamp) {
        entry.stamp = stamp;
        length += 1;
      }
      for (const slot of entry.slots) {
        if (slot.stamp !== stamp) {
          slot.stamp = stamp;
          slot.count = 0;
          slots.push(slot);
        }
        slot.count += 1;
      }
    }
    return { length, slots, counts: slots.map((slot) => slot.count) };
  }

  private entry(token: string): TokenEntry {
    let entry = this.tokens.get(token);
    if (entry === undefined) {
      const terms = this.analyzer.termsOf(token) ?? [];
      entry = { slots: terms.map((term) => this.slot(term)), stamp: 0 };
      this.tokens.set(token, entry);
    }
    return entry;
  }

  private slot(term: string): TermSlot {
    let slot = this.slots.get(term);
    if (slot === undefined) {
      slot = { term, data: undefined, stamp: 0, count: 0 };
      this.slots.set(term, slot);
    }
    return slot;
  }
}

/** {@link buildTextIndex} one document per unit. */
export function* buildTextIndexSteps(
  fields: readonly string[],
  boost: Readonly<Record<string, number>>,
  documents: Iterable<IndexDocument>,
  analyzer: Analyzer,
): Steps<TextIndex> {
  const index = new IndexWriter(indexOptions(fields, analyzer));
  const analyser = new FieldAnalyzer(analyzer, fields.length);
  for (const document of documents) {
    index.addAnalyzed(
      document.id,
      fields.map((field, fieldId) => {
        const text = document[field];
        return text === undefined || text === null ? undefined : analyser.field(fieldId, String(text));
      }),
    );
    yield;
  }
  return { index, boost, vocabulary: new Set(analyser.terms()) };
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

/** {@link loadTextIndex} a few thousand entries per unit. */
export function* loadTextIndexSteps(
  fields: readonly string[],
  boost: Readonly<Record<string, number>>,
  serialized: SerializedTextIndex,
  analyzer: Analyzer,
): Steps<TextIndex> {
  const index = new IndexWriter(indexOptions(fields, analyzer));
  const vocabulary = new Set<string>();
  yield* index.loadSteps(serialized, fields, vocabulary);
  return { index, boost, vocabulary };
}

/** An index from its {@link serializeTextIndex} form; it answers exactly as the index it was made from. */
export function loadTextIndex(
  fields: readonly string[],
  boost: Readonly<Record<string, number>>,
  serialized: SerializedTextIndex,
  analyzer: Analyzer,
): TextIndex {
  return runToEnd(loadTextIndexSteps(fields, boost, serialized, analyzer));
}

/** A built or loaded index as JSON for {@link loadTextIndex}. */
export function serializeTextIndex(text: TextIndex, fields: readonly string[]): SerializedTextIndex {
  if (!(text.index instanceof IndexWriter)) throw new Error('leernetwerk: index: not made by buildTextIndex or loadTextIndex');
  return text.index.serialize(fields);
}
