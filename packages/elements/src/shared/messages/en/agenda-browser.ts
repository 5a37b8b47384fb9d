import type { MessageShape } from '../types.js';
import type { nl } from '../agenda-browser.js';

/** English of `../agenda-browser.ts`: loaded only on a page whose language resolves to English. */
export const en: MessageShape<typeof nl> = {
  label: 'Learning agenda',
  controls: {
    view: 'Arrange',
    byTheme: 'By theme',
    byTargetGroup: 'By target group',
    theme: 'Theme',
    allThemes: 'All themes',
    targetGroup: 'Target group',
    allTargetGroups: 'All target groups',
    clear: 'Clear the filters',
  },
  count: (shown, total) =>
    shown === total ? `${total} agenda ${total === 1 ? 'item' : 'items'}` : `${shown} of ${total} agenda items`,
  themeKind: { content: 'Content themes', process: 'Process themes' },
  otherGroup: 'Other',
  empty: 'The learning agenda is empty. There are no agenda items yet.',
  noResults: 'There are no agenda items for this choice. Clear a filter to see more.',
  badge: {
    priority: (n) => `Priority question ${n}`,
    priorityUnnumbered: 'Priority question',
    contentGap: (n) => `White spot ${n}`,
    contentGapUnnumbered: 'White spot',
    organisationalGap: 'White spot in organising',
    inDevelopment: 'Offerings in development',
  },
  item: {
    questions: 'Concrete learning questions',
    themes: 'Themes',
    targetGroups: 'For whom',
    offerings: 'Learning offerings',
    offeringsCount: (n) =>
      n === 1 ? '1 learning offering fits this agenda item.' : `${n} learning offerings fit this agenda item.`,
    offeringsHint: 'Offerings linked to this agenda item, or about the same subject.',
    linked: 'linked',
    provider: (name) => `by ${name}`,
    more: (n) => `And ${n} more.`,
    noOffering: 'No learning offering yet.',
    noOfferingWhiteSpot: 'No learning offering yet. There is demand here, but no supply yet.',
    inDevelopment: 'Learning offerings on this are in development.',
    related: 'Related to',
    ask: 'Ask a question about this subject',
  },
};
