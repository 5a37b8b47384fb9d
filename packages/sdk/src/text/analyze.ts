import { getDefaultAnalyzer } from './analyzer.js';

/**
 * Splits text into normalised words, plus one joined token per known multi-word phrase.
 * MiniSearch-ready (`tokenize` option).
 *
 * @example
 * tokenize('Wij-zij denken') // ['wij', 'zij', 'denken', 'wijzijdenken', 'wijzij']
 */
export function tokenize(text: string): string[] {
  return getDefaultAnalyzer().tokenize(text);
}

/**
 * Turns one token into index terms: its stem, the stems of known compound parts and a term per
 * synonym group; `null` for stop words. MiniSearch-ready (`processTerm` option).
 *
 * @example
 * processTerm('inwoners') // ['inwoner', '~bewoners']
 * processTerm('de') // null
 */
export function processTerm(token: string): string[] | null {
  return getDefaultAnalyzer().processTerm(token);
}

/**
 * All index terms of a text, in order: what the matcher stores and searches for.
 *
 * @example
 * analyze('Vertrouwen in de gemeente') // ['vertrouw', '~vertrouwen', 'gemeent', '~overheid']
 */
export function analyze(text: string): string[] {
  return getDefaultAnalyzer().analyze(text);
}
