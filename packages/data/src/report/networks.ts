import type { Network } from '@leernetwerk/sdk';

const B4_1 = 'bijlage 4, tabel B4.1';
const B4_2 = 'bijlage 4, tabel B4.2';

const CONSULTED_ONLINE = {
  nl: 'De leeragenda is in een online bijeenkomst van dit netwerk getoetst en/of aangevuld (bijlage 4, tabel B4.1).',
  en: 'The learning agenda was tested and/or added to in an online meeting of this network (annex 4, table B4.1).',
};
const CONSULTED_IN_PERSON = {
  nl: 'In een individueel gesprek is de leeragenda getoetst en/of aangevuld (bijlage 4, tabel B4.2).',
  en: 'The learning agenda was tested and/or added to in an individual conversation (annex 4, table B4.2).',
};

/**
 * Networks consulted in annex 4 (tables B4.1 and B4.2). `represents` follows the dots of the
 * table columns Bestuur, Beleid, Professionals, Bewoners and Overig.
 */
const consulted: Network[] = [
  {
    id: 'g40-fysieke-pijler',
    name: 'G40 fysieke pijler',
    kind: 'peer-network',
    description: {
      nl: `Fysieke pijler van het G40 Stedennetwerk. ${CONSULTED_ONLINE.nl}`,
      en: `Physical pillar of the G40 city network. ${CONSULTED_ONLINE.en}`,
    },
    represents: ['administrator', 'policymaker'],
    themes: ['housing'],
    source: { section: B4_1 },
  },
  {
    id: 'g40-themagroep-stedelijke-vernieuwing',
    name: 'G40 themagroep Stedelijke Vernieuwing',
    kind: 'peer-network',
    description: {
      nl: `Themagroep Stedelijke Vernieuwing van het G40 Stedennetwerk. ${CONSULTED_ONLINE.nl}`,
      en: `Urban renewal theme group of the G40 city network. ${CONSULTED_ONLINE.en}`,
    },
    represents: ['policymaker'],
    themes: ['housing'],
    source: { section: B4_1 },
  },
  {
    id: 'g40-sociale-pijler',
    name: 'G40 sociale pijler',
    kind: 'peer-network',
    description: {
      nl: `Sociale pijler van het G40 Stedennetwerk. ${CONSULTED_ONLINE.nl}`,
      en: `Social pillar of the G40 city network. ${CONSULTED_ONLINE.en}`,
    },
    represents: ['policymaker'],
    themes: ['health-care'],
    source: { section: B4_1 },
  },
  {
    id: 'g40-themagroep-veiligheid',
    name: 'G40 themagroep Veiligheid',
    kind: 'peer-network',
    description: {
      nl: `Themagroep Veiligheid van het G40 Stedennetwerk. ${CONSULTED_ONLINE.nl}`,
      en: `Safety theme group of the G40 city network. ${CONSULTED_ONLINE.en}`,
    },
    represents: ['administrator', 'policymaker'],
    themes: ['safety'],
    source: { section: B4_1 },
  },
  {
    id: 'lpb',
    name: 'LPB',
    kind: 'peer-network',
    description: {
      nl: 'Werkte mee aan de inventarisatie van vraag en aanbod (1.1). Het rapport noemt het LPB als voorbeeld van een bestaand netwerk waarin, vooral binnen het eigen domein, kennis wordt gedeeld (2.1). De leeragenda is getoetst in het LPB Bestuur en de LPB Klankbordgroep (bijlage 4, tabel B4.1).',
      en: 'Took part in the inventory of demand and supply (1.1). The report names LPB as an example of an existing network in which knowledge is shared, mostly within its own domain (2.1). The learning agenda was tested with the LPB board and the LPB sounding-board group (annex 4, table B4.1).',
    },
    represents: ['professional'],
    source: { section: B4_1, quote: 'LPB Bestuur … LPB Klankbordgroep' },
  },
  {
    id: 'lsa-bewoners',
    name: 'LSA Bewoners',
    kind: 'peer-network',
    description: {
      nl: 'Netwerk van actieve bewoners. Werkte mee aan de inventarisatie (1.1), organiseerde een bijeenkomst met de achterban om input te leveren aan de leeragenda (1.4) en voert het project over buurtbouwers uit (1.1).',
      en: 'Network of active residents. Took part in the inventory (1.1), held a meeting with its members to give input to the learning agenda (1.4) and runs the project on neighbourhood builders (1.1).',
    },
    represents: ['resident'],
    themes: ['participation'],
    source: { section: B4_1 },
  },
  {
    id: 'krachtproef',
    name: 'Krachtproef',
    kind: 'peer-network',
    description: {
      nl: 'Netwerk uit het opbouwwerk. Organiseerde een bijeenkomst met de achterban om input te leveren aan de leeragenda (1.4).',
      en: 'Network from community development work (opbouwwerk). Held a meeting with its members to give input to the learning agenda (1.4).',
    },
    represents: ['professional'],
    themes: ['participation'],
    source: { section: B4_1, quote: 'Krachtproef (opbouwwerk)' },
  },
  {
    id: 'lppw',
    name: 'Landelijk Platform Professie Wijkagent (LPPW)',
    kind: 'peer-network',
    description: {
      nl: `Landelijk platform van de professie wijkagent. ${CONSULTED_ONLINE.nl}`,
      en: `National platform of the community police officer profession. ${CONSULTED_ONLINE.en}`,
    },
    represents: ['professional'],
    themes: ['safety'],
    source: { section: B4_1 },
  },
  {
    id: 'leerkring-spoor-1',
    name: 'Leerkring spoor 1 programma L&V',
    kind: 'programme',
    description: {
      nl: `Leerkring van spoor 1 van het Interbestuurlijk Programma Leefbaarheid en Veiligheid: de verkenning en benutting van integrale ontwikkelingsmogelijkheden in 16 grotere stedelijke vernieuwingsgebieden. ${CONSULTED_ONLINE.nl}`,
      en: `Learning circle of track 1 of the Interadministrative Programme on Liveability and Safety: exploring and using integrated development opportunities in 16 larger urban renewal areas. ${CONSULTED_ONLINE.en}`,
    },
    represents: ['policymaker'],
    themes: ['area-based-working', 'neighbourhood-approach'],
    source: { section: B4_1 },
  },
  {
    id: 'werkplaatsen-sociaal-domein-lerende-praktijken',
    name: 'Werkplaatsen sociaal domein, lectoren themagroep lerende praktijken',
    kind: 'knowledge-infrastructure',
    description: {
      nl: `Themagroep lerende praktijken van lectoren van de werkplaatsen sociaal domein. ${CONSULTED_ONLINE.nl}`,
      en: `Theme group on learning practices of the professors (lectoren) of the social-domain workshops. ${CONSULTED_ONLINE.en}`,
    },
    represents: ['other'],
    source: { section: B4_1, quote: 'Werkplaatsen sociaal domein lectoren themagroep lerende praktijken' },
  },
  {
    id: 'movisie-associate-members',
    name: 'Associate members Movisie',
    kind: 'peer-network',
    description: {
      nl: `De associate members van Movisie. ${CONSULTED_ONLINE.nl}`,
      en: `Movisie’s associate members. ${CONSULTED_ONLINE.en}`,
    },
    represents: ['policymaker', 'professional', 'resident'],
    source: { section: B4_1 },
  },
  {
    id: 'platform-buurtwijs',
    name: 'Platform Buurtwijs',
    kind: 'platform',
    description: { nl: CONSULTED_ONLINE.nl, en: CONSULTED_ONLINE.en },
    represents: ['professional'],
    source: { section: B4_1 },
  },
  {
    id: 'pharos',
    name: 'Pharos',
    kind: 'knowledge-organisation',
    description: {
      nl: 'Landelijke kennisorganisatie die op een aantal thema’s van de leeragenda lokale lerende praktijken of leernetwerken faciliteert, waarin tussen disciplines en niveaus wordt geleerd (2.1). De leeragenda is er in een online bijeenkomst getoetst (bijlage 4, tabel B4.1).',
      en: 'National knowledge organisation that facilitates local learning practices or learning networks on some themes of the learning agenda, in which people learn across disciplines and levels (2.1). The learning agenda was tested there in an online meeting (annex 4, table B4.1).',
    },
    represents: ['professional'],
    themes: ['health-care'],
    source: { section: B4_1 },
  },
  {
    id: 'm50',
    name: 'M50 gemeenten',
    kind: 'peer-network',
    description: {
      nl: 'Netwerk van middelgrote gemeenten. De survey naar bestaand leeraanbod is onder meer in dit netwerk verspreid (1.4); de leeragenda is er in een online bijeenkomst getoetst (bijlage 4, tabel B4.1).',
      en: 'Network of medium-sized municipalities. The survey on existing learning offerings was spread through it, among others (1.4); the learning agenda was tested there in an online meeting (annex 4, table B4.1).',
    },
    represents: ['policymaker'],
    source: { section: B4_1 },
  },
  {
    id: 'wethoudersvereniging',
    name: 'Wethoudersvereniging',
    kind: 'peer-network',
    description: { nl: `Vereniging van wethouders. ${CONSULTED_IN_PERSON.nl}`, en: `Association of aldermen. ${CONSULTED_IN_PERSON.en}` },
    represents: ['administrator'],
    source: { section: B4_2 },
  },
  {
    id: 'platform31-corporatieaccount',
    name: 'Corporatieaccount Platform31',
    kind: 'peer-network',
    description: {
      nl: `Het corporatieaccount van Platform31; met de coördinator ervan is een individueel gesprek gevoerd (bijlage 4, tabel B4.2).`,
      en: `Platform31’s housing-corporation account; its coordinator was interviewed individually (annex 4, table B4.2).`,
    },
    represents: ['administrator', 'policymaker', 'professional'],
    themes: ['housing'],
    source: { section: B4_2, quote: 'Coördinator corporatieaccount P31' },
  },
  {
    id: 'aedes',
    name: 'Aedes',
    kind: 'peer-network',
    description: {
      nl: `Koepelorganisatie van woningcorporaties, waar de rol van corporaties op het terrein van leefbaarheid momenteel (opnieuw) aandacht krijgt (3.1). ${CONSULTED_IN_PERSON.nl}`,
      en: `Umbrella organisation of housing corporations, where the role of corporations in liveability is (again) getting attention (3.1). ${CONSULTED_IN_PERSON.en}`,
    },
    represents: ['policymaker', 'other'],
    themes: ['housing'],
    source: { section: B4_2 },
  },
  {
    id: 'gezondin',
    name: 'Programma GezondIn',
    kind: 'programme',
    description: { nl: `Programma GezondIn. ${CONSULTED_IN_PERSON.nl}`, en: `The GezondIn programme. ${CONSULTED_IN_PERSON.en}` },
    represents: ['policymaker', 'professional', 'other'],
    themes: ['health-care'],
    source: { section: B4_2 },
  },
  {
    id: 'ront',
    name: 'RONT',
    kind: 'peer-network',
    description: {
      nl: `Met het management van RONT is een individueel gesprek gevoerd (bijlage 4, tabel B4.2).`,
      en: `RONT’s management was interviewed individually (annex 4, table B4.2).`,
    },
    represents: ['other'],
    source: { section: B4_2, quote: 'RONT management' },
  },
  {
    id: 'boa-expertisecentrum',
    name: 'BOA-expertisecentrum',
    kind: 'knowledge-organisation',
    description: { nl: `Expertisecentrum voor boa’s. ${CONSULTED_IN_PERSON.nl}`, en: `Expertise centre for special enforcement officers (boa’s). ${CONSULTED_IN_PERSON.en}` },
    represents: ['professional', 'other'],
    themes: ['safety'],
    source: { section: B4_2 },
  },
  {
    id: 'platform-stad-en-wijk',
    name: 'Platform Stad en Wijk',
    kind: 'knowledge-organisation',
    description: {
      nl: 'Platform van lectoren, genoemd als voorbeeld van hbo-instellingen die lokale lerende praktijken of leernetwerken faciliteren waarin tussen disciplines en niveaus wordt geleerd (2.1). De survey naar bestaand leeraanbod is onder meer onder dit platform verspreid (1.4); er is een individueel gesprek gevoerd (bijlage 4, tabel B4.2).',
      en: 'Platform of professors at universities of applied sciences (lectoren), named as an example of institutions that facilitate local learning practices or learning networks in which people learn across disciplines and levels (2.1). The survey on existing learning offerings was spread through it, among others (1.4); it was interviewed individually (annex 4, table B4.2).',
    },
    represents: ['other'],
    source: { section: B4_2 },
  },
  {
    id: 'rebel-group',
    name: 'Rebel Group',
    kind: 'knowledge-organisation',
    description: { nl: CONSULTED_IN_PERSON.nl, en: CONSULTED_IN_PERSON.en },
    represents: ['other'],
    source: { section: B4_2 },
  },
  {
    id: 'ella-vogelaar-academie',
    name: 'Ella Vogelaar Academie',
    kind: 'knowledge-organisation',
    description: {
      nl: 'De survey naar bestaand leeraanbod is onder meer via de Ella Vogelaar Academie verspreid (1.4). Bijlage 4 noemt haar als NLZVE/Vogelaar Academie, met wie een individueel gesprek is gevoerd (tabel B4.2).',
      en: 'The survey on existing learning offerings was spread through the Ella Vogelaar Academie, among others (1.4). Annex 4 lists it as NLZVE/Vogelaar Academie, interviewed individually (table B4.2).',
    },
    represents: ['resident'],
    themes: ['participation'],
    source: { section: B4_2, quote: 'NLZVE/Vogelaar Academie' },
  },
];

