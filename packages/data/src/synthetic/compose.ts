import type { LocalizedText } from '@leernetwerk/sdk';
import type { Phrase } from './pools.js';

export type Slots = Readonly<Record<string, string>>;

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Fills `{name}` slots; `{Name}` gets the value capitalised. Unknown slots stay as they are. */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = slots[name] ?? slots[name.charAt(0).toLowerCase() + name.slice(1)];
    if (value === undefined) return whole;
    return name.charAt(0) === name.charAt(0).toUpperCase() ? capitalise(value) : value;
  });
}

/** Fills a phrase in both languages, each with its own slots. */
export function fillPhrase(phrase: Phrase, nl: Slots, en: Slots): LocalizedText {
  return { nl: fill(phrase[0], nl), en: fill(phrase[1], en) };
}

/** "a", "a en b", "a, b en c" (and "and" in English). */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}
