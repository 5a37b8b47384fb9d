import { Document } from 'flexsearch';
import type { EngineFactory, FlatDocument } from './types.js';

/**
 * FlexSearch's Document index on the same three fields with forward (prefix) tokenizing.
 * Finder queries need every word (its default); questions use `suggest` so that a long
 * sentence still returns the documents matching some of its words.
 */
export const flexsearch: EngineFactory = {
  name: 'flexsearch',
  config: "FlexSearch 0.8.212, Document on title/description/provider, tokenize 'forward', merge; questions with suggest",
  build({ documents }) {
    const index = new Document<FlatDocument>({
      document: { id: 'id', index: ['title', 'description', 'provider'] },
      tokenize: 'forward',
    });
    for (const document of documents) index.add(document);
    return {
      name: this.name,
      top: (query, kind, limit) =>
        index
          .search(query, { limit, merge: true, suggest: kind === 'question' })
          .slice(0, limit)
          .map((r) => String(r.id)),
    };
  },
};
