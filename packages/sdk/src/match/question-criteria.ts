import type { SharedQuestion } from '../schema/index.js';
import { normalize } from '../text/index.js';
import { overlap, type CriteriaRegistry } from './criteria.js';

/** How other people's shared questions are ranked as "others ask this too". */
export const questionCriteria = {
  term: {
    code: 'term',
    weight: 0.7,
    applies: (c) => c.hasText,
    score: (question, c) => {
      const hit = c.text.get(question.id);
      if (hit === undefined) return null;
      return { value: hit.score, params: [{ terms: hit.terms, fields: ['text'] }] };
    },
  },
  theme: {
    code: 'theme',
    weight: 0.12,
    applies: (c) => c.asker.themes.length > 0 || c.inferredThemes.length > 0,
    score: (question, c) => {
      const wanted = c.asker.themes.length > 0 ? c.asker.themes : c.inferredThemes;
      const shared = overlap(wanted, question.themes ?? []);
      if (shared.length === 0) return null;
      return { value: shared.length / wanted.length, params: shared.map((theme) => ({ theme })) };
    },
  },
  targetGroup: {
    code: 'target-group',
    weight: 0.08,
    applies: (c) => c.asker.targetGroup !== undefined,
    score: (question, c) => {
      const group = c.asker.targetGroup!;
      return question.targetGroup === group ? { value: 1, params: [{ targetGroup: group }] } : null;
    },
  },
  scale: {
    code: 'scale',
    weight: 0.05,
    applies: (c) => c.asker.scale.length > 0,
    score: (question, c) => {
      const shared = overlap(c.asker.scale, question.scale ?? []);
      return shared.length === 0 ? null : { value: 1, params: shared.map((scale) => ({ scale })) };
    },
  },
  region: {
    code: 'region',
    weight: 0.05,
    applies: (c) => c.asker.region !== undefined,
    score: (question, c) => {
      const region = question.region === undefined ? '' : normalize(question.region);
      return region !== '' && region === c.asker.region ? { value: 1, params: [{ region: question.region! }] } : null;
    },
  },
} satisfies CriteriaRegistry<SharedQuestion>;
