import type { MessageShape } from './types.js';

/**
 * Words of `<ln-offering-finder>` (B1 Dutch) and of the offering card it shares with
 * `<ln-offering-form>`'s preview. Facet values (themes, target groups, scales …) and the reasons
 * why an offering fits come from the SDK through `domainText`.
 */
export const nl = {
  title: 'Leeraanbod zoeken',
  search: {
    label: 'Zoek in het leeraanbod',
    hint: 'Bijvoorbeeld: vertrouwen, wijkaanpak of intervisie. Een kleine typefout is geen probleem.',
    submit: 'Zoek',
  },
  results: {
    heading: 'Gevonden leeraanbod',
    count: (total: number) =>
      total === 0 ? 'Geen leeraanbod gevonden' : total === 1 ? '1 leeraanbod gevonden' : `${total} leeraanbiedingen gevonden`,
    shown: (shown: number, total: number) => `${shown} van ${total} getoond`,
    more: 'Toon meer leeraanbod',
  },
  sort: {
    label: 'Sorteer op',
    relevance: 'Best passend',
    title: 'Titel (A tot Z)',
    provider: 'Aanbieder (A tot Z)',
  },
  facets: {
    heading: 'Filter het leeraanbod',
    toggle: 'Filters',
    toggleSelected: (count: number) => `Filters (${count} gekozen)`,
    showAll: (count: number) => `Toon alle ${count}`,
    showFewer: 'Toon minder',
    count: (count: number) => `(${count})`,
    legend: {
      themes: 'Thema',
      targetGroups: 'Voor wie',
      learningForms: 'Leervorm',
      scale: 'Schaal',
      direction: 'Met wie leert u',
      domainScope: 'Domein',
      provider: 'Aanbieder',
    },
  },
  active: {
    heading: 'Gekozen filters',
    remove: 'Verwijder filter',
    clearAll: 'Wis alle filters',
  },
  card: {
    provider: 'Aanbieder',
    themes: "Thema's",
    targetGroups: 'Voor',
    learningForms: 'Leervorm',
    scale: 'Schaal',
    way: 'Manier van leren',
    region: 'Regio',
    duration: 'Duur',
    contact: 'Contact',
    why: 'Waarom dit past',
  },
  empty: {
    heading: 'Geen leeraanbod gevonden',
    query: (query: string) => `Er is geen leeraanbod gevonden bij “${query}”.`,
    filters: 'Met deze filters is er geen leeraanbod. Wis een of meer filters om meer te zien.',
    catalogue: 'Er staat nog geen leeraanbod in de catalogus.',
    ask: 'Stel uw leervraag',
    askHint: 'Staat er niet bij wat u zoekt? Stel uw leervraag. Dan zoeken we mee of helpen we een nieuw leernetwerk op te zetten.',
  },
} as const;

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
