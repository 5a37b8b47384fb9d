// The finder's state in the page URL, through the SDK's query-string helpers: a shared link or
// the back button brings the same search back. Only this finder's keys (with its prefix) are
// touched; every other part of the URL stays as it is.
import { DEFAULT_PAGE_SIZE, fromSearchQueryString, toSearchQueryString } from '@leernetwerk/sdk';
import type { NormalizedSearchParams, SearchParams } from '@leernetwerk/sdk';

export type HistoryMode = 'push' | 'replace';

/** The search parameters in the current URL, or undefined when it holds none of this finder's keys. */
export function readUrlState(prefix: string, search: string = location.search): NormalizedSearchParams | undefined {
  const params = fromSearchQueryString(search, { prefix });
  // Comparing with the defaults tells "no state in the URL" from "state that equals the defaults".
  return toSearchQueryString(params, { prefix }) === '' ? undefined : params;
}

/**
 * Writes `params` into the URL with `pushState` (a step the back button returns to) or
 * `replaceState` (typing). The page size is the element's setting, not state, and stays out.
 * Returns false when the URL already said this.
 */
export function writeUrlState(params: SearchParams, prefix: string, mode: HistoryMode): boolean {
  const search = toSearchQueryString({ ...params, pageSize: DEFAULT_PAGE_SIZE }, { prefix, base: location.search });
  const next = `${location.pathname}${search === '' ? '' : `?${search}`}${location.hash}`;
  if (next === `${location.pathname}${location.search}${location.hash}`) return false;
  if (mode === 'push') history.pushState(history.state, '', next);
  else history.replaceState(history.state, '', next);
  return true;
}

/**
 * The link to the question form, carrying what the person searched for as `ln-vraag`, e.g.
 * `#vraag` → `/page?ln-vraag=vertrouwen#vraag`. Only `http(s)` links are kept; anything else
 * falls back to `#vraag` on this page.
 */
export function questionHref(href: string | undefined, query: string): string {
  let url: URL;
  try {
    url = new URL(href?.trim() || '#vraag', document.baseURI);
  } catch {
    url = new URL('#vraag', document.baseURI);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') url = new URL('#vraag', document.baseURI);
  const text = query.trim();
  if (text === '') url.searchParams.delete('ln-vraag');
  else url.searchParams.set('ln-vraag', text);
  return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
}
