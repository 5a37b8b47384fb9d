import type { LocalizedText, Offering } from '@leernetwerk/sdk';

/**
 * Section 2.1 characterises the learning that existing networks of professional associations,
 * interest groups and branch organisations offer: national and partly regional, with peers or other
 * active residents, at one level (horizontal), mostly within the own domain.
 */
const PEER_LEARNING: LocalizedText = {
  nl: 'Kennis wordt er gedeeld en geleerd hoofdzakelijk binnen het eigen domein, met vakgenoten of andere actieve bewoners en op hetzelfde niveau: horizontaal leren (2.1).',
  en: 'Knowledge is shared and learned there mostly within the own domain, with peers or other active residents and at the same level: horizontal learning (2.1).',
};
const PEER_SOURCE = {
  section: '2.1',
  quote:
    'Leren en kennisdeling vindt plaats via bestaande netwerken, vak- en beroepsverenigingen, belangen- en brancheorganisaties. Het G40 Stedennetwerk (in themagroepen), het LPB, LSA bewoners en Krachtproef zijn hier voorbeelden van.',
};
const ADMINISTRATOR_SOURCE = {
  section: '2.1',
  quote:
    'daarnaast bestaan er enkele vakinhoudelijke bestuurdersnetwerken (zoals het Forum voor Stedelijke Vernieuwing en de vereniging van directeuren Sociaal Domein) waarin kennis en ervaringen worden uitgewisseld.',
};

/**
 * Section 2.1: national knowledge organisations and universities of applied sciences facilitate local
 * learning practices in which people learn across disciplines and levels (vertical learning). Their
 * participants are the local policy and practice of municipalities, civil-society organisations and
 * resident collectives.
 */
const LOCAL_PRACTICE: LocalizedText = {
  nl: 'Faciliteert op een aantal thema’s van de leeragenda lokale lerende praktijken of leernetwerken waarin tussen disciplines en tussen niveaus wordt geleerd, kennis gedeeld en/of ontwikkeld. Bij dit verticaal leren worden onderzoek, kennis en expertise op landelijk niveau verbonden met de lokale beleids- en uitvoeringspraktijk van gemeenten, maatschappelijke organisaties en bewonerscollectieven (2.1).',
  en: 'Facilitates, on some themes of the learning agenda, local learning practices or learning networks in which people learn, share and/or develop knowledge across disciplines and levels. This vertical learning links research, knowledge and expertise at national level with the local policy and practice of municipalities, civil-society organisations and resident collectives (2.1).',
};
const LOCAL_PRACTICE_SOURCE = {
  section: '2.1',
  quote:
    'Landelijke kennisorganisaties (zoals Platform31, Movisie, het CCV, KIS en Pharos) en hbo-instellingen (bijvoorbeeld het Platform Stad en Wijk) faciliteren op een aantal thema\'s van de leeragenda lokale lerende praktijken of leernetwerken waarbij tussen disciplines en tussen niveaus wordt geleerd, kennis gedeeld en/of ontwikkeld.',
};

const WORKPLACE: LocalizedText = {
  nl: 'Regionale en soms lokale leer- en kennisinfrastructuur waarin onderzoek, onderwijs, beleid en praktijk met elkaar samenwerken; hoofdzakelijk binnen, en niet tussen domeinen georganiseerd (2.1).',
  en: 'Regional and sometimes local learning and knowledge infrastructure in which research, education, policy and practice work together; organised mainly within, not across, domains (2.1).',
};
const WORKPLACE_SOURCE = {
  section: '2.1',
  quote:
    'Op regionaal en soms op lokaal niveau bestaan er leer- en kennisinfrastructuren waarin onderzoek, onderwijs, beleid en praktijk met elkaar samenwerken, bijvoorbeeld in de werkplaatsen sociaal domein of de academische werkplaatsen. Deze zijn hoofdzakelijk binnen, en niet tussen domeinen georganiseerd.',
};