/**
 * Networks and organisations the text names (sections 1, 1.1, 1.4, 2.1, 3.1 and 4.4). Annex 4 does
 * not mark whom they represent; `represents` follows the text where it says so (the administrators'
 * networks of 2.1) and is empty otherwise.
 */
const named: Network[] = [
  {
    id: 'g4',
    name: 'G4',
    kind: 'peer-network',
    description: {
      nl: 'Stedennetwerk waarbinnen op bestuurlijk niveau kennisdeling wordt gefaciliteerd (2.1).',
      en: 'City network within which knowledge sharing is facilitated at administrative level (2.1).',
    },
    represents: ['administrator'],
    source: {
      section: '2.1',
      quote: 'Op bestuurlijk niveau wordt binnen de G4 en het G40 Stedennetwerk kennisdeling gefaciliteerd',
    },
  },
  {
    id: 'g40',
    name: 'G40 Stedennetwerk',
    kind: 'peer-network',
    description: {
      nl: 'Netwerk van steden waarin in themagroepen kennis wordt gedeeld en geleerd, vooral binnen het eigen domein (2.1); ook op bestuurlijk niveau wordt er kennisdeling gefaciliteerd. Pijlers en themagroepen van het G40 zijn bij de toetsing van de leeragenda geraadpleegd (bijlage 4, tabel B4.1).',
      en: 'Network of cities in which knowledge is shared and learned in theme groups, mostly within the own domain (2.1); knowledge sharing is also facilitated at administrative level. G40 pillars and theme groups were consulted on the learning agenda (annex 4, table B4.1).',
    },
    represents: ['administrator', 'policymaker'],
    source: { section: '2.1', quote: 'Het G40 Stedennetwerk (in themagroepen), het LPB, LSA bewoners en Krachtproef zijn hier voorbeelden van.' },
  },
  {
    id: 'forum-stedelijke-vernieuwing',
    name: 'Forum voor Stedelijke Vernieuwing',
    kind: 'peer-network',
    description: {
      nl: 'Vakinhoudelijk bestuurdersnetwerk waarin kennis en ervaringen worden uitgewisseld (2.1).',
      en: 'Subject-matter network of administrators in which knowledge and experience are exchanged (2.1).',
    },
    represents: ['administrator'],
    themes: ['housing'],
    source: {
      section: '2.1',
      quote:
        'daarnaast bestaan er enkele vakinhoudelijke bestuurdersnetwerken (zoals het Forum voor Stedelijke Vernieuwing en de vereniging van directeuren Sociaal Domein) waarin kennis en ervaringen worden uitgewisseld.',
    },
  },
  {
    id: 'vereniging-directeuren-sociaal-domein',
    name: 'Vereniging van directeuren Sociaal Domein',
    kind: 'peer-network',
    description: {
      nl: 'Vakinhoudelijk bestuurdersnetwerk waarin kennis en ervaringen worden uitgewisseld (2.1).',
      en: 'Subject-matter network of administrators in which knowledge and experience are exchanged (2.1).',
    },
    represents: ['administrator'],
    themes: ['health-care'],
    source: {
      section: '2.1',
      quote:
        'daarnaast bestaan er enkele vakinhoudelijke bestuurdersnetwerken (zoals het Forum voor Stedelijke Vernieuwing en de vereniging van directeuren Sociaal Domein) waarin kennis en ervaringen worden uitgewisseld.',
    },
  },
  {
    id: 'platform31',
    name: 'Platform31',
    kind: 'knowledge-organisation',
    description: {
      nl: 'Landelijke kennisorganisatie; voerde de inventarisatie uit met Movisie (1.1) en faciliteert op een aantal thema’s van de leeragenda lokale lerende praktijken of leernetwerken (2.1).',
      en: 'National knowledge organisation; carried out the inventory with Movisie (1.1) and facilitates local learning practices or learning networks on some themes of the learning agenda (2.1).',
    },
    represents: [],
    source: { section: '2.1', quote: 'Landelijke kennisorganisaties (zoals Platform31, Movisie, het CCV, KIS en Pharos)' },
  },
  {
    id: 'movisie',
    name: 'Movisie',
    kind: 'knowledge-organisation',
    description: {
      nl: 'Landelijke kennisorganisatie; voerde de inventarisatie uit met Platform31 (1.1) en faciliteert op een aantal thema’s van de leeragenda lokale lerende praktijken of leernetwerken (2.1).',
      en: 'National knowledge organisation; carried out the inventory with Platform31 (1.1) and facilitates local learning practices or learning networks on some themes of the learning agenda (2.1).',
    },
    represents: [],
    source: { section: '2.1', quote: 'Landelijke kennisorganisaties (zoals Platform31, Movisie, het CCV, KIS en Pharos)' },
  },
  {
    id: 'ccv',
    name: 'CCV',
    kind: 'knowledge-organisation',
    description: {
      nl: 'Landelijke kennisorganisatie die op een aantal thema’s van de leeragenda lokale lerende praktijken of leernetwerken faciliteert (2.1).',
      en: 'National knowledge organisation that facilitates local learning practices or learning networks on some themes of the learning agenda (2.1).',
    },
    represents: [],
    themes: ['safety'],
    source: { section: '2.1', quote: 'Landelijke kennisorganisaties (zoals Platform31, Movisie, het CCV, KIS en Pharos)' },
  },
  {
    id: 'kis',
    name: 'KIS',
    kind: 'knowledge-organisation',
    description: {
      nl: 'Landelijke kennisorganisatie die op een aantal thema’s van de leeragenda lokale lerende praktijken of leernetwerken faciliteert (2.1).',
      en: 'National knowledge organisation that facilitates local learning practices or learning networks on some themes of the learning agenda (2.1).',
    },
    represents: [],
    source: { section: '2.1', quote: 'Landelijke kennisorganisaties (zoals Platform31, Movisie, het CCV, KIS en Pharos)' },
  },
  {
    id: 'werkplaatsen-sociaal-domein',
    name: 'Werkplaatsen sociaal domein',
    kind: 'knowledge-infrastructure',
    description: {
      nl: 'Regionale en soms lokale leer- en kennisinfrastructuur waarin onderzoek, onderwijs, beleid en praktijk samenwerken, hoofdzakelijk binnen en niet tussen domeinen georganiseerd (2.1).',
      en: 'Regional and sometimes local learning and knowledge infrastructure in which research, education, policy and practice work together, organised mainly within rather than across domains (2.1).',
    },
    represents: [],
    themes: ['health-care'],
    source: {
      section: '2.1',
      quote:
        'Op regionaal en soms op lokaal niveau bestaan er leer- en kennisinfrastructuren waarin onderzoek, onderwijs, beleid en praktijk met elkaar samenwerken, bijvoorbeeld in de werkplaatsen sociaal domein of de academische werkplaatsen.',
    },
  },
  {
    id: 'academische-werkplaatsen',
    name: 'Academische werkplaatsen',
    kind: 'knowledge-infrastructure',
    description: {
      nl: 'Regionale en soms lokale leer- en kennisinfrastructuur waarin onderzoek, onderwijs, beleid en praktijk samenwerken, hoofdzakelijk binnen en niet tussen domeinen georganiseerd (2.1).',
      en: 'Regional and sometimes local learning and knowledge infrastructure in which research, education, policy and practice work together, organised mainly within rather than across domains (2.1).',
    },
    represents: [],
    source: {
      section: '2.1',
      quote:
        'Op regionaal en soms op lokaal niveau bestaan er leer- en kennisinfrastructuren waarin onderzoek, onderwijs, beleid en praktijk met elkaar samenwerken, bijvoorbeeld in de werkplaatsen sociaal domein of de academische werkplaatsen.',
    },
  },
  {
    id: 'kenniswerkplaats-leefbare-wijken',
    name: 'Kenniswerkplaats Leefbare Wijken',
    kind: 'knowledge-infrastructure',
    description: {
      nl: 'De survey naar bestaand leeraanbod is onder meer onder de Kenniswerkplaats Leefbare Wijken verspreid (1.4). Een respondent noemt haar "Kenniswerkplaats Leefbare Wijken Rotterdam, Erasmus Universiteit Rotterdam" (bijlage 4, tabel B4.4).',
      en: 'The survey on existing learning offerings was spread through the Kenniswerkplaats Leefbare Wijken, among others (1.4). A respondent names it "Kenniswerkplaats Leefbare Wijken Rotterdam, Erasmus Universiteit Rotterdam" (annex 4, table B4.4).',
    },
    represents: [],
    themes: ['area-based-working'],
    source: {
      section: '1.4',
      quote:
        'Zo is de vragenlijst verspreid onder marktpartners van Platform31, de M50 (middelgrote gemeenten), het Platform Stad en Wijk (lectoren), de Kenniswerkplaats Leefbare Wijken en de Ella Vogelaaracademie',
    },
  },
  {
    id: 'wijkwijzer',
    name: 'WijkWijzer',
    kind: 'platform',
    description: {
      nl: 'Het online Kennisplatform Leefbaarheid en Veiligheid ("Het platform voor leefbare en veilige wijken"), ontwikkeld door de samenwerkende kennisorganisaties en gelanceerd in januari 2021 (1.1). Nieuws en informatie over het Leernetwerk staan erop en gebruikers kunnen er hun (leer)vragen indienen (4.1); de kennisbank (\'Verdieping\') volgt de indeling van de leeragenda (2.2). Het rapport stelt voor er het coördinatieteam van het Leernetwerk onder te brengen.',
      en: 'The online Knowledge Platform on Liveability and Safety ("the platform for liveable and safe neighbourhoods"), developed by the collaborating knowledge organisations and launched in January 2021 (1.1). It carries news and information on the Learning Network and users can submit their (learning) questions there (4.1); its knowledge base (\'Verdieping\') follows the structure of the learning agenda (2.2). The report proposes housing the Learning Network’s coordination team there.',
    },
    represents: [],
    source: {
      section: '1.1',
      quote:
        'Tevens ontwikkelen de samenwerkende kennisorganisaties het online kennisplatform WijkWijzer: Het platform voor leefbare en veilige wijken, dat in januari 2021 is gelanceerd.',
    },
  },
  {
    id: 'programma-leefbaarheid-en-veiligheid',
    name: 'Interbestuurlijk Programma Leefbaarheid en Veiligheid',
    kind: 'programme',
    description: {
      nl: 'Programma van het ministerie van BZK (begin 2020) voor betere leefbaarheid in gebieden met een cumulatie van opgaven, langs twee sporen: 16 grotere stedelijke vernieuwingsgebieden, en handelingsperspectieven voor alle gemeenten en hun partners. Het leernetwerk hoort bij het tweede spoor (1, 1.1).',
      en: 'Programme of the Ministry of the Interior (BZK, early 2020) for better liveability in areas where problems accumulate, along two tracks: 16 larger urban renewal areas, and courses of action for all municipalities and their partners. The learning network belongs to the second track (1, 1.1).',
    },
    represents: [],
    themes: ['area-based-working'],
    source: {
      section: '1',
      quote:
        'Dit programma is gericht op verbetering van de leefbaarheid in gebieden waar sprake is van een combinatie en cumulatie van opgaven (en kansen) op het gebied van onderwijs, werk, armoede, veiligheid, wonen en gezondheid.',
    },
  },
  {
    id: 'nprz',
    name: 'Nationaal Programma Rotterdam Zuid (NPRZ)',
    kind: 'programme',
    description: {
      nl: 'Programma in Rotterdam waarvan de leefvelden de basis zijn van de inhoudelijke thema’s van de leeragenda (2.2). Het NPRZ ontwikkelde arrangementen als extra lessen op school en leerwerkakkoorden met werkgevers, waar andere gemeenten met interesse naar kijken (3.1).',
      en: 'Programme in Rotterdam whose life domains underlie the content themes of the learning agenda (2.2). NPRZ developed arrangements such as extra lessons at school and learn-work agreements with employers, which other municipalities watch with interest (3.1).',
    },
    represents: [],
    themes: ['education', 'work'],
    source: {
      section: '3.1',
      quote:
        'In het NPRZ (Rotterdam) zijn al arrangementen ontwikkeld zoals extra lessen op school en leerwerkakkoorden met werkgevers; andere gemeenten kijken hier met interesse naar.',
    },
  },
];

/** Every network and organisation the report names, except the survey respondents of table B4.4. */
export const networks: Network[] = [...consulted, ...named];
