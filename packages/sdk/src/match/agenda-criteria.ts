import type { AgendaItem } from '../schema/index.js';
import { countShared, overlap, type CriteriaRegistry } from './criteria.js';
import { termParams } from './term-params.js';

/** How agenda items are ranked for a question. White spot and priority explain, they do not rank. */
export const agendaCriteria = {
  term: {
    code: 'term',
    weight: 0.8,
    applies: (c) => c.hasText,
    value: (item, c) => c.text.score(item.id),
    explain: (item, c) => termParams(c.text.hit(item.id)),
  },
  theme: {
    code: 'theme',
    weight: 0.15,
    applies: (c) => c.asker.themes.length > 0,
    value: (item, c) => countShared(c.asker.themes, item.themes) / c.asker.themes.length,
    explain: (item, c) => overlap(c.asker.themes, item.themes).map((theme) => ({ theme })),
  },
  targetGroup: {
    code: 'target-group',
    weight: 0.05,
    applies: (c) => c.asker.targetGroup !== undefined,
    value: (item, c) => (item.targetGroups.includes(c.asker.targetGroup!) ? 1 : 0),
    explain: (_item, c) => [{ targetGroup: c.asker.targetGroup! }],
  },
  whiteSpot: {
    code: 'white-spot',
    weight: 0,
    applies: () => true,
    value: (item) => (item.kind === 'priority' ? 0 : 1),
    explain: () => [{}],
  },
  priority: {
    code: 'priority',
    weight: 0,
    applies: () => true,
    value: (item) => (item.kind === 'priority' && item.number !== undefined ? 1 : 0),
    explain: (item) => [{ number: item.number ?? 0 }],
  },
} satisfies CriteriaRegistry<AgendaItem>;
