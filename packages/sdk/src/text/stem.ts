import { stemmer } from '@orama/stemmers/dutch';

/**
 * Plurals the Snowball Dutch stemmer leaves alone: "-ies" after a vowel ("corporaties",
 * "excursies") and English "-sses" ("masterclasses").
 */
function foldPlural(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return word.slice(0, -1);
  if (word.length > 6 && word.endsWith('sses')) return word.slice(0, -2);
  return word;
}

/**
 * Reduces a normalised Dutch word to its stem with the Snowball Dutch stemmer, after folding the
 * plurals it misses, so "corporaties" and "corporatie" meet.
 *
 * @example
 * stem('buurten') // 'buurt'
 * stem('corporaties') // 'corporatie'
 */
export function stem(word: string): string {
  if (!/\p{L}/u.test(word)) return word;
  return stemmer(foldPlural(word));
}
