import type { Theme } from '@leernetwerk/sdk';

const CONTENT_SOURCE = {
  section: '2.2',
  quote:
    "De inhoudelijke thema-indeling is gebaseerd op de leefvelden van het Nationaal Programma Rotterdam Zuid (NPRZ), aangevuld met vraagstukken rond de energietransitie en verduurzaming.",
};

const PROCESS_SOURCE = {
  section: '2.2',
  quote:
    'Voor de procesmatige vraagstukken is in de Leeragenda een driedeling gekozen: ten eerste vraagstukken rond participatie van betrokkenheid van bewoners, ten tweede vraagstukken rond gebieds- en opgavegericht werken en ten derde de stapsgewijze opbouw van een wijkgerichte aanpak.',
};

/** The seven content themes ("wat moet ik doen?") and three process themes ("hoe organiseer ik het?"). */
export const themes: Theme[] = [
  {
    id: 'education',
    kind: 'content',
    label: { nl: 'Onderwijs', en: 'Education' },
    description: {
      nl: 'Gebiedsgerichte aanpak van onderwijsachterstanden en de rol van scholen in de wijk.',
      en: 'An area-based approach to educational disadvantage and the role of schools in the neighbourhood.',
    },
    keywords: [
      'onderwijs', 'school', 'scholen', 'basisschool', 'onderwijsachterstanden', 'onderwijsachterstand',
      'schoolprestaties', 'gelijke kansen', 'kansengelijkheid', 'extra lessen', 'taalachterstand',
      'vroegsignalering', 'leerlingen', 'jongeren', 'brede school', 'voortijdig schoolverlaten', 'mbo',
    ],
    source: CONTENT_SOURCE,
  },
  {
    id: 'work',
    kind: 'content',
    label: { nl: 'Werk', en: 'Work' },
    description: {
      nl: 'Toeleiding van bewoners naar (betaald) werk en participatie op de arbeidsmarkt.',
      en: 'Guiding residents into (paid) work and participation in the labour market.',
    },
    keywords: [
      'werk', 'arbeidsmarkt', 'werkgelegenheid', 'werkloosheid', 'werkzoekenden', 'betaald werk', 'banen',
      'werkgevers', 'bedrijven', 'sociaal ondernemers', 'leerwerkakkoord', 'leerwerkakkoorden', 'stages',
      're-integratie', 'participatiewet', 'szw', 'sociale stijging', 'ontplooiingskansen', 'inkomen',
    ],
    source: CONTENT_SOURCE,
  },
  {
    id: 'poverty-debt',
    kind: 'content',
    label: { nl: 'Armoede en schulden', en: 'Poverty and debt' },
    description: {
      nl: 'Armoede, schuldenproblematiek en bestaanszekerheid van bewoners.',
      en: 'Poverty, debt problems and the financial security of residents.',
    },
    keywords: [
      'armoede', 'schulden', 'schuldenproblematiek', 'schuldhulpverlening', 'schuldhulp', 'geldzorgen',
      'bestaanszekerheid', 'minima', 'armoedebestrijding', 'energiearmoede', 'betalingsachterstanden',
      'voedselbank', 'kinderarmoede',
    ],
    source: CONTENT_SOURCE,
  },
  {
    id: 'safety',
    kind: 'content',
    label: { nl: 'Veiligheid', en: 'Safety' },
    description: {
      nl: 'Veiligheid in de wijk: overlast, criminaliteit, ondermijning, en de combinatie van preventie en repressie.',
      en: 'Safety in the neighbourhood: nuisance, crime, subversive crime, and combining prevention with repression.',
    },
    keywords: [
      'veiligheid', 'onveiligheid', 'sociale veiligheid', 'veilig', 'criminaliteit', 'ondermijning', 'overlast',
      'woonoverlast', 'repressie', 'handhaving', 'politie', 'wijkagent', 'boa', 'jeugdcriminaliteit', 'drugs',
      'radicalisering', 'polarisatie', 'spanningen', 'sociale herovering', 'signaleren', 'melden',
    ],
    source: CONTENT_SOURCE,
  },
  {
    id: 'housing',
    kind: 'content',
    label: { nl: 'Wonen', en: 'Housing' },
    description: {
      nl: 'Wonen en de fysieke kant van wijkvernieuwing: woningen, woningcorporaties, menging en de openbare ruimte.',
      en: 'Housing and the physical side of neighbourhood renewal: homes, housing corporations, mixing and public space.',
    },
    keywords: [
      'wonen', 'woningen', 'woning', 'huisvesting', 'corporatie', 'corporaties', 'woningcorporatie',
      'woningcorporaties', 'huurders', 'fysieke wijkvernieuwing', 'wijkvernieuwing', 'stedelijke vernieuwing',
      'herstructurering', 'woningwet', 'woningtoewijzing', 'gemengde wijk', 'menging', 'openbare ruimte',
      'publieke ruimte', 'sociaal beheer', 'vastgoed', 'leefomgeving', 'corporatiewijken',
    ],
    source: CONTENT_SOURCE,
  },
  {
    id: 'health-care',
    kind: 'content',
    label: { nl: 'Gezondheid, zorg en welzijn', en: 'Health, care and welfare' },
    description: {
      nl: 'Gezondheid, zorg, welzijn en hulpverlening in de wijk, waaronder de sociale basis en kwetsbare bewoners.',
      en: 'Health, care, welfare and support in the neighbourhood, including the social base and vulnerable residents.',
    },
    keywords: [
      'gezondheid', 'zorg', 'welzijn', 'hulpverlening', 'sociale basis', 'sociaal domein', 'ggz',
      'psychische kwetsbaarheid', 'verward gedrag', 'zorgmijders', 'weer thuis', 'langer thuis', 'vergrijzing',
      'ouderen', 'beschermd wonen', 'maatschappelijke opvang', 'mantelzorg', 'jeugdzorg', 'sociaal wijkteam',
      'wijkteam', 'eenzaamheid', 'gezondheidsachterstanden', 'kwetsbare bewoners',
    ],
    source: CONTENT_SOURCE,
  },
  {
    id: 'energy-transition',
    kind: 'content',
    label: { nl: 'Energietransitie en verduurzaming', en: 'Energy transition and sustainability' },
    description: {
      nl: 'De energietransitie en verduurzaming in de wijk, zoals aardgasvrije wijken, en wat die meebrengt.',
      en: 'The energy transition and sustainability in the neighbourhood, such as gas-free districts, and what they bring along.',
    },
    keywords: [
      'energietransitie', 'verduurzaming', 'duurzaamheid', 'duurzaam', 'aardgasvrij', 'aardgasvrije wijken',
      'warmtetransitie', 'isolatie', 'isoleren', 'energiearmoede', 'zonnepanelen', 'klimaatadaptatie', 'groen',
      'meekoppelen', 'energie',
    ],
    source: CONTENT_SOURCE,
  },
  {
    id: 'participation',
    kind: 'process',
    label: { nl: 'Participatie en betrokkenheid van bewoners', en: 'Participation and involvement of residents' },
    description: {
      nl: 'Bewonersparticipatie, eigenaarschap en zeggenschap van bewoners(collectieven) en bewonersinitiatieven.',
      en: 'Resident participation, ownership and control for residents (collectives) and resident initiatives.',
    },
    keywords: [
      'participatie', 'bewonersparticipatie', 'burgerparticipatie', 'betrokkenheid', 'bewoners',
      'actieve bewoners', 'bewonersinitiatief', 'bewonersinitiatieven', 'bewonerscollectieven', 'eigenaarschap',
      'zeggenschap', 'buurtmakers', 'stadsmakers', 'buurtbouwers', 'zelforganisatie', 'vrijwilligers',
      'gemeenschapskracht', 'right to challenge', 'bottom-up', 'inspraak', 'bewonersorganisatie',
    ],
    source: PROCESS_SOURCE,
  },
  {
    id: 'area-based-working',
    kind: 'process',
    label: { nl: 'Gebieds- en opgavegericht werken', en: 'Area-based and task-oriented working' },
    description: {
      nl: 'Samenwerken rond een gebied of opgave, over de grenzen van domeinen, sectoren en organisaties heen.',
      en: 'Working together around an area or task, across the boundaries of domains, sectors and organisations.',
    },
    keywords: [
      'gebiedsgericht', 'gebiedsgericht werken', 'opgavegericht', 'opgavegericht werken', 'wijkgericht werken',
      'buurtgericht', 'integraal', 'integraal werken', 'domeinoverstijgend', 'domein overstijgend',
      'samenwerking', 'samenwerken', 'gebiedsteam', 'gebiedscoalitie', 'gebiedsregisseur', 'gebiedsmanager',
      'wijkmanager', 'wijkcoördinator', 'verkokering', 'ketensamenwerking', 'netwerksamenwerking',
    ],
    source: PROCESS_SOURCE,
  },
  {
    id: 'neighbourhood-approach',
    kind: 'process',
    label: {
      nl: 'Stapsgewijze opbouw van een wijkgerichte aanpak',
      en: 'Building a neighbourhood approach step by step',
    },
    description: {
      nl: 'Een wijkaanpak opbouwen en volhouden: wijkanalyse, buurtagenda, doelen, financiering, monitoring en borging.',
      en: 'Building and sustaining a neighbourhood approach: analysis, neighbourhood agenda, goals, funding, monitoring and securing it.',
    },
    keywords: [
      'wijkaanpak', 'buurtaanpak', 'wijkgerichte aanpak', 'wijkprofiel', 'wijkprofielen', 'buurtagenda',
      "buurtagenda's", 'wijkanalyse', 'wijkvisie', 'wijkplan', 'monitoring', 'monitoren', 'doelen',
      'lange termijn', 'meerjarig', 'geldstromen', 'financiering', 'borging', 'borgen', 'effecten',
      'werkzame elementen', 'slagkracht', 'interventiekracht',
    ],
    source: PROCESS_SOURCE,
  },
];
