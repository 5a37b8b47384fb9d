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

  /** Loads a serialised index as `MiniSearch.loadJS` does, a few thousand entries per unit. */
  *loadSteps(js: AsPlainObject, vocabulary: Set<string>): Steps<void> {
    if (js.serializationVersion !== 2) throw new Error('leernetwerk: index: unsupported MiniSearch serialization');
    this._documentCount = js.documentCount;
    this._nextId = js.nextId;
    this._fieldIds = js.fieldIds;
    this._avgFieldLength = js.averageFieldLength;
    this._dirtCount = js.dirtCount ?? 0;
    this._documentIds = yield* numericMapSteps(js.documentIds);
    this._fieldLength = yield* numericMapSteps(js.fieldLength);
    this._storedFields = yield* numericMapSteps(js.storedFields);
    let entries = 0;
    for (const [shortId, id] of this._documentIds) {
      this._idToShortId.set(id, shortId);
      if (++entries === ENTRIES_PER_LOAD_UNIT) {
        entries = 0;
        yield;
      }
    }
    for (const [term, data] of js.index) {
      const map: FieldTermData = new Map();
      for (const fieldId of Object.keys(data)) {
        const documents = numericMap(data[fieldId]!);
        map.set(parseInt(fieldId, 10), documents);
        entries += documents.size;
      }
      this._index.set(term, map);
      vocabulary.add(term);
      if (++entries >= ENTRIES_PER_LOAD_UNIT) {
        entries = 0;
        yield;
      }
    }
  }
}

function numericMap<T>(object: Readonly<Record<string, T>>): Map<number, T> {
  const map = new Map<number, T>();
  for (const key of Object.keys(object)) map.set(parseInt(key, 10), object[key]!);
  return map;
}

function* numericMapSteps<T>(object: Readonly<Record<string, T>>): Steps<Map<number, T>> {
  const map = new Map<number, T>();
  const keys = Object.keys(object);
  for (let start = 0; start < keys.length; start += ENTRIES_PER_LOAD_UNIT) {
    for (const key of keys.slice(start, start + ENTRIES_PER_LOAD_UNIT)) map.set(parseInt(key, 10), object[key]!);
    yield;
  }
  return map;
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
