import { flexsearch } from './flexsearch.js';
import { fuse } from './fuse.js';
import { leernetwerk } from './leernetwerk.js';
import { plainMiniSearch, typeaheadMiniSearch } from './minisearch.js';
import type { EngineFactory } from './types.js';

export { flatten } from './types.js';
export type { Corpus, Engine, EngineFactory, FlatDocument, QueryKind } from './types.js';

export const OURS = leernetwerk.name;

/** Every engine in the side-by-side runs; ours first. */
export const ENGINES: readonly EngineFactory[] = [leernetwerk, plainMiniSearch, typeaheadMiniSearch, fuse, flexsearch];
