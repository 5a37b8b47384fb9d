import type { AgendaFilters } from './agenda-model.js';

/** Query parameters of the agenda browser (Dutch, like the question form's `ln-vraag-over`). */
export const AGENDA_PARAMS = {
  item: 'ln-agenda',
  theme: 'ln-agenda-thema',
  targetGroup: 'ln-agenda-doelgroep',
} as const;

/** The parameter the question form reads to know which agenda item a question is about. */
export const QUESTION_ABOUT_PARAM = 'ln-vraag-over';

export interface AgendaUrlState {
  readonly item?: string;
  readonly theme?: string;
  readonly targetGroup?: string;
}

export function readAgendaUrl(href: string): AgendaUrlState {
  const params = new URL(href).searchParams;
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const item = get(AGENDA_PARAMS.item);
  const theme = get(AGENDA_PARAMS.theme);
  const targetGroup = get(AGENDA_PARAMS.targetGroup);
  return { ...(item ? { item } : {}), ...(theme ? { theme } : {}), ...(targetGroup ? { targetGroup } : {}) };
}

/** `href` with the agenda parameters set to `state` (absent ones removed), every other parameter and the hash kept. */
export function withAgendaState(href: string, state: { item?: string | undefined } & AgendaFilters): string {
  const url = new URL(href);
  const set = (name: string, value: string | undefined) =>
    value === undefined ? url.searchParams.delete(name) : url.searchParams.set(name, value);
  set(AGENDA_PARAMS.item, state.item);
  set(AGENDA_PARAMS.theme, state.theme);
  set(AGENDA_PARAMS.targetGroup, state.targetGroup);
  return url.href;
}

/** Same origin: path, query and hash only, so the link reads as local. */
export function relativeHref(href: string, pageHref: string): string {
  const url = new URL(href, pageHref);
  const page = new URL(pageHref);
  return url.origin === page.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
}

/**
 * The link to the host's question form for one agenda item: `questionHref` (default `#vraag`,
 * resolved against the page) with `?ln-vraag-over=<id>`. A link that is not http(s) is refused.
 */
export function askHref(questionHref: string, pageHref: string, agendaId: string): string | undefined {
  let url: URL;
  try {
    url = new URL(questionHref || '#vraag', pageHref);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.searchParams.set(QUESTION_ABOUT_PARAM, agendaId);
  return relativeHref(url.href, pageHref);
}
