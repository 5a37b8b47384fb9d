import type { AgendaItem, Offering } from '../schema/index.js';
import type { Matcher } from './types.js';

/** An offering that fits an agenda item: linked to it in the data, or found by the matcher. */
export interface AgendaOffering {
  readonly offering: Offering;
  /** The offering names this agenda item in `agendaItems`; linked offerings always count. */
  readonly linked: boolean;
  /**
   * How well the offering answers the item's title or one of its concrete questions: the best
   * `score × coverage` over them (see `MatchRanked.coverage`), 0..1; 0 for a linked offering the
   * matcher did not find.
   */
  readonly fit: number;
}

export interface AgendaOfferingsOptions {
  /** The fit from which a found (not linked) offering counts; default {@link DEFAULT_AGENDA_MIN_FIT}. */
  readonly minFit?: number;
}

/**
 * The fit from which an offering counts for an agenda item. Lower than a person's question needs
 * (`DEFAULT_MIN_FIT`): the agenda's questions are long and general (the priority questions ask two
 * things at once), so an offering that covers a third of one of them already serves it.
 */
export const DEFAULT_AGENDA_MIN_FIT = 0.25;

/** The texts an agenda item is matched by: its Dutch title and each of its concrete questions. */
export function agendaItemTexts(item: AgendaItem): string[] {
  return [item.title.nl, ...item.questions.map((q) => q.nl)].filter((text) => text.trim() !== '');
}

const compare = (a: AgendaOffering, b: AgendaOffering): number =>
  b.fit - a.fit || (a.offering.id < b.offering.id ? -1 : a.offering.id > b.offering.id ? 1 : 0);

/**
 * The offerings that fit one agenda item: those linked to it (`offering.agendaItems`), always,
 * and those the matcher finds for its title or one of its questions with a fit of at least
 * `minFit` (the matcher's absolute measure, `score × coverage`). Linked first, then by fit, ties by id.
 *
 * @example
 * const matcher = createMatcher(defaultDataset);
 * const gap6 = defaultDataset.agenda.find((a) => a.id === 'gap-6')!;
 * offeringsForAgendaItem(matcher, gap6)[0]; // { offering: { id: 'aedes-rol-corporaties-leefbaarheid', … }, linked: true, fit: 0.9… }
 */
export function offeringsForAgendaItem(matcher: Matcher, item: AgendaItem, options: AgendaOfferingsOptions = {}): AgendaOffering[] {
  const minFit =
    typeof options.minFit === 'number' && Number.isFinite(options.minFit)
      ? Math.min(1, Math.max(0, options.minFit))
      : DEFAULT_AGENDA_MIN_FIT;
  const offerings = matcher.dataset.offerings;
  const fits = new Map<string, number>();
  for (const text of agendaItemTexts(item)) {
    for (const ranked of matcher.match(text, { limit: offerings.length }).offerings) {
      const fit = ranked.score * ranked.coverage;
      if (fit > (fits.get(ranked.item.id) ?? 0)) fits.set(ranked.item.id, fit);
    }
  }
  const linked: AgendaOffering[] = [];
  const found: AgendaOffering[] = [];
  const seen = new Set<string>();
  for (const offering of offerings) {
    if (seen.has(offering.id)) continue;
    seen.add(offering.id);
    const fit = fits.get(offering.id) ?? 0;
    if (offering.agendaItems?.includes(item.id)) linked.push({ offering, linked: true, fit });
    else if (fit > 0 && fit >= minFit) found.push({ offering, linked: false, fit });
  }
  return [...linked.sort(compare), ...found.sort(compare)];
}
