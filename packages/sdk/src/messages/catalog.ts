import { en } from './en.js';
import { nl } from './nl.js';
import type { Lang, Messages } from './types.js';

/** All messages per language. Dutch first: it is the language of the data. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { nl, en };

/**
 * The messages of a language; anything other than `'en'` gets Dutch.
 *
 * @example
 * messagesFor('en').vocabulary.scale.regional; // 'regional'
 */
export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : nl;
}
