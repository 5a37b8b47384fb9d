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
