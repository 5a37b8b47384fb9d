import { isStopword, tokenize } from '../text/index.js';

/**
 * Whether a query asks for anything: a word that is not a stop word. Otherwise the finder
 * browses all offerings, so "de " or "?" never empties the list while someone types.
 */
export const asksForText = (query: string): boolean => tokenize(query).some((token) => !isStopword(token));
