import MiniSearch from 'minisearch';
import type { EngineFactory, FlatDocument } from './types.js';

const FIELDS = ['title', 'description', 'provider'];

/** MiniSearch exactly as its README starts: default tokenizer, no prefix, no fuzzy. */
export const plainMiniSearch: EngineFactory = {
  name: 'minisearch',
  config: 'MiniSearch 7.2.0, default options, fields title/description/provider',
  build({ documents }) {
    const index = new MiniSearch<FlatDocument>({ fields: FIELDS });
    index.addAll(documents);
    return {
      name: this.name,
      top: (query, _kind, limit) => index.search(query).slice(0, limit).map((r) => String(r.id)),
    };
  },
};

/** MiniSearch as a search-as-you-type box would configure it: prefix and fuzzy on. */
export const typeaheadMiniSearch: EngineFactory = {
  name: 'minisearch-typeahead',
  config: 'MiniSearch 7.2.0, searchOptions { prefix: true, fuzzy: 0.2 }',
  build({ documents }) {
    const index = new MiniSearch<FlatDocument>({ fields: FIELDS, searchOptions: { prefix: true, fuzzy: 0.2 } });
    index.addAll(documents);
    return {
      name: this.name,
      top: (query, _kind, limit) => index.search(query).slice(0, limit).map((r) => String(r.id)),
    };
  },
};
