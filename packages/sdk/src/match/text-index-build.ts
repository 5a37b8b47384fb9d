import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
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

export function buildTextIndex(
  fields: readonly string[],
  boost: Readonly<Record<string, number>>,
  documents: readonly IndexDocument[],
  analyzer: Analyzer,
): TextIndex {
  const vocabulary = new Set<string>();
  let building = true;
  const options = indexOptions(fields, analyzer);
  const index = new MiniSearch<IndexDocument>({
    ...options,
    processTerm: (token) => {
      const terms = analyzer.processTerm(token);
      if (building && terms !== null) for (const term of terms) vocabulary.add(term);
      return terms;
    },
  });
  index.addAll(documents);
  building = false;
  return { index, boost, vocabulary };
}

export function loadTextIndex(
  fields: readonly string[],
  boost: Readonly<Record<string, number>>,
  serialized: AsPlainObject,
  analyzer: Analyzer,
): TextIndex {
  const index = MiniSearch.loadJS<IndexDocument>(serialized, indexOptions(fields, analyzer));
  return { index, boost, vocabulary: new Set(serialized.index.map(([term]) => term)) };
}
