import type { Offering } from '../schema/index.js';
import { normalize } from '../text/index.js';
import { overlap, type CriteriaRegistry, type Signal } from './criteria.js';
import { bestNeed } from './learning-needs.js';

const when = (condition: boolean, signal: Signal): Signal | null => (condition ? signal : null);

/** Whole-word containment either way, so "Rotterdam" meets "regio Rotterdam". */
function sameRegion(asked: string, offered: string | undefined): boolean {
  if (offered === undefined) return false;
  const other = normalize(offered);
  if (other === '') return false;
  return ` ${other} `.includes(` ${asked} `) || ` ${asked} `.includes(` ${other} `);
}

/**
 * How offerings are ranked for a question, as a registry of named pure criteria (weights sum to 1).
 * Text and agenda links decide whether an offering is shown at all; the rest orders them.
 */
export const offeringCriteria = {
  term: {
    code: 'term',
    weight: 0.38,
    applies: (c) => c.hasText,
    score: (offering, c) => {
      const hit = c.text.get(offering.id);
      if (hit === undefined) return null;
      const fields = [...new Set(Object.values(hit.match).flat())].sort();
      return { value: hit.score, params: [{ terms: hit.terms, fields }] };
    },
  },
  agendaLink: {
    code: 'agenda-link',
    weight: 0.22,
    applies: (c) => c.agendaScores.size > 0,
    score: (offering, c) => {
      let best: { id: string; score: number } | undefined;
      for (const id of offering.agendaItems ?? []) {
        const score = c.agendaScores.get(id);
        if (score !== undefined && score > (best?.score ?? 0)) best = { id, score };
      }
      return best === undefined ? null : { value: best.score, params: [{ agendaItem: best.id }] };
    },
  },
  learningNeed: {
    code: 'learning-need',
    weight: 0.13,
    applies: (c) => c.needs.length > 0 && c.asker.targetGroup !== undefined,
    score: (offering, c) => {
      const best = bestNeed(c.needs, offering);
      if (best === undefined || best.fit < 0.5) return null;
      return { value: best.fit, params: [{ targetGroup: c.asker.targetGroup!, need: best.need.id }] };
    },
  },
  theme: {
    code: 'theme',
    weight: 0.06,
    applies: (c) => c.asker.themes.length > 0 || c.inferredThemes.length > 0,
    score: (offering, c) => {
      const explicit = c.asker.themes.length > 0;
      const wanted = explicit ? c.asker.themes : c.inferredThemes;
      const shared = overlap(wanted, offering.themes);
      const value = (shared.length / wanted.length) * (explicit ? 1 : 0.5);
      return when(shared.length > 0, { value, params: shared.map((theme) => ({ theme })) });
    },
  },
  targetGroup: {
    code: 'target-group',
    weight: 0.05,
    applies: (c) => c.asker.targetGroup !== undefined,
    score: (offering, c) => {
      const group = c.asker.targetGroup!;
      return when(offering.targetGroups.includes(group), { value: 1, params: [{ targetGroup: group }] });
    },
  },
  learningForm: {
    code: 'learning-form',
    weight: 0.06,
    applies: (c) => c.asker.learningForms.length > 0,
    score: (offering, c) => {
      const shared = overlap(c.asker.learningForms, offering.learningForms);
      return when(shared.length > 0, { value: 1, params: shared.map((learningForm) => ({ learningForm })) });
    },
  },
  scale: {
    code: 'scale',
    weight: 0.04,
    applies: (c) => c.asker.scale.length > 0,
    score: (offering, c) => {
      const shared = overlap(c.asker.scale, offering.scale);
      return when(shared.length > 0, { value: 1, params: shared.map((scale) => ({ scale })) });
    },
  },
  region: {
    code: 'region',
    weight: 0.04,
    applies: (c) => c.asker.region !== undefined,
    score: (offering, c) =>
      when(sameRegion(c.asker.region!, offering.region), { value: 1, params: [{ region: offering.region ?? '' }] }),
  },
  direction: {
    code: 'direction',
    weight: 0.02,
    applies: (c) => c.asker.direction !== undefined,
    score: (offering, c) => {
      const direction = c.asker.direction!;
      return when(offering.direction.includes(direction), { value: 1, params: [{ direction }] });
    },
  },
  domainScope: {
    code: 'domain-scope',
    weight: 0.02,
    applies: (c) => c.asker.domainScope !== undefined,
    score: (offering, c) => {
      const domainScope = c.asker.domainScope!;
      return when(offering.domainScope.includes(domainScope), { value: 1, params: [{ domainScope }] });
    },
  },
  duration: {
    code: 'duration',
    weight: 0.02,
    applies: (c) => c.asker.duration !== undefined,
    score: (offering, c) => {
      const duration = c.asker.duration!;
      return when(offering.duration === duration, { value: 1, params: [{ duration }] });
    },
  },
  crossDomain: {
    code: 'cross-domain',
    weight: 0.02,
    applies: (c) => c.asker.domainScope !== 'within-domain',
    score: (offering) => when(offering.domainScope.includes('cross-domain'), { value: 1, params: [{}] }),
  },
} satisfies CriteriaRegistry<Offering>;
