export * from './schema/index.js';
export * from './reasons.js';
export * from './search/index.js';
export * from './text/index.js';
export * from './match/index.js';
export * from './index-io/index.js';
export * from './gaps/index.js';
