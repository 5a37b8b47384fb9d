export * from './schema/index.js';
export * from './reasons.js';
export * from './search/index.js';
