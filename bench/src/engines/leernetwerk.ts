import { createMatcher, type Dataset, type Matcher } from '@leernetwerk/sdk';
import type { Engine, EngineFactory } from './types.js';

/** Wraps a matcher: finder queries go to `search` (with facets), questions to `match`. */
export const matcherEngine = (name: string, matcher: Matcher): Engine => ({
  name,
  top(query, kind, limit) {
    if (kind === 'finder') return matcher.search({ query, pageSize: limit }).hits.map((hit) => hit.item.id);
    return matcher.match(query, { limit }).offerings.map((ranked) => ranked.item.id);
  },
});

/** This kit's SDK, as the widgets use it. */
export const leernetwerk: EngineFactory = {
  name: 'leernetwerk',
  config: 'this SDK: finder → matcher.search({ query }) (with facet counts), question → matcher.match(text)',
  build: ({ dataset }) => matcherEngine('leernetwerk', createMatcher(dataset as Dataset)),
};
