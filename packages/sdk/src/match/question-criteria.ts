import type { SharedQuestion } from '../schema/index.js';
import { normalize } from '../text/index.js';
import { countShared, overlap, type CriteriaRegistry } from './criteria.js';
import { termParams } from './term-params.js';

const wantedThemes = (c: { asker: { themes: readonly string[] }; inferredThemes: readonly string[] }) =>
  c.asker.themes.length > 0 ? c.asker.themes : c.inferredThemes;

/** How other people's shared questions are ranked as "others ask this too". */
export const questionCriteria = {
  term: {
    code: 'term',
    weight: 0.7,
    applies: (c) => c.hasText,
    value: (q, c) => c.text.score(q.id),
    explain: (q, c) => termParams(c.text.hit(q.id)),
  },
  theme: {
    code: 'theme',
    weight: 0.12,
    applies: (c) => wantedThemes(c).length > 0,
    value: (q, c) => countShared(wantedThemes(c), q.themes ?? []) / wantedThemes(c).length,
    explain: (q, c) => overlap(wantedThemes(c), q.themes ?? []).map((theme) => ({ theme })),
  },
  targetGroup: {
    code: 'target-group',
    weight: 0.08,
    applies: (c) => c.asker.targetGroup !== undefined,
    value: (q, c) => (q.targetGroup === c.asker.targetGroup ? 1 : 0),
    explain: (_q, c) => [{ targetGroup: c.asker.targetGroup! }],
  },
  scale: {
    code: 'scale',
    weight: 0.05,
    applies: (c) => c.asker.scale.length > 0,
    value: (q, c) => (countShared(c.asker.scale, q.scale ?? []) > 0 ? 1 : 0),
    explain: (q, c) => overlap(c.asker.scale, q.scale ?? []).map((scale) => ({ scale })),
  },
  region: {
    code: 'region',
    weight: 0.05,
    applies: (c) => c.asker.region !== undefined,
    value: (q, c) => (q.region !== undefined && normalize(q.region) === c.asker.region ? 1 : 0),
    explain: (q) => [{ region: q.region ?? '' }],
  },
} satisfies CriteriaRegistry<SharedQuestion>;
