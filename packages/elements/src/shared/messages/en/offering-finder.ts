import type { MessageShape } from '../types.js';
import type { nl } from '../offering-finder.js';

/** English of `../offering-finder.ts`: loaded only on a page whose language resolves to English. */
export const en: MessageShape<typeof nl> = {
  title: 'Find learning offerings',
  search: {
    label: 'Search the learning offerings',
    hint: 'For example: trust, neighbourhood approach or peer review. A small typo is no problem. Search works best in Dutch.',
    submit: 'Search',
  },
  results: {
    heading: 'Learning offerings found',
    count: (total) =>
      total === 0 ? 'No learning offerings found' : total === 1 ? '1 learning offering found' : `${total} learning offerings found`,
    shown: (shown, total) => `${shown} of ${total} shown`,
    more: 'Show more learning offerings',
  },
  sort: {
    label: 'Sort by',
    relevance: 'Best match',
    title: 'Title (A to Z)',
    provider: 'Provider (A to Z)',
  },
  facets: {
    heading: 'Filter the learning offerings',
    toggle: 'Filters',
    toggleSelected: (count) => `Filters (${count} selected)`,
    showAll: (count) => `Show all ${count}`,
    showFewer: 'Show fewer',
    count: (count) => `(${count})`,
    legend: {
      themes: 'Theme',
      targetGroups: 'For whom',
      learningForms: 'Learning form',
      scale: 'Scale',
      direction: 'Who you learn with',
      domainScope: 'Domain',
      provider: 'Provider',
    },
  },
  active: {
    heading: 'Selected filters',
    remove: 'Remove filter',
    clearAll: 'Clear all filters',
  },
  card: {
    provider: 'Provider',
    themes: 'Themes',
    targetGroups: 'For',
    learningForms: 'Learning form',
    scale: 'Scale',
    way: 'Way of learning',
    region: 'Region',
    duration: 'Duration',
    contact: 'Contact',
    why: 'Why this fits',
  },
  empty: {
    heading: 'No learning offerings found',
    query: (query) => `No learning offerings were found for “${query}”.`,
    filters: 'There are no learning offerings with these filters. Clear one or more filters to see more.',
    catalogue: 'There are no learning offerings in the catalogue yet.',
    ask: 'Ask your learning question',
    askHint: 'Not finding what you need? Ask your learning question. We will search with you or help set up a new learning network.',
  },
};
