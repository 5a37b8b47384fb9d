import { stopwords as snowballDutch } from '@orama/stopwords/dutch';

/**
 * Question words and fillers people put around a learning question, on top of the Snowball list.
 * Domain words ("wijk", "buurt", "zorg") are never stop words; "zorgen" and "zorgt" are, because in
 * questions they almost always mean "make sure" ("hoe zorgen we dat …"), not care.
 */
export const EXTRA_STOPWORDS: readonly string[] = [
  'we',
  'wij',
  'onze',
  'jullie',
  'jij',
  'waar',
  'waarom',
  'welke',
  'welk',
  'wanneer',
  'waarmee',
  'waarin',
  'hierbij',
  'daarbij',
  'zorgen',
  'zorgt',
  'krijgen',
  'krijg',
  'weer',
  'graag',
  'willen',
  'wilt',
  'gaan',
  'gaat',
  'zoek',
  'zoeken',
  'vraag',
  'vragen',
  'iemand',
  'goed',
  'goede',
  'beter',
  'betere',
  'manier',
  'manieren',
  'elkaar',
  'ermee',
  'daarmee',
  'wordt',
  'word',
  'kun',
  'kunt',
  'mogelijk',
  'echt',
  'heel',
  'erg',
  'even',
];

let cached: ReadonlySet<string> | undefined;

/**
 * The Dutch stop words: the Snowball list from `@orama/stopwords` plus {@link EXTRA_STOPWORDS}.
 *
 * @example
 * dutchStopwords().has('waarom') // true
 */
export function dutchStopwords(): ReadonlySet<string> {
  cached ??= new Set([...snowballDutch, ...EXTRA_STOPWORDS]);
  return cached;
}

/**
 * Whether a normalised word carries no meaning for matching.
 *
 * @example
 * isStopword('hoe') // true
 * isStopword('wijk') // false
 */
export function isStopword(word: string): boolean {
  return dutchStopwords().has(word);
}
