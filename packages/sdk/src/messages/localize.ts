import type { LocalizedText } from '../schema/index.js';
import type { Lang } from './types.js';

/**
 * Text in the wanted language; English falls back to Dutch where it was not translated.
 *
 * @example
 * localize({ nl: 'Veiligheid', en: 'Safety' }, 'en'); // 'Safety'
 * localize({ nl: 'Wijkagent' }, 'en'); // 'Wijkagent'
 */
export function localize(text: LocalizedText, lang: Lang): string {
  return lang === 'en' && text.en !== undefined && text.en !== '' ? text.en : text.nl;
}
