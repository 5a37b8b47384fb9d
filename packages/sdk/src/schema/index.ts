export * from './vocabulary.js';
export * from './common.js';
export * from './records.js';
export * from './question.js';
export * from './dataset.js';
