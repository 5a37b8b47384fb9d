/**
 * Words of `<ln-gap-map>`: the white spots as a picture of demand against supply. The findings
 * of the SDK's `analyzeGaps` are put in words by the SDK's `formatFindings`, and theme, target
 * group and other value names by its `label`; only the words around them are here.
 */
export const nl = {
  label: 'Witte vlekken: vraag en aanbod',
  intro:
    'Waar is veel vraag en weinig leeraanbod? De vraag komt uit de leeragenda (prioritaire vraagstukken en witte vlekken) en uit vragen van mensen. Het aanbod is het aantal leeraanbiedingen.',
  questionsIncluded: (count: number) => `Inclusief ${count === 1 ? '1 vraag' : `${count} vragen`} van mensen.`,
  view: {
    legend: 'Bekijk vraag en aanbod per',
    targetGroup: 'Thema en doelgroep',
    scale: 'Schaal',
    direction: 'Richting: horizontaal of verticaal',
    domainScope: 'Binnen of over domeinen',
    showTable: 'Toon de cijfers als tabel',
    showMap: 'Toon de cijfers als kaart',
  },
  dimension: {
    theme: 'Thema',
    targetGroup: 'Doelgroep',
    scale: 'Schaal',
    direction: 'Richting',
    domainScope: 'Binnen of over domeinen',
  },
  themeKind: { content: "Inhoudelijke thema's", process: "Procesthema's" },
  grid: {
    label: (dimension: string) => `Vraag en aanbod per thema en ${dimension.toLowerCase()}`,
    label1d: (dimension: string) => `Vraag en aanbod per ${dimension.toLowerCase()}`,
    help: 'Ga met de pijltjestoetsen door de vakken. Onder de kaart ziet u wat achter het gekozen vak zit.',
    cell: (demand: string, supply: number) => `vraag ${demand}, aanbod ${supply}`,
    demandShort: 'vraag',
    supplyShort: 'aanbod',
    column1d: 'Vraag en aanbod',
  },
  level: {
    uncovered: 'Vraag zonder aanbod: witte vlek',
    short: 'Te weinig aanbod voor de vraag',
    balanced: 'Aanbod volgt de vraag',
    ample: 'Ruim aanbod voor de vraag',
    unasked: 'Aanbod, maar geen vraag gemeten',
    empty: 'Geen vraag en geen aanbod',
  },
  legend: {
    heading: 'Legenda',
    numbers: (whiteSpot: string, priority: string, question: string) =>
      `In elk vak staan de vraag en het aantal leeraanbiedingen. De vraag is gewogen: een witte vlek telt ${whiteSpot}, een prioritair vraagstuk ${priority} en een vraag van iemand ${question}.`,
  },
  detail: {
    heading: (row: string, column: string) => `${row} — ${column}`,
    heading1d: (value: string) => value,
    demand: 'Vraag',
    supply: 'Aanbod',
    level: 'Beoordeling',
    agendaItems: 'Agendapunten achter de vraag',
    questions: (count: number) => `${count === 1 ? '1 vraag' : `${count} vragen`} van mensen`,
    offerings: 'Leeraanbod',
    none: 'Geen',
  },
  table: {
    caption: (dimension: string) => `Vraag en aanbod per thema en ${dimension.toLowerCase()}`,
    caption1d: (dimension: string) => `Vraag en aanbod per ${dimension.toLowerCase()}`,
    demand: 'Vraag',
    demandShare: 'Deel van de vraag',
    supply: 'Aanbod',
    supplyShare: 'Deel van het aanbod',
    level: 'Beoordeling',
  },
  findings: {
    heading: 'Wat valt op',
    none: 'Vraag en aanbod lopen ongeveer gelijk op. Er valt niets bijzonders op.',
  },
  empty: 'Er is nog geen vraag of aanbod om te tonen.',
} as const;
