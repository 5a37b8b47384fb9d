export { generateCatalogue, type CatalogueOptions } from './catalogue.js';
export { generateQueries, type QueryOptions, type SyntheticQuery } from './queries.js';
export { createRandom, type Random } from './random.js';
