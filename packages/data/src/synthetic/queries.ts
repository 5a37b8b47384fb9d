import type { TargetGroup } from '@leernetwerk/sdk';
import { defaultDataset } from '../dataset.js';
import { fill } from './compose.js';
import { CITIES, GROUP_NAMES, QUESTION_TEMPLATES, THEME_WEIGHTS, TOPICS } from './pools.js';
import { createRandom, weights, type Random } from './random.js';
import { validSeed, wholeNumber } from './options.js';

/** What a person types: a few words into the finder, or a learning question into the question form. */
export interface SyntheticQuery {
  readonly kind: 'finder' | 'question';
  readonly text: string;
  /** The theme the query was made for: a reference for judging results. */
  readonly theme: string;
}

export interface QueryOptions {
  seed: number | string;
  count: number;
}

const THEMES = weights(THEME_WEIGHTS);
const KEYWORDS = new Map(defaultDataset.themes.map((theme) => [theme.id, theme.keywords ?? [theme.label.nl.toLowerCase()]]));
/** The first, Dutch, terms people use for each learning form. */
const FORM_TERMS = defaultDataset.learningForms.flatMap((form) => form.synonyms.slice(0, 3));
const GROUPS: readonly TargetGroup[] = ['administrator', 'policymaker', 'professional', 'resident'];

function finderQuery(random: Random, theme: string): string {
  const keyword = random.pick(KEYWORDS.get(theme)!);
  const roll = random.next();
  if (roll < 0.35) return keyword;
  if (roll < 0.6) return `${random.pick(FORM_TERMS)} ${keyword}`;
  if (roll < 0.75) return `${keyword} ${random.pick(CITIES).toLowerCase()}`;
  if (roll < 0.9) return random.pick(TOPICS[theme]!)[0].toLowerCase();
  return `${keyword} ${random.pick(GROUP_NAMES[random.pick(GROUPS)])[0]}`;
}

function questionQuery(random: Random, theme: string): string {
  const text = fill(random.pick(QUESTION_TEMPLATES), {
    topic: random.pick(TOPICS[theme]!)[0],
    place: random.pick(CITIES),
    group: random.pick(GROUP_NAMES[random.pick(GROUPS)])[0],
  });
  // A fifth of people type without capital or question mark.
  return random.chance(0.2) ? text.charAt(0).toLowerCase() + text.slice(1).replace(/[?.]$/, '') : text;
}

/**
 * Realistic Dutch queries for keystroke-replay benchmarks: alternately a finder query (one to a few
 * words: a theme word, a learning form, a place) and a learning question, each tagged with its theme.
 *
 * @example
 * generateQueries({ seed: 1, count: 4 }).map((q) => q.kind); // ['finder', 'question', 'finder', 'question']
 */
export function generateQueries(options: QueryOptions): SyntheticQuery[] {
  const random = createRandom(validSeed(options?.seed, 'generateQueries'));
  const count = wholeNumber(options.count, 'generateQueries', 'count');
  return Array.from({ length: count }, (_, i): SyntheticQuery => {
    const theme = random.weighted(THEMES);
    const kind = i % 2 === 0 ? 'finder' : 'question';
    return { kind, text: kind === 'finder' ? finderQuery(random, theme) : questionQuery(random, theme), theme };
  });
}
