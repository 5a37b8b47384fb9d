/**
 * The golden relevance set: questions as people ask them (residents' plain words and policy jargon,
 * typos, synonyms, other word forms, short and long), each with the agenda items of the default
 * dataset that should come first. When two items are equally right, either counts.
 * Written from the report; none repeats an item's title.
 */
export interface GoldenQuestion {
  readonly question: string;
  /** Agenda ids, any of which is a correct first answer. */
  readonly expected: readonly string[];
}

const TRUST = ['priority-5', 'gap-2'];
const DIVISION = ['priority-2', 'gap-3'];
const PREVENTION = ['priority-4', 'gap-4'];
const MOBILITY = ['gap-5', 'priority-2'];

export const GOLDEN_QUESTIONS: readonly GoldenQuestion[] = [
  // Trust and connection (priority 5, white spot 2)
  { question: 'Hoe krijgen we bewoners weer vertrouwen in de gemeente?', expected: TRUST },
  { question: 'Mensen in onze buurt geloven niks meer van wat de gemeente zegt. Wat kunnen we doen?', expected: TRUST },
  { question: 'wantrouwen tegenover instanties in de wijk', expected: TRUST },
  { question: 'vertrouwn herstelen tussen burgers en overheid', expected: TRUST },
  { question: 'Hoe brengen we weer verbinding in de buurt?', expected: TRUST },
  { question: 'polarisatie tussen groepen in de buurt', expected: ['gap-2'] },
  { question: 'Er is veel wij-zij denken in de wijk, hoe ga je daar mee om?', expected: ['gap-2'] },
  { question: 'spanningen tussen nieuwe en oude bewoners', expected: ['gap-2', 'gap-3'] },
  { question: 'Inwoners voelen zich niet gehoord door het stadhuis', expected: TRUST },
  { question: 'hoe pak je tegenstellingen tussen groepen aan', expected: ['gap-2'] },

  // What works (priority 1)
  { question: 'Wat werkt nou echt om een wijk leefbaarder en veiliger te maken?', expected: ['priority-1'] },
  { question: 'Welke interventies voor leefbaarheid zijn bewezen effectief?', expected: ['priority-1'] },
  { question: 'werkzame elementen leefbaarheid', expected: ['priority-1'] },

  // Division, segregation and opportunities (priority 2)
  { question: 'De kloof tussen arme en rijke wijken in onze stad wordt steeds groter', expected: DIVISION },
  { question: 'segregatie in steden tegengaan', expected: DIVISION },
  { question: 'Hoe vergroten we de kansen van kinderen in achterstandswijken?', expected: MOBILITY },

  // Social resilience (priority 3)
  { question: 'Hoe maak je een buurt veerkrachtiger?', expected: ['priority-3'] },
  { question: 'sociale draagkracht wijk', expected: ['priority-3'] },
  { question: 'Onze buurt kan niet nog meer kwetsbare mensen dragen, hoe houden we het leefbaar?', expected: ['priority-3', 'gap-3'] },

  // Prevention and repression (priority 4, white spot 4)
  { question: 'preventie en repressie combineren in de wijk', expected: PREVENTION },
  { question: 'Hoe werken zorg en veiligheid samen bij signalen van ondermijning?', expected: PREVENTION },
  { question: 'zorgmijders op tijd in beeld krijgen', expected: ['gap-4'] },
  { question: 'vroegsignalering van problemen achter de voordeur', expected: ['gap-4'] },
  { question: 'criminelen die de buurt ondermijnen', expected: PREVENTION },
  { question: 'aanpak van drugscriminaliteit en overlast in de buurt', expected: PREVENTION },
  { question: 'sociale herovering van een wijk', expected: ['gap-4'] },
  { question: 'Hoe doe je integraal gebiedsgericht werken aan veiligheid, met handhaving én preventie?', expected: PREVENTION },

  // Community power (priority 6)
  { question: 'Hoe krijgen we bewoners zover dat ze zelf meewerken aan het verbeteren van hun wijk?', expected: ['priority-6'] },
  { question: 'bewonersinitiatieven serieus nemen als partner', expected: ['priority-6'] },
  { question: 'gemeenschapskracht', expected: ['priority-6'] },
  { question: 'burgerkracht en zelforganisatie in de wijk versterken', expected: ['priority-6'] },

  // Corona (priority 7)
  { question: 'Wat heeft de coronacrisis gedaan met kwetsbare wijken?', expected: ['priority-7'] },
  { question: 'covid gevolgen buurt', expected: ['priority-7'] },
  { question: 'Wat deed de lockdown met buurtbewoners?', expected: ['priority-7'] },
  { question: 'effect van de pandemie op de leefbaarheid in onze wijk beperken', expected: ['priority-7'] },

  // A long-term neighbourhood approach (white spot 1)
  { question: 'Hoe houd je een wijkaanpak 15 jaar vol?', expected: ['gap-1'] },
  { question: 'meerjarige samenwerking tussen gemeente, corporatie en bewoners', expected: ['gap-1'] },
  { question: 'geldstromen bundelen voor de wijk', expected: ['gap-1'] },
  { question: 'Hoe monitoren we of onze wijkaanpak effect heeft?', expected: ['gap-1'] },
  { question: 'een gezamenlijke agenda van beleid en bewoners, top-down en bottom-up', expected: ['gap-1'] },

  // Mixed neighbourhoods (white spot 3)
  { question: 'Hoe maak je een wijk waar iedereen zich welkom voelt?', expected: ['gap-3'] },
  { question: 'gemengde wijken en diversiteit', expected: ['gap-3'] },
  { question: 'Steeds meer mensen uit de ggz en beschermd wonen komen in onze wijk wonen', expected: ['gap-3'] },
  { question: 'inclusie in de buurt', expected: ['gap-3'] },

  // Social mobility (white spot 5)
  { question: 'Hoe helpen we wijkbewoners aan een baan?', expected: MOBILITY },
  { question: 'samenwerking tussen scholen en werkgevers in de wijk', expected: MOBILITY },
  { question: 'banen uit de energietransitie voor mensen uit de wijk', expected: ['gap-5'] },
  { question: 'onderwijsachterstanden wijkgericht aanpakken', expected: MOBILITY },
  { question: 'jongeren zonder werk in onze wijk', expected: MOBILITY },
  { question: 'werkloosheid en schooluitval in de buurt', expected: MOBILITY },

  // Housing corporations (white spot 6)
  { question: 'Wat doet de woningcorporatie eigenlijk nog aan leefbaarheid?', expected: ['gap-6'] },
  { question: 'rol van woningbouwverenigingen in de buurt', expected: ['gap-6'] },
  { question: 'woningbouwcorporatie en leefbaarhied', expected: ['gap-6'] },
  { question: 'kwetsbare huurders in corporatiewijken', expected: ['gap-3', 'gap-6'] },

  // Organising learning (section 3.2)
  { question: 'Hoe leren we domeinoverstijgend samenwerken?', expected: ['org-cross-domain'] },
  { question: 'intersectoraal leren tussen sectoren', expected: ['org-cross-domain'] },
  { question: 'Hoe krijgen we beleid, uitvoering en bestuur samen aan tafel om te leren, samen met bewoners?', expected: ['org-vertical'] },
  { question: 'verticaal leren', expected: ['org-vertical'] },
  { question: "Hoe kunnen netwerken meer van elkaar leren in plaats van ieder in z'n eigen silo?", expected: ['org-between-networks'] },
  { question: 'kennis delen tussen bestaande netwerken', expected: ['org-between-networks'] },
  { question: 'silos doorbreken tussen leernetwerken', expected: ['org-between-networks'] },
  { question: 'meer zeggenschap en eigenaarschap voor bewoners', expected: ['priority-6', 'gap-2'] },
];
