import {
  DIRECTIONS,
  DOMAIN_SCOPES,
  LEARNING_FORMS,
  SCALES,
  TARGET_GROUPS,
  type Dataset,
  type Offering,
} from '../schema/index.js';
import { runToEnd, type Steps } from '../internal/slices.js';
import { FACET_IDS, type FacetId } from './types.js';

/** Offerings handled per unit of work when the search index is built in slices. */
const OFFERINGS_PER_STEP = 1000;

/** One facet as columns: its values, and per offering the codes of the values it carries. */
export interface FacetColumn {
  /** Value ids; a value's code is its position here. */
  readonly values: readonly string[];
  readonly codeOf: ReadonlyMap<string, number>;
  /** The codes of offering `i` are `codes[offsets[i]] … codes[offsets[i + 1] - 1]`. */
  readonly offsets: Uint32Array;
  readonly codes: Uint32Array;
  /** Per code, the offerings carrying it, ascending. */
  readonly postings: readonly Uint32Array[];
}

/** What search precomputes once per dataset so that a keystroke costs one pass over the candidates. */
export interface SearchIndex {
  readonly offerings: readonly Offering[];
  readonly positionOf: ReadonlyMap<string, number>;
  readonly columns: Readonly<Record<FacetId, FacetColumn>>;
  /** Rank of each offering in title order and in provider order (ties by title, then id). */
  readonly titleRank: Uint32Array;
  readonly providerRank: Uint32Array;
}

const facetValuesOf = (offering: Offering, facet: FacetId): readonly string[] =>
  facet === 'provider' ? [offering.provider] : offering[facet];

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sort key that ignores case and accents, the same on every platform (no locale tables). */
const sortKey = (text: string): string =>
  (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase().trim();

function vocabulary(dataset: Dataset, facet: FacetId): readonly string[] {
  switch (facet) {
    case 'themes':
      return dataset.themes.map((theme) => theme.id);
    case 'targetGroups':
      return TARGET_GROUPS;
    case 'learningForms':
      return LEARNING_FORMS;
    case 'scale':
      return SCALES;
    case 'direction':
      return DIRECTIONS;
    case 'domainScope':
      return DOMAIN_SCOPES;
    case 'provider':
      return [];
  }
}

function* columnSteps(dataset: Dataset, facet: FacetId): Steps<FacetColumn> {
  const { offerings } = dataset;
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const codeFor = (value: string): number => {
    let code = codeOf.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      codeOf.set(value, code);
    }
    return code;
  };
  for (const value of vocabulary(dataset, facet)) codeFor(value);

  const offsets = new Uint32Array(offerings.length + 1);
  const codeList: number[] = [];
  for (let i = 0; i < offerings.length; i++) {
    const start = codeList.length;
    for (const value of facetValuesOf(offerings[i]!, facet)) {
      const code = codeFor(value);
      if (codeList.indexOf(code, start) === -1) codeList.push(code);
    }
    offsets[i + 1] = codeList.length;
    if ((i + 1) % OFFERINGS_PER_STEP === 0) yield;
  }
  const codes = Uint32Array.from(codeList);

  const sizes = new Uint32Array(values.length);
  for (const code of codes) sizes[code]!++;
  const postings = Array.from(sizes, (size) => new Uint32Array(size));
  const filled = new Uint32Array(values.length);
  for (let i = 0; i < offerings.length; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const code = codes[k]!;
      postings[code]![filled[code]!++] = i;
    }
  }
  return { values, codeOf, offsets, codes, postings };
}

/** Rank of each offering when ordered by `key`, then by `tieBreak` (a rank), then by id. */
function rankBy(offerings: readonly Offering[], key: readonly string[], tieBreak?: Uint32Array): Uint32Array {
  const order = Uint32Array.from(offerings, (_, i) => i).sort((a, b) => {
    const byKey = compareIds(key[a]!, key[b]!);
    if (byKey !== 0) return byKey;
    if (tieBreak !== undefined) return tieBreak[a]! - tieBreak[b]!;
    return compareIds(offerings[a]!.id, offerings[b]!.id) || a - b;
  });
  const rank = new Uint32Array(offerings.length);
  order.forEach((offering, position) => {
    rank[offering] = position;
  });
  return rank;
}

/** The search index of a dataset in units of work (a facet column over a thousand offerings, a sort). */
function* buildSearchIndexSteps(dataset: Dataset): Steps<SearchIndex> {
  const { offerings } = dataset;
  const positionOf = new Map<string, number>();
  offerings.forEach((offering, i) => {
    if (!positionOf.has(offering.id)) positionOf.set(offering.id, i);
  });
  yield;
  const columns = {} as Record<FacetId, FacetColumn>;
  for (const facet of FACET_IDS) {
    columns[facet] = yield* columnSteps(dataset, facet);
    yield;
  }
  const providerKeys = new Map<string, string>();
  const providers = offerings.map(({ provider }) => {
    let key = providerKeys.get(provider);
    if (key === undefined) providerKeys.set(provider, (key = sortKey(provider)));
    return key;
  });
  yield;
  const titles: string[] = new Array(offerings.length);
  for (let i = 0; i < offerings.length; i++) {
    titles[i] = sortKey(offerings[i]!.title.nl);
    if ((i + 1) % OFFERINGS_PER_STEP === 0) yield;
  }
  const titleRank = rankBy(offerings, titles);
  yield;
  return { offerings, positionOf, columns, titleRank, providerRank: rankBy(offerings, providers, titleRank) };
}

const cache = new WeakMap<Dataset, SearchIndex>();

/**
 * {@link searchIndexOf} in units of work, for a builder that runs in slices: the index is made
 * (and kept for the dataset) unless it already exists.
 */
export function* searchIndexSteps(dataset: Dataset): Steps<SearchIndex> {
  let index = cache.get(dataset);
  if (index === undefined) {
    index = yield* buildSearchIndexSteps(dataset);
    cache.set(dataset, index);
  }
  return index;
}

/** Whether the search index of a dataset has been made (by a search or a warm-up). */
export const hasSearchIndex = (dataset: Dataset): boolean => cache.has(dataset);

/**
 * The search index of a dataset, built on first use and then reused (datasets are treated
 * as immutable; every matcher over the same dataset shares it).
 */
export function searchIndexOf(dataset: Dataset): SearchIndex {
  return cache.get(dataset) ?? runToEnd(searchIndexSteps(dataset));
}
