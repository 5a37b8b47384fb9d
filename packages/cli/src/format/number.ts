import type { Lang } from '../lang.js';

/** A score between 0 and 1 with two decimals, in the language's number format: `0,84`. */
export function formatScore(score: number, lang: Lang): string {
  return score.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
