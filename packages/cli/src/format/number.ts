import type { Lang } from '../lang.js';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** A score between 0 and 1 with two decimals, in the language's number format: `0,84`. */
export function formatScore(score: number, lang: Lang): string {
  return score.toLocaleString(locale(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A (weighted) amount with at most one decimal: `12`, `2,5`. */
export function formatAmount(amount: number, lang: Lang): string {
  return amount.toLocaleString(locale(lang), { maximumFractionDigits: 1 });
}

/** A share between 0 and 1 as a whole percentage: `0.4146` → `41%`. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
