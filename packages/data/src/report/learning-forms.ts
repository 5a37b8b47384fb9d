import type { LearningFormRecord } from '@leernetwerk/sdk';

const LOOSE_TERMS = {
  section: '2.1',
  quote:
    'In de praktijk worden allerlei verschillende, op elkaar lijkende termen gehanteerd om een leertraject of lerend netwerk te benoemen, zoals: leergemeenschap, Living labs, Community of practice, kenniswerkplaats, etc.',
};

/**
 * The learning forms the report names. Light forms are easy to organise (inspiration sessions,
 * intervisie); intensive ones are systematic (section 4.2). The report notes the terms are used
 * loosely, so `synonyms` holds the words people use for each.
 */
export const learningForms: LearningFormRecord[] = [
  {
    id: 'learning-community',
    label: { nl: 'Leergemeenschap', en: 'Learning community' },
    description: {
      nl: 'Een groep die langere tijd samen leert en kennis ontwikkelt rond een gedeeld vraagstuk.',
      en: 'A group that learns and develops knowledge together around a shared issue over a longer period.',
    },
    intensity: 'intensive',
    synonyms: [
      'leergemeenschap', 'leergemeenschappen', 'lerende gemeenschap', 'lerend netwerk', 'leernetwerk',
      'lerende praktijk', 'lerende praktijken', 'leertraject', 'learning community', 'learning network',
    ],
    source: LOOSE_TERMS,
  },
  {
    id: 'living-lab',
    label: { nl: 'Living lab', en: 'Living lab' },
    description: {
      nl: 'Experimenteren met nieuwe aanpakken in de echte praktijk, samen met gebruikers en bewoners.',
      en: 'Experimenting with new approaches in real-life practice, together with users and residents.',
    },
    intensity: 'intensive',
    synonyms: ['living lab', 'living labs', 'proeftuin', 'proeftuinen', 'praktijklab', 'wijklab', 'experimenteerruimte', 'field lab', 'fieldlab'],
    source: LOOSE_TERMS,
  },
  {
    id: 'community-of-practice',
    label: { nl: 'Community of practice', en: 'Community of practice' },
    description: {
      nl: 'Vakgenoten die rond hun gezamenlijke praktijk kennis en ervaringen blijven delen.',
      en: 'Practitioners who keep sharing knowledge and experience around their shared practice.',
    },
    intensity: 'intensive',
    synonyms: ['community of practice', 'communities of practice', 'cop', 'praktijkgemeenschap', 'beroepsgemeenschap', 'vakgemeenschap'],
    source: LOOSE_TERMS,
  },
  {
    id: 'knowledge-workshop',
    label: { nl: 'Kenniswerkplaats', en: 'Knowledge workshop' },
    description: {
      nl: 'Een samenwerking waarin onderzoek, onderwijs, beleid en praktijk samen kennis ontwikkelen, zoals de werkplaatsen sociaal domein en academische werkplaatsen.',
      en: 'A collaboration in which research, education, policy and practice develop knowledge together, such as the social-domain workshops and academic workshops.',
    },
    intensity: 'intensive',
    synonyms: [
      'kenniswerkplaats', 'kenniswerkplaatsen', 'werkplaats', 'werkplaatsen', 'werkplaats sociaal domein',
      'academische werkplaats', 'kennisatelier', 'knowledge workshop', 'academic workshop',
    ],
    source: LOOSE_TERMS,
  },
  {
    id: 'intervisie',
    label: { nl: 'Intervisie', en: 'Peer consultation (intervisie)' },
    description: {
      nl: 'In een kleine groep elkaars werkpraktijk en casussen bespreken en van elkaar leren.',
      en: 'Discussing each other’s practice and cases in a small group and learning from each other.',
    },
    intensity: 'light',
    synonyms: [
      'intervisie', 'intervisiegroep', 'intercollegiale consultatie', 'intercollegiaal overleg', 'casuïstiekbespreking',
      'casusbespreking', 'moreel beraad', 'peer consultation', 'peer supervision', 'peer review',
    ],
    source: {
      section: '2.3',
      quote:
        'Er is interesse om in klein verband kennis te delen op basis van intervisie, met gelijkgestemden.',
    },
  },
  {
    id: 'masterclass',
    label: { nl: 'Masterclass', en: 'Masterclass' },
    description: {
      nl: 'Een eenmalige sessie met een laagdrempelige instap, waarin een expert kennis deelt.',
      en: 'A one-off, easy-to-join session in which an expert shares knowledge.',
    },
    intensity: 'light',
    synonyms: ['masterclass', 'masterclasses', 'gastcollege', 'expertsessie', 'lezing', 'kennissessie', 'expert session', 'lecture'],
    source: {
      section: '2.3',
      quote: 'Er is interesse in eenmalige sessies met een laagdrempelige instap, zoals masterclasses.',
    },
  },
  {
    id: 'excursion',
    label: { nl: 'Excursie of werkbezoek', en: 'Excursion or working visit' },
    description: {
      nl: 'Op bezoek bij een andere wijk of praktijk om ter plekke van elkaar te leren.',
      en: 'Visiting another neighbourhood or practice to learn from each other on the spot.',
    },
    intensity: 'light',
    synonyms: [
      'excursie', 'excursies', 'werkbezoek', 'werkbezoeken', 'locatiebezoek', 'expeditie', 'wijkbezoek',
      'buurtsafari', 'wijkschouw', 'uitwisselingsbezoek', 'study tour', 'field trip', 'site visit', 'exchange visit',
    ],
    source: {
      section: '2.3',
      quote: 'leren van best practices (excursies andere wijken en leren van elkaar, locatiebezoek etc.)',
    },
  },
  {
    id: 'training',
    label: { nl: 'Training', en: 'Training' },
    description: {
      nl: 'Kennis en vaardigheden overdragen via een min of meer vast programma.',
      en: 'Passing on knowledge and skills through a more or less fixed programme.',
    },
    intensity: 'light',
    synonyms: ['training', 'trainingen', 'cursus', 'cursussen', 'opleiding', 'scholing', 'leergang', 'workshop', 'course'],
    source: { section: '2.3', quote: 'Trainingen zijn ook een vorm om ervaringen rond best practices te delen.' },
  },
  {
    id: 'inspiration-session',
    label: { nl: 'Inspiratiesessie', en: 'Inspiration session' },
    description: {
      nl: 'Een bijeenkomst met inspirerende verhalen en voorbeelden uit de praktijk.',
      en: 'A meeting with inspiring stories and examples from practice.',
    },
    intensity: 'light',
    synonyms: [
      'inspiratiesessie', 'inspiratiesessies', 'inspiratiebijeenkomst', 'bijeenkomst', 'bijeenkomsten',
      'webinar', 'webinars', 'congres', 'symposium', 'kennisbijeenkomst', 'netwerkbijeenkomst', 'meetup',
      'inspiration session', 'meeting',
    ],
    source: {
      section: '4.2',
      quote:
        "Uit de inventarisatie weten we er zowel vraag als aanbod is in 'lichtere' c.q. eenvoudiger te organiseren vormen van leren (zoals inspiratiesessies en intervisie)",
    },
  },
  {
    id: 'action-research',
    label: { nl: 'Actieonderzoek', en: 'Action research' },
    description: {
      nl: 'Praktijkgericht, actiegericht onderzoek waarin deelnemers al doende leren.',
      en: 'Practice-based, action-oriented research in which participants learn by doing.',
    },
    intensity: 'intensive',
    synonyms: [
      'actieonderzoek', 'actiegericht onderzoek', 'participatief actieonderzoek', 'praktijkgericht onderzoek',
      'praktijkonderzoek', 'onderzoekend leren', 'action research', 'participatory action research',
    ],
    source: {
      section: '2.3',
      quote:
        'Zij geven een voorkeur aan interactieve vormen: in kleine groepen, inspirerend, bijvoorbeeld door middel van actiegericht onderzoek.',
    },
  },
  {
    id: 'learning-circle',
    label: { nl: 'Leerkring', en: 'Learning circle' },
    description: {
      nl: 'Een vaste groep die in een reeks bijeenkomsten rond een thema leert.',
      en: 'A fixed group that learns about a theme in a series of meetings.',
    },
    intensity: 'intensive',
    synonyms: ['leerkring', 'leerkringen', 'kenniskring', 'kenniskringen', 'leer- en kenniskring', 'studiekring', 'leertafel', 'learning circle'],
    source: {
      section: '4.1',
      quote:
        'Daarbinnen vindt kennisdeling en onderling leren plaats door uiteenlopende landelijke, regionale lokale leer- en kennisnetwerken, leer- en kenniskringen of leergemeenschappen.',
    },
  },
  {
    id: 'online-community',
    label: { nl: 'Online community', en: 'Online community' },
    description: {
      nl: 'Online leren en uitwisselen via een digitale community of kennisplatform.',
      en: 'Learning and exchanging online through a digital community or knowledge platform.',
    },
    intensity: 'light',
    synonyms: [
      'online community', 'digitale community', 'digitale communities', 'online platform', 'kennisplatform',
      'online netwerk', 'digitaal netwerk', 'forum', 'online leren', 'digital community',
    ],
    source: {
      section: '2.3',
      quote: 'Tot slot is er behoefte om het leren online te organiseren en uit te wisselen via digitale communities.',
    },
  },
  {
    id: 'city-lab',
    label: { nl: 'Stadslab', en: 'City lab' },
    description: {
      nl: 'Leren met de stad: gemeente, stadsmakers en bewoners werken samen aan lokale opgaven.',
      en: 'Learning with the city: municipality, city makers and residents work together on local tasks.',
    },
    intensity: 'intensive',
    synonyms: ['stadslab', 'stadslabs', 'stadlab', 'stadlabs', 'stadsmakers', 'stadmakers', 'buurtlab', 'city lab', 'urban lab'],
    source: {
      section: '2.3',
      quote:
        'Ook is benoemd dat leren met de stad (bijv. via stadlabs en de inzet van stadsmakers) een wenselijke manier is om op lokaal niveau met elkaar te leren.',
    },
  },
  {
    id: 'peer-network',
    label: { nl: 'Netwerk van vakgenoten', en: 'Peer network' },
    description: {
      nl: 'Kennis delen binnen een netwerk, vak- of beroepsvereniging, belangen- of brancheorganisatie van vakgenoten of actieve bewoners.',
      en: 'Sharing knowledge within a network, professional association, interest group or branch organisation of peers or active residents.',
    },
    intensity: 'light',
    synonyms: [
      'netwerk', 'vakgenoten', 'vakgenotennetwerk', 'beroepsvereniging', 'vakvereniging', 'brancheorganisatie',
      'belangenorganisatie', 'koepelorganisatie', 'themagroep', 'bestuurdersnetwerk', 'stedennetwerk',
      'platform', 'peer network', 'professional association',
    ],
    source: {
      section: '2.1',
      quote: 'Leren en kennisdeling vindt plaats via bestaande netwerken, vak- en beroepsverenigingen, belangen- en brancheorganisaties.',
    },
  },
];