const CROSS_DOMAIN_COLLABORATION: LocalizedText = {
  nl: 'Een van de innovatieve samenwerkingen vanuit overheid en maatschappelijke organisaties waarin maatschappelijke organisaties, kennisinstellingen en de samenleving samen verantwoordelijk zijn voor het ontwikkelen van nieuwe aanpakken, als voorbeeld van een domein- en sectoroverstijgende aanpak (4.4).',
  en: 'One of the innovative collaborations started by government and civil-society organisations in which civil-society organisations, knowledge institutions and society are jointly responsible for developing new approaches, as an example of an approach across domains and sectors (4.4).',
};
const CROSS_DOMAIN_SOURCE = {
  section: '4.4',
  quote:
    'De afgelopen jaren zijn al verschillende innovatieve samenwerkingen geïnitieerd vanuit overheid en maatschappelijke organisaties, denk bijvoorbeeld aan City Deals en kenniswerkplaatsen.',
};

const ALL_GROUPS: Offering['targetGroups'] = ['administrator', 'policymaker', 'professional', 'resident'];
const LOCAL_PRACTICE_GROUPS: Offering['targetGroups'] = ['policymaker', 'professional', 'resident'];

function join(...texts: LocalizedText[]): LocalizedText {
  return { nl: texts.map((t) => t.nl).join(' '), en: texts.map((t) => t.en ?? t.nl).join(' ') };
}

type PeerNetworkFields = Omit<Offering, 'learningForms' | 'scale' | 'direction' | 'domainScope'> &
  Partial<Pick<Offering, 'learningForms'>>;

/** Peer networks, associations and branch organisations (section 2.1): national, horizontal, within-domain. */
function peerNetwork(fields: PeerNetworkFields): Offering {
  return { learningForms: ['peer-network'], scale: ['national'], direction: ['horizontal'], domainScope: ['within-domain'], ...fields };
}

