const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
/** Folded ASCII text is final: another round cannot change it. */
const ASCII_FOLDED = /^[a-z0-9 ]*$/;

function foldOnce(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/**
 * Normalises text for matching: lowercase, diacritics folded (ë → e, é → e), ligatures and other
 * compatibility forms decomposed (ﬁ → fi), everything that is not a letter or digit turned into a
 * single space. Normalising twice gives the same result as normalising once.
 *
 * @example
 * normalize('Wij-zij denken in België!') // 'wij zij denken in belgie'
 */
export function normalize(text: string): string {
  let current = foldOnce(text);
  if (ASCII_FOLDED.test(current)) return current;
  // Case mapping and decomposition can each expose work for the other (e.g. 'İ'); a few rounds settle it.
  for (let round = 0; round < 4; round++) {
    const next = foldOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}
