/**
 * Words of `<ln-agenda-browser>` (B1 Dutch): the learning agenda by theme and by target group,
 * with the seven priority questions and the white spots marked. Theme, target group and kind
 * names come from the SDK labels.
 */
export const nl = {
  label: 'Leeragenda',
  controls: {
    view: 'Ordenen',
    byTheme: 'Per thema',
    byTargetGroup: 'Per doelgroep',
    theme: 'Thema',
    allThemes: "Alle thema's",
    targetGroup: 'Doelgroep',
    allTargetGroups: 'Alle doelgroepen',
    clear: 'Wis de filters',
  },
  count: (shown: number, total: number) =>
    shown === total
      ? `${total} ${total === 1 ? 'agendapunt' : 'agendapunten'}`
      : `${shown} van de ${total} agendapunten`,
  themeKind: { content: "Inhoudelijke thema's", process: "Procesthema's" },
  /** Items without a theme that the dataset knows, or without a target group. */
  otherGroup: 'Overig',
  empty: 'De leeragenda is leeg. Er zijn nog geen agendapunten.',
  noResults: 'Er zijn geen agendapunten bij deze keuze. Wis een filter om meer te zien.',
  badge: {
    priority: (n: number) => `Prioritair vraagstuk ${n}`,
    priorityUnnumbered: 'Prioritair vraagstuk',
    contentGap: (n: number) => `Witte vlek ${n}`,
    contentGapUnnumbered: 'Witte vlek',
    organisationalGap: 'Witte vlek in het organiseren',
    inDevelopment: 'Aanbod in ontwikkeling',
  },
  item: {
    questions: 'Concrete leervragen',
    themes: "Thema's",
    targetGroups: 'Voor wie',
    offerings: 'Leeraanbod',
    offeringsCount: (n: number) =>
      n === 1 ? '1 leeraanbod past bij dit agendapunt.' : `${n} leeraanbiedingen passen bij dit agendapunt.`,
    offeringsHint: 'Aanbod dat aan dit agendapunt is gekoppeld, of dat over hetzelfde gaat.',
    linked: 'gekoppeld',
    provider: (name: string) => `door ${name}`,
    more: (n: number) => `En nog ${n}.`,
    noOffering: 'Nog geen leeraanbod.',
    noOfferingWhiteSpot: 'Nog geen leeraanbod. Hier is vraag, maar nog geen aanbod.',
    inDevelopment: 'Het leeraanbod hierover is in ontwikkeling.',
    related: 'Hangt samen met',
    ask: 'Stel een vraag over dit onderwerp',
  },
} as const;