const peerNetworks: Offering[] = [
  peerNetwork({
    id: 'g40-themagroep-stedelijke-vernieuwing',
    title: { nl: 'G40 themagroep Stedelijke Vernieuwing', en: 'G40 urban renewal theme group' },
    provider: 'G40 Stedennetwerk',
    description: join({ nl: 'Themagroep van het G40 Stedennetwerk.', en: 'Theme group of the G40 city network.' }, PEER_LEARNING),
    themes: ['housing'],
    targetGroups: ['policymaker'],
    network: 'g40-themagroep-stedelijke-vernieuwing',
    source: PEER_SOURCE,
  }),
  peerNetwork({
    id: 'g40-themagroep-veiligheid',
    title: { nl: 'G40 themagroep Veiligheid', en: 'G40 safety theme group' },
    provider: 'G40 Stedennetwerk',
    description: join({ nl: 'Themagroep van het G40 Stedennetwerk.', en: 'Theme group of the G40 city network.' }, PEER_LEARNING),
    themes: ['safety'],
    targetGroups: ['administrator', 'policymaker'],
    network: 'g40-themagroep-veiligheid',
    source: PEER_SOURCE,
  }),
  peerNetwork({
    id: 'g40-fysieke-pijler',
    title: { nl: 'G40 fysieke pijler', en: 'G40 physical pillar' },
    provider: 'G40 Stedennetwerk',
    description: join({ nl: 'Pijler van het G40 Stedennetwerk.', en: 'Pillar of the G40 city network.' }, PEER_LEARNING),
    themes: ['housing'],
    targetGroups: ['administrator', 'policymaker'],
    network: 'g40-fysieke-pijler',
    source: PEER_SOURCE,
  }),
  peerNetwork({
    id: 'g40-sociale-pijler',
    title: { nl: 'G40 sociale pijler', en: 'G40 social pillar' },
    provider: 'G40 Stedennetwerk',
    description: join({ nl: 'Pijler van het G40 Stedennetwerk.', en: 'Pillar of the G40 city network.' }, PEER_LEARNING),
    themes: ['health-care'],
    targetGroups: ['policymaker'],
    network: 'g40-sociale-pijler',
    source: PEER_SOURCE,
  }),
  peerNetwork({
    id: 'g40-bestuurlijke-kennisdeling',
    title: { nl: 'Bestuurlijke kennisdeling in het G40 Stedennetwerk', en: 'Knowledge sharing among administrators in the G40 city network' },
    provider: 'G40 Stedennetwerk',
    description: {
      nl: 'Binnen het G40 Stedennetwerk wordt op bestuurlijk niveau kennisdeling gefaciliteerd (2.1).',
      en: 'Within the G40 city network, knowledge sharing is facilitated at administrative level (2.1).',
    },
    themes: ['area-based-working'],
    targetGroups: ['administrator'],
    network: 'g40',
    source: { section: '2.1', quote: 'Op bestuurlijk niveau wordt binnen de G4 en het G40 Stedennetwerk kennisdeling gefaciliteerd' },
  }),
  peerNetwork({
    id: 'g4-bestuurlijke-kennisdeling',
    title: { nl: 'Bestuurlijke kennisdeling in de G4', en: 'Knowledge sharing among administrators in the G4' },
    provider: 'G4',
    description: {
      nl: 'Binnen de G4 wordt op bestuurlijk niveau kennisdeling gefaciliteerd (2.1).',
      en: 'Within the G4, knowledge sharing is facilitated at administrative level (2.1).',
    },
    themes: ['area-based-working'],
    targetGroups: ['administrator'],
    network: 'g4',
    source: { section: '2.1', quote: 'Op bestuurlijk niveau wordt binnen de G4 en het G40 Stedennetwerk kennisdeling gefaciliteerd' },
  }),
  peerNetwork({
    id: 'lpb',
    title: { nl: 'LPB', en: 'LPB' },
    provider: 'LPB',
    description: join(
      { nl: 'Bestaand netwerk, genoemd als voorbeeld van leren via netwerken en verenigingen.', en: 'Existing network, named as an example of learning through networks and associations.' },
      PEER_LEARNING,
    ),
    themes: ['area-based-working'],
    targetGroups: ['professional'],
    network: 'lpb',
    source: PEER_SOURCE,
  }),
  peerNetwork({
    id: 'lsa-bewoners',
    title: { nl: 'LSA Bewoners', en: 'LSA Bewoners' },
    provider: 'LSA Bewoners',
    description: join(
      {
        nl: 'Bestaand netwerk van bewoners, genoemd als voorbeeld van leren via netwerken. Volgens wijkprofessionals voorziet het huidige aanbod van LSA Bewoners al goed in hun leerbehoefte (2.3).',
        en: 'Existing network of residents, named as an example of learning through networks. According to neighbourhood professionals, what LSA Bewoners offers already meets their learning needs well (2.3).',
      },
      PEER_LEARNING,
    ),
    themes: ['participation'],
    targetGroups: ['resident', 'professional'],
    network: 'lsa-bewoners',
    source: PEER_SOURCE,
  }),
  peerNetwork({
    id: 'krachtproef',
    title: { nl: 'Krachtproef', en: 'Krachtproef' },
    provider: 'Krachtproef',
    description: join(
      {
        nl: 'Bestaand netwerk uit het opbouwwerk, genoemd als voorbeeld van leren via netwerken. Volgens wijkprofessionals voorziet het huidige aanbod van Krachtproef al goed in hun leerbehoefte (2.3).',
        en: 'Existing network from community development work, named as an example of learning through networks. According to neighbourhood professionals, what Krachtproef offers already meets their learning needs well (2.3).',
      },
      PEER_LEARNING,
    ),
    themes: ['participation'],
    targetGroups: ['professional'],
    network: 'krachtproef',
    source: PEER_SOURCE,
  }),
  peerNetwork({
    id: 'lppw',
    title: { nl: 'Landelijk Platform Professie Wijkagent (LPPW)', en: 'National Platform for the Community Police Officer Profession (LPPW)' },
    provider: 'Landelijk Platform Professie Wijkagent (LPPW)',
    description: join(
      { nl: 'Landelijk platform van wijkagenten (bijlage 4, tabel B4.1).', en: 'National platform of community police officers (annex 4, table B4.1).' },
      PEER_LEARNING,
    ),
    themes: ['safety'],
    targetGroups: ['professional'],
    network: 'lppw',
    source: { section: 'bijlage 4, tabel B4.1', quote: 'Landelijk Platform Professie Wijkagent (LPPW)' },
  }),
  peerNetwork({
    id: 'forum-stedelijke-vernieuwing',
    title: { nl: 'Forum voor Stedelijke Vernieuwing', en: 'Forum for Urban Renewal' },
    provider: 'Forum voor Stedelijke Vernieuwing',
    description: {
      nl: 'Vakinhoudelijk bestuurdersnetwerk waarin kennis en ervaringen worden uitgewisseld (2.1).',
      en: 'Subject-matter network of administrators in which knowledge and experience are exchanged (2.1).',
    },
    themes: ['housing'],
    targetGroups: ['administrator'],
    network: 'forum-stedelijke-vernieuwing',
    source: ADMINISTRATOR_SOURCE,
  }),
  peerNetwork({
    id: 'vereniging-directeuren-sociaal-domein',
    title: { nl: 'Vereniging van directeuren Sociaal Domein', en: 'Association of Social Domain Directors' },
    provider: 'Vereniging van directeuren Sociaal Domein',
    description: {
      nl: 'Vakinhoudelijk bestuurdersnetwerk waarin kennis en ervaringen worden uitgewisseld (2.1).',
      en: 'Subject-matter network of administrators in which knowledge and experience are exchanged (2.1).',
    },
    themes: ['health-care'],
    targetGroups: ['administrator'],
    network: 'vereniging-directeuren-sociaal-domein',
    source: ADMINISTRATOR_SOURCE,
  }),
  peerNetwork({
    id: 'aedes-rol-corporaties-leefbaarheid',
    title: { nl: 'Aedes: de rol van corporaties op het terrein van leefbaarheid', en: 'Aedes: the role of housing corporations in liveability' },
    provider: 'Aedes',
    description: {
      nl: 'Bij koepelorganisatie Aedes, en bij kenniscentra, krijgt de rol van corporaties op het terrein van leefbaarheid momenteel (opnieuw) aandacht; leeraanbod hierover lijkt volop in ontwikkeling (3.1).',
      en: 'At the umbrella organisation Aedes, and at knowledge centres, the role of housing corporations in liveability is (again) getting attention; learning offerings on it appear to be in full development (3.1).',
    },
    themes: ['housing'],
    targetGroups: ['policymaker'],
    network: 'aedes',
    agendaItems: ['gap-6'],
    source: {
      section: '3.1',
      quote: 'Zowel bij kenniscentra als bij koepelorganisatie Aedes krijgt dit thema momenteel (opnieuw) aandacht',
    },
  }),
  peerNetwork({
    id: 'ella-vogelaar-academie',
    title: { nl: 'Ella Vogelaar Academie', en: 'Ella Vogelaar Academie' },
    provider: 'Ella Vogelaar Academie',
    description: {
      nl: 'Academie in het netwerk waarin de survey naar bestaand leeraanbod is verspreid (1.4); in bijlage 4 genoemd als NLZVE/Vogelaar Academie, die bewoners vertegenwoordigt (tabel B4.2).',
      en: 'Academy in the network through which the survey on existing learning offerings was spread (1.4); listed in annex 4 as NLZVE/Vogelaar Academie, representing residents (table B4.2).',
    },
    themes: ['participation'],
    targetGroups: ['resident'],
    learningForms: ['training'],
    network: 'ella-vogelaar-academie',
    source: { section: 'bijlage 4, tabel B4.2', quote: 'NLZVE/Vogelaar Academie' },
  }),
];

