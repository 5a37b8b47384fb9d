export * from './schema/index.js';
export * from './reasons.js';
