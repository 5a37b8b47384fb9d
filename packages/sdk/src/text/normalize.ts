const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
/** Folded ASCII text is final: another round cannot change it. */
const ASCII_FOLDED = /^[a-z0-9 ]*$/;
const NOT_ASCII_LETTER_OR_DIGIT = /[^a-z0-9]+/g;
/**
 * Text made only of ASCII, Latin letters with diacritics (up to U+024F) and general punctuation
 * (’, –, …): each character folds on its own, without looking at its neighbours.
 */
const LATIN = /^[\u0000-\u024f\u2000-\u206f]*$/;
const NOT_ASCII = /[^\u0000-\u007f]/g;
const HAS_NOT_ASCII = /[^\u0000-\u007f]/;

function foldOnce(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** The general path of {@link normalize}: any Unicode text, folded until it no longer changes. */
export function normalizeUnicode(text: string): string {
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

/** How each non-ASCII character of {@link LATIN} text folds, as ASCII letters, digits and spaces; worked out on first use. */
const folded = new Map<string, string | null>();

function foldCharacter(character: string): string | null {
  let fold = folded.get(character);
  if (fold === undefined) {
    // Spaces around it keep a folded letter from joining its neighbours only where the general path would separate them.
    const alone = foldOnce(`a${character}a`);
    fold = ASCII_FOLDED.test(alone) && alone.startsWith('a') && alone.endsWith('a') ? alone.slice(1, -1) : null;
    folded.set(character, fold);
  }
  return fold;
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
  if (!LATIN.test(text)) return normalizeUnicode(text);
  let ascii = text;
  if (HAS_NOT_ASCII.test(text)) {
    let unfoldable = false;
    ascii = text.replace(NOT_ASCII, (character) => {
      const fold = foldCharacter(character);
      if (fold === null) unfoldable = true;
      return fold ?? '';
    });
    if (unfoldable) return normalizeUnicode(text);
  }
  return ascii.toLowerCase().replace(NOT_ASCII_LETTER_OR_DIGIT, ' ').trim();
}