/** Local learning practices of knowledge organisations (section 2.1): local, vertical. */
function localPractice(id: string, provider: string, network: string, themes: Offering['themes']): Offering {
  return {
    id: `lerende-praktijken-${id}`,
    title: { nl: `Lokale lerende praktijken (${provider})`, en: `Local learning practices (${provider})` },
    provider,
    description: LOCAL_PRACTICE,
    themes,
    targetGroups: LOCAL_PRACTICE_GROUPS,
    learningForms: ['learning-community'],
    scale: ['local'],
    direction: ['vertical'],
    domainScope: ['within-domain'],
    network,
    source: LOCAL_PRACTICE_SOURCE,
  };
}

const localPractices: Offering[] = [
  localPractice('platform31', 'Platform31', 'platform31', ['housing', 'neighbourhood-approach', 'area-based-working']),
  localPractice('movisie', 'Movisie', 'movisie', ['health-care', 'participation']),
  localPractice('ccv', 'CCV', 'ccv', ['safety']),
  localPractice('kis', 'KIS', 'kis', ['participation']),
  localPractice('pharos', 'Pharos', 'pharos', ['health-care']),
  localPractice('platform-stad-en-wijk', 'Platform Stad en Wijk', 'platform-stad-en-wijk', ['area-based-working']),
];

