export { main } from './main.js';
export type { CliIO, Output } from './context.js';
