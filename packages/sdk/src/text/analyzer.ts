import { MIN_COMPOUND_PART, MIN_COMPOUND_WORD } from './compounds.js';
import { runToEnd, type Steps } from '../internal/slices.js';
import { lexiconSteps, type Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { SYNONYM_GROUPS, type SynonymGroup } from './synonyms.js';

const MAX_CACHED_TOKENS = 50_000;

/** Index terms for synonym groups start with this; normal terms never contain it. */
export const SYNONYM_PREFIX = '~';

/**
 * Whether an index term stands for a synonym group rather than a word.
 *
 * @example
 * processTerm('inwoners')?.filter(isSynonymTerm) // ['~bewoners']
 */
export function isSynonymTerm(term: string): boolean {
  return term.startsWith(SYNONYM_PREFIX);
}

/**
 * The text pipeline in the shape MiniSearch wants: `tokenize` splits text into words (and joins
 * known multi-word phrases into one extra token), `processTerm` turns one token into index terms.
 */
export interface Analyzer {
  /** Normalised words, followed by a joined token for each known phrase ("wij zij" → "wijzij"). */
  tokenize(text: string): string[];
  /** The known multi-word phrases among normalised words, with the index of their first word. */
  phrasesIn(words: readonly string[]): { start: number; words: readonly string[] }[];
  /** Stem plus synonym-group terms for a token and its compound parts; `null` for a stop word. */
  processTerm(token: string): string[] | null;
  /** As `processTerm`, but the analyzer's own cached list: read it, never change it. */
  termsOf(token: string): readonly string[] | null;
  /** `tokenize` then `processTerm`: all index terms of a text, in order. */
  analyze(text: string): string[];
  /** The compiled lexicon, for fingerprints and tests. */
  readonly lexicon: Lexicon;
}

export interface AnalyzerOptions {
  /** Synonym groups to use instead of {@link SYNONYM_GROUPS}. */
  readonly synonyms?: readonly SynonymGroup[];
}

function phrasesIn(words: readonly string[], lexicon: Lexicon): { start: number; words: readonly string[] }[] {
  const found: { start: number; words: readonly string[] }[] = [];
  for (let start = 0; start < words.length; start++) {
    const phrases = lexicon.phrasesByFirstWord.get(words[start]!);
    if (phrases === undefined) continue;
    for (const phrase of phrases) {
      if (phrase.every((w, k) => words[start + k] === w)) found.push({ start, words: phrase });
    }
  }
  return found;
}

function compoundParts(word: string, lexicon: Lexicon): string[] {
  if (word.length < MIN_COMPOUND_WORD) return [];
  const parts: string[] = [];
  for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART; cut++) {
    const head = word.slice(cut);
    if (lexicon.heads.has(head)) parts.push(head);
    const modifier = lexicon.modifiers.get(word.slice(0, cut));
    if (modifier !== undefined) parts.push(modifier, head);
  }
  return parts;
}

/**
 * Creates the Dutch text pipeline: normalise, split, drop stop words, stem with Snowball, split
 * known compounds and add a term per synonym group, so that "inwoners" meets "bewoners" and
 * "wij-zij" meets "polarisatie".
 *
 * @example
 * const { analyze } = createAnalyzer();
 * analyze('Buurtbewoners en de corporatie'); // ['buurtbewoner', '~bewoners', 'bewoner', …, 'corporatie', '~corporatie']
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  return runToEnd(analyzerSteps(options));
}

/** {@link createAnalyzer} in units of work (the lexicon compiled a synonym group per unit). */
export function* analyzerSteps(options: AnalyzerOptions = {}): Steps<Analyzer> {
  return analyzerOf(yield* lexiconSteps(options.synonyms ?? SYNONYM_GROUPS));
}

function analyzerOf(lexicon: Lexicon): Analyzer {

  const tokenize = (text: string): string[] => {
    const normalized = normalize(text);
    if (normalized === '') return [];
    const words = normalized.split(' ');
    const phrases = phrasesIn(words, lexicon);
    for (const phrase of phrases) words.push(phrase.words.join(''));
    return words;
  };

  // Texts repeat their words: each token is worked out once (the cache is emptied when it grows large).
  const cache = new Map<string, readonly string[] | null>();
  const termsOf = (token: string): readonly string[] | null => {
    let terms = cache.get(token);
    if (terms === undefined) {
      if (cache.size >= MAX_CACHED_TOKENS) cache.clear();
      terms = computeTerms(token);
      cache.set(token, terms);
    }
    return terms;
  };
  const processTerm = (token: string): string[] | null => {
    const terms = termsOf(token);
    return terms === null ? null : [...terms];
  };

  const computeTerms = (token: string): string[] | null => {
    if (token.length === 0 || isStopword(token)) return null;
    if (token.length === 1 && !/\p{N}/u.test(token)) return null;
    const terms = new Set<string>();
    for (const part of [token, ...compoundParts(token, lexicon)]) {
      const stemmed = stem(part);
      terms.add(stemmed);
      const groups = lexicon.groupsOf.get(part) ?? lexicon.groupsOfStem.get(stemmed) ?? [];
      for (const group of groups) terms.add(SYNONYM_PREFIX + group);
    }
    return [...terms];
  };

  const analyze = (text: string): string[] => tokenize(text).flatMap((token) => termsOf(token) ?? []);

  return { tokenize, phrasesIn: (words) => phrasesIn(words, lexicon), processTerm, termsOf, analyze, lexicon };
}

let defaultAnalyzer: Analyzer | undefined;

/**
 * The analyzer with the built-in lexicon, created on first use.
 *
 * @example
 * getDefaultAnalyzer().analyze('buurten') // ['buurt', '~wijk']
 */
export function getDefaultAnalyzer(): Analyzer {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer;
}

/** {@link getDefaultAnalyzer} in units of work: none when it exists, else its lexicon compiled in units. */
export function* defaultAnalyzerSteps(): Steps<Analyzer> {
  if (defaultAnalyzer === undefined) {
    const analyzer = yield* analyzerSteps();
    defaultAnalyzer ??= analyzer; // another build may have made it while this one paused
  }
  return defaultAnalyzer;
}