/** Learning and knowledge infrastructures (section 2.1) and cross-domain collaborations (section 4.4). */
const infrastructures: Offering[] = [
  {
    id: 'werkplaatsen-sociaal-domein',
    title: { nl: 'Werkplaatsen sociaal domein', en: 'Social-domain workshops' },
    provider: 'Werkplaatsen sociaal domein',
    description: WORKPLACE,
    themes: ['health-care'],
    targetGroups: ['policymaker', 'professional'],
    learningForms: ['knowledge-workshop'],
    scale: ['regional', 'local'],
    direction: ['vertical'],
    domainScope: ['within-domain'],
    network: 'werkplaatsen-sociaal-domein',
    source: WORKPLACE_SOURCE,
  },
  {
    id: 'academische-werkplaatsen',
    title: { nl: 'Academische werkplaatsen', en: 'Academic workshops' },
    provider: 'Academische werkplaatsen',
    description: WORKPLACE,
    themes: ['health-care'],
    targetGroups: ['policymaker', 'professional'],
    learningForms: ['knowledge-workshop'],
    scale: ['regional', 'local'],
    direction: ['vertical'],
    domainScope: ['within-domain'],
    network: 'academische-werkplaatsen',
    source: WORKPLACE_SOURCE,
  },
  {
    id: 'kenniswerkplaats-leefbare-wijken',
    title: { nl: 'Kenniswerkplaats Leefbare Wijken', en: 'Knowledge Workshop on Liveable Neighbourhoods' },
    provider: 'Kenniswerkplaats Leefbare Wijken',
    description: join(
      {
        nl: 'Kenniswerkplaats in Rotterdam, met de Erasmus Universiteit Rotterdam (bijlage 4, tabel B4.4).',
        en: 'Knowledge workshop in Rotterdam, with Erasmus University Rotterdam (annex 4, table B4.4).',
      },
      CROSS_DOMAIN_COLLABORATION,
    ),
    themes: ['area-based-working', 'neighbourhood-approach'],
    targetGroups: LOCAL_PRACTICE_GROUPS,
    learningForms: ['knowledge-workshop'],
    scale: ['local', 'regional'],
    direction: ['vertical'],
    domainScope: ['cross-domain'],
    region: 'Rotterdam',
    network: 'kenniswerkplaats-leefbare-wijken',
    source: CROSS_DOMAIN_SOURCE,
  },
  {
    id: 'city-deals',
    title: { nl: 'City Deals', en: 'City Deals' },
    provider: 'Overheid en maatschappelijke organisaties',
    description: CROSS_DOMAIN_COLLABORATION,
    themes: ['area-based-working'],
    targetGroups: ALL_GROUPS,
    learningForms: ['living-lab'],
    scale: ['national', 'local'],
    direction: ['vertical'],
    domainScope: ['cross-domain'],
    source: CROSS_DOMAIN_SOURCE,
  },
];

