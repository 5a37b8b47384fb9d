import Fuse from 'fuse.js';
import type { EngineFactory, FlatDocument } from './types.js';

/** Fuse.js as a web team would set it up for a catalogue: three keys, threshold 0.3, anywhere in the text. */
export const fuse: EngineFactory = {
  name: 'fuse',
  config: 'Fuse.js 7.5.0, keys title/description/provider, threshold 0.3, ignoreLocation',
  build({ documents }) {
    const index = new Fuse<FlatDocument>(documents as FlatDocument[], {
      keys: ['title', 'description', 'provider'],
      threshold: 0.3,
      ignoreLocation: true,
    });
    return {
      name: this.name,
      top: (query, _kind, limit) => index.search(query, { limit }).map((r) => r.item.id),
    };
  },
};
