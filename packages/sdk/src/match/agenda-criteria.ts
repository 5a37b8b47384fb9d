import type { AgendaItem } from '../schema/index.js';
import { overlap, type CriteriaRegistry } from './criteria.js';

/** How agenda items are ranked for a question. White spot and priority explain, they do not rank. */
export const agendaCriteria = {
  term: {
    code: 'term',
    weight: 0.8,
    applies: (c) => c.hasText,
    score: (item, c) => {
      const hit = c.text.get(item.id);
      if (hit === undefined) return null;
      const fields = [...new Set(Object.values(hit.match).flat())].sort();
      return { value: hit.score, params: [{ terms: hit.terms, fields }] };
    },
  },
  theme: {
    code: 'theme',
    weight: 0.15,
    applies: (c) => c.asker.themes.length > 0,
    score: (item, c) => {
      const shared = overlap(c.asker.themes, item.themes);
      if (shared.length === 0) return null;
      return { value: shared.length / c.asker.themes.length, params: shared.map((theme) => ({ theme })) };
    },
  },
  targetGroup: {
    code: 'target-group',
    weight: 0.05,
    applies: (c) => c.asker.targetGroup !== undefined,
    score: (item, c) => {
      const group = c.asker.targetGroup!;
      return item.targetGroups.includes(group) ? { value: 1, params: [{ targetGroup: group }] } : null;
    },
  },
  whiteSpot: {
    code: 'white-spot',
    weight: 0,
    applies: () => true,
    score: (item) => (item.kind === 'priority' ? null : { value: 1, params: [{}] }),
  },
  priority: {
    code: 'priority',
    weight: 0,
    applies: () => true,
    score: (item) =>
      item.kind === 'priority' && item.number !== undefined ? { value: 1, params: [{ number: item.number }] } : null,
  },
} satisfies CriteriaRegistry<AgendaItem>;
