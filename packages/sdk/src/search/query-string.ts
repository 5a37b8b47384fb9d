import { DEFAULT_PAGE_SIZE, normalizeSearchParams } from './params.js';
import { FACET_IDS, type FacetId, type NormalizedSearchParams, type SearchParams } from './types.js';

/** URL keys of the facets; lists are comma-separated (`scale=local,regional`). */
export const FACET_URL_KEYS: Readonly<Record<FacetId, string>> = {
  themes: 'themes',
  targetGroups: 'target-groups',
  learningForms: 'learning-forms',
  scale: 'scale',
  direction: 'direction',
  domainScope: 'domain-scope',
  provider: 'provider',
};
const SCALAR_KEYS = { query: 'q', sort: 'sort', page: 'page', pageSize: 'size' } as const;

export interface SearchQueryStringOptions {
  /** Put before every key, so that several widgets can share one URL (`ln-q`, `ln-scale`). */
  readonly prefix?: string;
}

const facetOfKey = new Map(Object.entries(FACET_URL_KEYS).map(([facet, key]) => [key, facet as FacetId]));
const ownKeys = new Set<string>([...Object.values(FACET_URL_KEYS), ...Object.values(SCALAR_KEYS)]);

function decode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function rawPairs(input: string): [key: string, value: string][] {
  return input
    .replace(/^[?#]/, '')
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const at = pair.indexOf('=');
      return at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    });
}

type Pair = [key: string, values: (string | undefined)[]];

function pairsOf(input: unknown): Pair[] {
  if (typeof input === 'string') {
    return rawPairs(input).map(([key, value]) => [decode(key) ?? '', value.split(',').map(decode)]);
  }
  const pairs: Pair[] = [];
  if (input === null || typeof input !== 'object' || !(Symbol.iterator in input)) return pairs;
  for (const entry of input as Iterable<unknown>) {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') {
      pairs.push([entry[0], entry[1].split(',')]);
    }
  }
  return pairs;
}

/**
 * Writes search parameters as a query string (without `?`), leaving defaults out. Values are
 * percent-encoded, so a comma inside a value never splits a list. With `base`, the keys of
 * that query string that are not this finder's are kept, in their place.
 *
 * @example
 * toSearchQueryString({ query: 'vertrouwen', filters: { scale: ['local', 'regional'] }, sort: 'title', page: 1 });
 * // 'q=vertrouwen&scale=local,regional&sort=title&page=1'
 */
export function toSearchQueryString(
  params: SearchParams,
  options: SearchQueryStringOptions & { readonly base?: string } = {},
): string {
  const prefix = options.prefix ?? '';
  const { query, filters, sort, page, pageSize } = normalizeSearchParams(params);
  const key = (name: string) => encodeURIComponent(prefix + name);
  const pairs: string[] = [];
  if (query !== '') pairs.push(`${key(SCALAR_KEYS.query)}=${encodeURIComponent(query)}`);
  for (const facet of FACET_IDS) {
    const values = filters[facet];
    if (values !== undefined) pairs.push(`${key(FACET_URL_KEYS[facet])}=${values.map(encodeURIComponent).join(',')}`);
  }
  if (sort !== 'relevance') pairs.push(`${key(SCALAR_KEYS.sort)}=${sort}`);
  if (page > 0) pairs.push(`${key(SCALAR_KEYS.page)}=${page}`);
  if (pageSize !== DEFAULT_PAGE_SIZE) pairs.push(`${key(SCALAR_KEYS.pageSize)}=${pageSize}`);

  const kept = rawPairs(options.base ?? '')
    .filter(([rawKey]) => {
      const name = decode(rawKey);
      return name === undefined || !name.startsWith(prefix) || !ownKeys.has(name.slice(prefix.length));
    })
    .map(([rawKey, value]) => `${rawKey}=${value}`);
  return [...kept, ...pairs].join('&');
}

/**
 * Reads search parameters from a query string (with or without `?`), a `URLSearchParams` or
 * any other list of key-value pairs.
 * Garbage gives defaults: unknown keys, malformed encoding and impossible numbers are
 * skipped, never thrown on. A `URLSearchParams` has already decoded its values, so there a
 * comma always separates values; pass the string to keep commas inside values.
 *
 * @example
 * fromSearchQueryString('?ln-q=buurt&ln-scale=local,regional', { prefix: 'ln-' });
 * // { query: 'buurt', filters: { scale: ['local', 'regional'] }, sort: 'relevance', page: 0, pageSize: 10 }
 */
export function fromSearchQueryString(
  input: string | Iterable<readonly [string, string]>,
  options: SearchQueryStringOptions = {},
): NormalizedSearchParams {
  const prefix = options.prefix ?? '';
  const pairs = pairsOf(input);

  const scalars: Record<string, string> = {};
  const filters: Partial<Record<FacetId, string[]>> = {};
  for (const [fullKey, values] of pairs) {
    if (!fullKey.startsWith(prefix)) continue;
    const name = fullKey.slice(prefix.length);
    const facet = facetOfKey.get(name);
    if (facet !== undefined) {
      (filters[facet] ??= []).push(...values.filter((value) => value !== undefined));
    } else if (ownKeys.has(name) && !Object.hasOwn(scalars, name) && values.every((value) => value !== undefined)) {
      scalars[name] = values.join(',');
    }
  }
  return normalizeSearchParams({
    query: scalars[SCALAR_KEYS.query],
    filters,
    sort: scalars[SCALAR_KEYS.sort],
    page: scalars[SCALAR_KEYS.page],
    pageSize: scalars[SCALAR_KEYS.pageSize],
  });
}