/** Activities of the Learning Network and the programme itself (sections 1, 1.1, 1.4 and annex 4). */
const programmeActivities: Offering[] = [
  {
    id: 'project-buurtbouwers',
    title: { nl: 'Project buurtbouwers', en: 'Neighbourhood builders project' },
    provider: 'LSA Bewoners',
    description: {
      nl: 'Project over buurtbouwers, uitgevoerd door LSA Bewoners. Het ging in de zomer van 2020 van start als onderdeel van het nieuw te ontwikkelen Leernetwerk Leefbaarheid en Veiligheid (1.1).',
      en: 'Project on neighbourhood builders, run by LSA Bewoners. It started in the summer of 2020 as part of the Learning Network on Liveability and Safety that is being developed (1.1).',
    },
    themes: ['participation'],
    targetGroups: ['resident'],
    learningForms: ['learning-community'],
    scale: ['national'],
    direction: ['horizontal'],
    domainScope: ['within-domain'],
    network: 'lsa-bewoners',
    source: { section: '1.1', quote: 'een project over buurtbouwers (uitgevoerd door LSA Bewoners)' },
  },
  {
    id: 'project-wijkprofielen-buurtagendas',
    title: { nl: "Project wijkprofielen en buurtagenda's", en: 'Neighbourhood profiles and neighbourhood agendas project' },
    provider: 'Platform31 en Movisie',
    description: {
      nl: "Project over het ontwikkelen van buurtagenda's en wijkprofielen, uitgevoerd door Platform31 en Movisie. Het ging in de zomer van 2020 van start als onderdeel van het nieuw te ontwikkelen Leernetwerk Leefbaarheid en Veiligheid (1.1).",
      en: 'Project on developing neighbourhood agendas and neighbourhood profiles, run by Platform31 and Movisie. It started in the summer of 2020 as part of the Learning Network on Liveability and Safety that is being developed (1.1).',
    },
    themes: ['neighbourhood-approach', 'participation'],
    targetGroups: LOCAL_PRACTICE_GROUPS,
    learningForms: ['learning-community'],
    scale: ['local'],
    direction: ['vertical'],
    domainScope: ['cross-domain'],
    network: 'platform31',
    source: {
      section: '1.1',
      quote: "een project over het ontwikkelen van buurtagenda's en wijkprofielen (uitgevoerd door Platform31 en Movisie)",
    },
  },
  {
    id: 'bijeenkomst-werken-aan-leefbare-wijken',
    title: { nl: 'Bijeenkomst Werken aan leefbare wijken', en: 'Meeting: Working on liveable neighbourhoods' },
    provider: 'Platform31',
    description: {
      nl: 'Online bijeenkomst van Platform31 voor professionals; deelnemers is gevraagd welke vraagstukken aandacht verdienen in het leernetwerk (1.4, bijlage 4, tabel B4.3).',
      en: 'Online meeting by Platform31 for professionals; participants were asked which issues deserve attention in the learning network (1.4, annex 4, table B4.3).',
    },
    themes: ['area-based-working'],
    targetGroups: ['professional'],
    learningForms: ['inspiration-session'],
    scale: ['national'],
    direction: ['horizontal'],
    domainScope: ['within-domain'],
    duration: 'one-off',
    network: 'platform31',
    source: { section: 'bijlage 4, tabel B4.3', quote: 'Bijeenkomst Werken aan leefbare wijken (P31)' },
  },
  {
    id: 'bijeenkomst-wijkprofielen-buurtagendas',
    title: { nl: "Bijeenkomst Wijkprofielen & buurtagenda's", en: 'Meeting: Neighbourhood profiles and neighbourhood agendas' },
    provider: 'Platform31 en Movisie',
    description: {
      nl: 'Online bijeenkomst van Platform31 en Movisie voor beleidsmakers, professionals en bewoners; deelnemers is gevraagd welke vraagstukken aandacht verdienen in het leernetwerk (1.4, bijlage 4, tabel B4.3).',
      en: 'Online meeting by Platform31 and Movisie for policymakers, professionals and residents; participants were asked which issues deserve attention in the learning network (1.4, annex 4, table B4.3).',
    },
    themes: ['neighbourhood-approach', 'participation'],
    targetGroups: LOCAL_PRACTICE_GROUPS,
    learningForms: ['inspiration-session'],
    scale: ['national'],
    direction: ['vertical'],
    domainScope: ['cross-domain'],
    duration: 'one-off',
    network: 'platform31',
    source: { section: 'bijlage 4, tabel B4.3', quote: "Bijeenkomst Wijkprofielen & buurtagenda's (P31 & Movisie)" },
  },
  {
    id: 'leerkring-spoor-1',
    title: { nl: 'Leerkring spoor 1 programma Leefbaarheid en Veiligheid', en: 'Learning circle, track 1 of the Liveability and Safety programme' },
    provider: 'Interbestuurlijk Programma Leefbaarheid en Veiligheid',
    description: {
      nl: 'Leerkring voor beleidsmakers in spoor 1 van het programma: de verkenning en benutting van integrale ontwikkelingsmogelijkheden in 16 grotere stedelijke vernieuwingsgebieden (1, bijlage 4, tabel B4.1).',
      en: 'Learning circle for policymakers in track 1 of the programme: exploring and using integrated development opportunities in 16 larger urban renewal areas (1, annex 4, table B4.1).',
    },
    themes: ['area-based-working', 'neighbourhood-approach'],
    targetGroups: ['policymaker'],
    learningForms: ['learning-circle'],
    scale: ['national'],
    direction: ['horizontal'],
    domainScope: ['cross-domain'],
    network: 'leerkring-spoor-1',
    source: { section: 'bijlage 4, tabel B4.1', quote: 'Leerkring spoor 1 programma L&V' },
  },
  {
    id: 'wijkwijzer',
    title: { nl: 'WijkWijzer', en: 'WijkWijzer' },
    provider: 'Samenwerkende kennisorganisaties',
    description: {
      nl: 'Het online Kennisplatform Leefbaarheid en Veiligheid, gelanceerd in januari 2021 (1.1). Het biedt nieuws en informatie over bijeenkomsten en programma’s van het Leernetwerk en gebruikers kunnen er hun (leer)vragen indienen (4.1). De kennisbank (\'Verdieping\') volgt de indeling van de leeragenda in inhoudelijke en procesmatige thema’s (2.2).',
      en: 'The online Knowledge Platform on Liveability and Safety, launched in January 2021 (1.1). It offers news and information on meetings and programmes of the Learning Network, and users can submit their (learning) questions there (4.1). Its knowledge base (\'Verdieping\') follows the learning agenda’s division into content and process themes (2.2).',
    },
    themes: [
      'education', 'work', 'poverty-debt', 'safety', 'housing', 'health-care', 'energy-transition',
      'participation', 'area-based-working', 'neighbourhood-approach',
    ],
    targetGroups: ALL_GROUPS,
    learningForms: ['online-community'],
    scale: ['national'],
    direction: ['horizontal', 'vertical'],
    domainScope: ['within-domain', 'cross-domain'],
    network: 'wijkwijzer',
    source: {
      section: '4.1',
      quote:
        'Nieuws en informatie over bijeenkomsten en programma\'s die deel uitmaken van het Leernetwerk Leefbaarheid en Veiligheid wordt aangeboden via WijkWijzer, het online Kennisplatform Leefbaarheid en Veiligheid. Via dit platform kunnen gebruikers tevens hun (leer)vragen indienen.',
    },
  },
];

/**
 * The learning offerings and activities the report names or describes. Annex 2 (the inventory of
 * existing offerings) is not in the seed, so this is what the text itself shows; the report gives no
 * urls or contacts for them.
 */
export const offerings: Offering[] = [...peerNetworks, ...localPractices, ...infrastructures, ...programmeActivities];
