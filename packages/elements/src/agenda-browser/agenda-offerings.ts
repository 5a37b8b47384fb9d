import type { AgendaItem, Matcher, Offering, Ranked } from '@leernetwerk/sdk';

/** An offering that fits an agenda item: linked to it in the data, or found by the matcher. */
export interface AgendaOffering {
  readonly offering: Offering;
  /** The offering names this agenda item in `agendaItems`. */
  readonly linked: boolean;
  /** The matcher's score for the item's text; 1 for a linked offering the matcher did not rank. */
  readonly score: number;
}

/** The matcher score from which a found offering counts as fitting (the question form uses the same). */
export const DEFAULT_MIN_SCORE = 0.35;

/**
 * Words of the item's text a found offering must share. The matcher's text score is relative to
 * the best hit of the query, so in a small catalogue one shared common word ("bewoners") can
 * score high; a second shared word is asked for on top of the score.
 */
export const MIN_SHARED_TERMS = 2;

const sharedTerms = (ranked: Ranked<Offering>): number => {
  const terms = ranked.reasons.find((r) => r.code === 'term')?.params['terms'];
  return Array.isArray(terms) ? terms.length : 0;
};

/** The text of an agenda item the matcher reads: its Dutch title and concrete learning questions. */
export function agendaItemText(item: AgendaItem): string {
  return [item.title.nl, ...item.questions.map((q) => q.nl)].join('\n');
}

/**
 * The offerings that fit one agenda item: those linked to it (`offering.agendaItems`) and those
 * the matcher finds for its title and questions with at least `minScore` and {@link MIN_SHARED_TERMS}
 * shared words, linked first, then by score. All ranking is the SDK's; this only combines the two.
 */
export function offeringsForAgendaItem(matcher: Matcher, item: AgendaItem, minScore = DEFAULT_MIN_SCORE): AgendaOffering[] {
  const offerings = matcher.dataset.offerings;
  const linked = offerings.filter((o) => o.agendaItems?.includes(item.id));
  const ranked = matcher.match(agendaItemText(item), { limit: offerings.length }).offerings;
  const scores = new Map(ranked.map((r) => [r.item.id, r.score]));
  const linkedIds = new Set(linked.map((o) => o.id));
  return [
    ...linked.map((offering) => ({ offering, linked: true, score: scores.get(offering.id) ?? 1 })).sort((a, b) => b.score - a.score),
    ...ranked
      .filter((r) => !linkedIds.has(r.item.id) && r.score >= minScore && sharedTerms(r) >= MIN_SHARED_TERMS)
      .map((r) => ({ offering: r.item, linked: false, score: r.score })),
  ];
}
