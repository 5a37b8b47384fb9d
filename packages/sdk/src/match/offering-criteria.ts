import type { Direction, DomainScope, LearningForm, Offering, PeerMix } from '../schema/index.js';
import { normalize } from '../text/index.js';
import { countShared, overlap, type CriteriaRegistry } from './criteria.js';
import { bestNeed } from './learning-needs.js';
import { termParams } from './term-params.js';

/** Whole-word containment either way, so "Rotterdam" meets "regio Rotterdam". */
function sameRegion(asked: string, offered: string | undefined): boolean {
  if (offered === undefined) return false;
  const other = normalize(offered);
  if (other === '') return false;
  return ` ${other} `.includes(` ${asked} `) || ` ${asked} `.includes(` ${other} `);
}

function bestAgendaLink(offering: Offering, scores: ReadonlyMap<string, number>): { id: string; score: number } | undefined {
  let best: { id: string; score: number } | undefined;
  for (const id of offering.agendaItems ?? []) {
    const score = scores.get(id);
    if (score !== undefined && score > (best?.score ?? 0)) best = { id, score };
  }
  return best;
}

/**
 * What learning with peers or with a mix of disciplines looks like in an offering. The report
 * (section 4.2) sets "vakgenoten c.q. gelijkgestemden" against "een mix aan perspectieven vanuit
 * verschillende disciplines (multi- en interdisciplinair)"; section 2.3 ties peers to intervisie
 * and exchange "met gelijkgestemden", and mixed learning to learning "vanuit meerdere disciplines",
 * city labs and learning with partners across levels.
 */
export const PEER_MIX_SIGNS: Readonly<
  Record<PeerMix, { direction: Direction; domainScope: DomainScope; learningForms: readonly LearningForm[] }>
> = {
  peers: { direction: 'horizontal', domainScope: 'within-domain', learningForms: ['intervisie', 'peer-network'] },
  mixed: {
    direction: 'vertical',
    domainScope: 'cross-domain',
    learningForms: ['living-lab', 'learning-community', 'city-lab', 'knowledge-workshop'],
  },
};

/** The share of the three signs of a peer mix (direction, domain scope, a fitting form) an offering shows, 0..1. */
export function peerMixFit(offering: Offering, peerMix: PeerMix): number {
  const signs = PEER_MIX_SIGNS[peerMix];
  let met = 0;
  if (offering.direction.includes(signs.direction)) met++;
  if (offering.domainScope.includes(signs.domainScope)) met++;
  if (offering.learningForms.some((form) => signs.learningForms.includes(form))) met++;
  return met / 3;
}

/** Learning needs count from half a fit up: one of two stated preferences met. */
const MIN_NEED_FIT = 0.5;

/**
 * How offerings are ranked for a question, as a registry of named pure criteria (weights sum to 1).
 * Text and agenda links decide whether an offering is shown at all; the rest orders them.
 */
export const offeringCriteria = {
  term: {
    code: 'term',
    weight: 0.38,
    applies: (c) => c.hasText,
    value: (o, c) => c.text.score(o.id),
    explain: (o, c) => termParams(c.text.hit(o.id)),
  },
  agendaLink: {
    code: 'agenda-link',
    weight: 0.22,
    applies: (c) => c.agendaScores.size > 0,
    value: (o, c) => bestAgendaLink(o, c.agendaScores)?.score ?? 0,
    explain: (o, c) => [{ agendaItem: bestAgendaLink(o, c.agendaScores)?.id ?? '' }],
  },
  learningNeed: {
    code: 'learning-need',
    weight: 0.13,
    applies: (c) => c.needs.length > 0 && c.asker.targetGroup !== undefined,
    value: (o, c) => {
      const fit = bestNeed(c.needs, o)?.fit ?? 0;
      return fit >= MIN_NEED_FIT ? fit : 0;
    },
    explain: (o, c) => [{ targetGroup: c.asker.targetGroup ?? '', need: bestNeed(c.needs, o)?.need.id ?? '' }],
  },
  theme: {
    code: 'theme',
    weight: 0.06,
    applies: (c) => c.asker.themes.length > 0 || c.inferredThemes.length > 0,
    value: (o, c) => {
      // Themes the asker named count in full; themes read from the matched agenda count half.
      const explicit = c.asker.themes.length > 0;
      const wanted = explicit ? c.asker.themes : c.inferredThemes;
      return (countShared(wanted, o.themes) / wanted.length) * (explicit ? 1 : 0.5);
    },
    explain: (o, c) =>
      overlap(c.asker.themes.length > 0 ? c.asker.themes : c.inferredThemes, o.themes).map((theme) => ({ theme })),
  },
  targetGroup: {
    code: 'target-group',
    weight: 0.05,
    applies: (c) => c.asker.targetGroup !== undefined,
    value: (o, c) => (o.targetGroups.includes(c.asker.targetGroup!) ? 1 : 0),
    explain: (_o, c) => [{ targetGroup: c.asker.targetGroup! }],
  },
  learningForm: {
    code: 'learning-form',
    weight: 0.06,
    applies: (c) => c.asker.learningForms.length > 0,
    value: (o, c) => (countShared(c.asker.learningForms, o.learningForms) > 0 ? 1 : 0),
    explain: (o, c) => overlap(c.asker.learningForms, o.learningForms).map((learningForm) => ({ learningForm })),
  },
  scale: {
    code: 'scale',
    weight: 0.04,
    applies: (c) => c.asker.scale.length > 0,
    value: (o, c) => (countShared(c.asker.scale, o.scale) > 0 ? 1 : 0),
    explain: (o, c) => overlap(c.asker.scale, o.scale).map((scale) => ({ scale })),
  },
  region: {
    code: 'region',
    weight: 0.04,
    applies: (c) => c.asker.region !== undefined,
    value: (o, c) => (sameRegion(c.asker.region!, o.region) ? 1 : 0),
    explain: (o) => [{ region: o.region ?? '' }],
  },
  direction: {
    code: 'direction',
    weight: 0.02,
    applies: (c) => c.asker.direction !== undefined,
    value: (o, c) => (o.direction.includes(c.asker.direction!) ? 1 : 0),
    explain: (_o, c) => [{ direction: c.asker.direction! }],
  },
  domainScope: {
    code: 'domain-scope',
    weight: 0.02,
    applies: (c) => c.asker.domainScope !== undefined,
    value: (o, c) => (o.domainScope.includes(c.asker.domainScope!) ? 1 : 0),
    explain: (_o, c) => [{ domainScope: c.asker.domainScope! }],
  },
  peerMix: {
    code: 'peer-mix',
    weight: 0.04,
    applies: (c) => c.asker.peerMix !== undefined,
    value: (o, c) => peerMixFit(o, c.asker.peerMix!),
    explain: (_o, c) => [{ peerMix: c.asker.peerMix! }],
  },
  duration: {
    code: 'duration',
    weight: 0.02,
    applies: (c) => c.asker.duration !== undefined,
    value: (o, c) => (o.duration === c.asker.duration ? 1 : 0),
    explain: (_o, c) => [{ duration: c.asker.duration! }],
  },
  crossDomain: {
    code: 'cross-domain',
    weight: 0.02,
    applies: (c) => c.asker.domainScope !== 'within-domain',
    value: (o) => (o.domainScope.includes('cross-domain') ? 1 : 0),
    explain: () => [{}],
  },
} satisfies CriteriaRegistry<Offering>;
