import type { Lang } from '../lang.js';

/** A byte count for people: `812 B`, `14,2 kB`, `1,3 MB` (decimal units, the language's number format). */
export function formatSize(bytes: number, lang: Lang): string {
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const number = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${number(bytes / 1000)} kB`;
  return `${number(bytes / 1_000_000)} MB`;
}
