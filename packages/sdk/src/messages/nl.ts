import type { GapDimension } from '../gaps/types.js';
import type { ProblemParams } from '../parse/index.js';
import { capitalise, param, paramList, paramNumber, received, wholeOf } from './params.js';
import type { FindingLookup, FindingOf, Messages } from './types.js';

const quote = (text: string): string => `"${text}"`;

const and = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;

const valueType = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee (true of false)',
  null: 'null (leeg)',
  undefined: 'niets',
  array: 'een lijst',
  object: 'een object met velden',
  other: 'iets anders',
} as const;

const expected = (params: ProblemParams): string => {
  const type = param(params, 'expected') ?? 'other';
  return type in valueType ? valueType[type as keyof typeof valueType] : type;
};

/** ` — kreeg "landelijk"`, or nothing when the problem does not say (a question never does). */
const got = (params: ProblemParams): string => {
  const value = received(params, valueType, quote);
  return value === undefined ? '' : ` — kreeg ${value}`;
};

/** A wrong text needs no "got text": the expected values say enough. */
const gotOther = (params: ProblemParams): string =>
  param(params, 'received') === undefined && param(params, 'receivedType') === 'string' ? '' : got(params);

/** Dataset problems name the id; problems of an offering from a form do not repeat what was typed. */
const reference = (noun: string, which: string) => (params: ProblemParams) => {
  const id = param(params, 'id');
  const droppedAt = param(params, 'droppedAt');
  if (id === undefined) return `verwijst naar een ${noun} ${which} niet in de dataset staat`;
  return droppedAt === undefined
    ? `verwijst naar ${noun} ${quote(id)}, dat niet in de dataset staat`
    : `verwijst naar ${noun} ${quote(id)}, dat is overgeslagen (${droppedAt})`;
};

const field = {
  title: 'de titel',
  summary: 'de samenvatting',
  questions: 'de leervragen',
  themes: "de thema's",
  description: 'de beschrijving',
  provider: 'de aanbieder',
  learningForms: 'de leervormen',
  text: 'de vraag',
} as const;
const anyField = 'de tekst';
const fieldName = (name: string): string => (name in field ? field[name as keyof typeof field] : anyField);

const format = {
  id: 'geen geldige id: alleen kleine letters, cijfers en streepjes (zoals "wijk-aanpak")',
  url: 'geen geldig webadres (http of https)',
  date: 'geen geldige datum (JJJJ-MM-DD)',
  pattern: 'heeft niet de juiste vorm',
} as const;

/** Theme names are capitalised and may contain "en" or commas: quoted inside a sentence. */
const nameQuote = (text: string): string => `‘${text}’`;
const valueName = (t: FindingLookup, dimension: GapDimension, value: string): string =>
  dimension === 'theme' ? nameQuote(t.label('theme', value)) : t.label(dimension, value);
const valueNames = (t: FindingLookup, dimension: GapDimension, values: readonly string[]): string =>
  and([...new Set(values)].map((value) => valueName(t, dimension, value)));

/** The offerings that carry a value (or several, already joined): `leeraanbod over ‘Werk’`, `leeraanbod dat lokaal is`. */
const offeringsWith = (dimension: GapDimension, values: string): string => {
  switch (dimension) {
    case 'theme':
      return `leeraanbod over ${values}`;
    case 'targetGroup':
    case 'direction':
      return `leeraanbod voor ${values}`;
    case 'scale':
    case 'domainScope':
      return `leeraanbod dat ${values} is`;
  }
};

/** `, vergeleken met …` naming the better supplied values; adjectives (lokaal, domeinoverstijgend) need their noun. */
const comparedWith = (dimension: GapDimension, others: string): string => {
  if (others === '') return '';
  return `, vergeleken met ${dimension === 'scale' || dimension === 'domainScope' ? offeringsWith(dimension, others) : others}`;
};
const offeringCount = (n: number): string => (n === 1 ? '1 leeraanbieding' : `${n} leeraanbiedingen`);
/** After a count of offerings, the one value they carry: `voor ‘Wonen’`, `die lokaal zijn`. */
const forValue = (dimension: GapDimension, value: string, count: number): string =>
  dimension === 'scale' || dimension === 'domainScope' ? `die ${value} ${count === 1 ? 'is' : 'zijn'}` : `voor ${value}`;
const cell = (f: FindingOf<'uncovered'>, t: FindingLookup): string =>
  `${valueName(t, 'theme', f.theme)} voor ${t.label('targetGroup', f.targetGroup)}`;
const uncoveredLead = 'Vraag zonder enig leeraanbod';

export const nl: Messages = {
  lang: 'nl',
  vocabulary: {
    targetGroup: {
      administrator: 'bestuurders',
      policymaker: 'beleidsmakers',
      professional: '(wijk)professionals',
      resident: 'bewoners',
    },
    scale: {
      local: 'lokaal',
      regional: 'regionaal',
      national: 'landelijk',
      organisation: 'binnen de eigen organisatie',
    },
    direction: { horizontal: 'horizontaal leren', vertical: 'verticaal leren' },
    domainScope: { 'within-domain': 'binnen het eigen domein', 'cross-domain': 'domeinoverstijgend' },
    duration: { 'one-off': 'eenmalig', short: 'kortlopend', 'long-running': 'langlopend' },
    learningForm: {
      'learning-community': 'leergemeenschap',
      'living-lab': 'living lab',
      'community-of-practice': 'community of practice',
      'knowledge-workshop': 'kenniswerkplaats',
      intervisie: 'intervisie',
      masterclass: 'masterclass',
      excursion: 'excursie of werkbezoek',
      training: 'training',
      'inspiration-session': 'inspiratiesessie',
      'action-research': 'actiegericht onderzoek',
      'learning-circle': 'leerkring',
      'online-community': 'online community',
      'city-lab': 'stadslab',
      'peer-network': 'netwerk van vakgenoten',
    },
    learningFormIntensity: {
      light: 'licht en eenvoudig te organiseren',
      intensive: 'intensief en systematisch',
    },
    peerMix: { peers: 'met vakgenoten of gelijkgestemden', mixed: 'met een mix van disciplines' },
    organisationType: {
      municipality: 'gemeente',
      'housing-corporation': 'woningcorporatie',
      'care-welfare': 'zorg- of welzijnsorganisatie',
      police: 'politie',
      school: 'school',
      'knowledge-institute': 'kennisinstelling',
      'resident-initiative': 'bewonersinitiatief',
      other: 'andere organisatie',
    },
    agendaItemKind: {
      priority: 'prioritair vraagstuk',
      'content-gap': 'inhoudelijke witte vlek',
      'organisational-gap': 'witte vlek in het organiseren van leren',
    },
    themeKind: { content: 'inhoudelijk thema', process: 'procesthema' },
    networkKind: {
      'peer-network': 'netwerk van vakgenoten',
      'knowledge-organisation': 'kennisorganisatie',
      'knowledge-infrastructure': 'leer- en kennisinfrastructuur',
      programme: 'programma',
      platform: 'platform',
      project: 'project',
    },
    representedGroup: {
      administrator: 'bestuurders',
      policymaker: 'beleidsmakers',
      professional: '(wijk)professionals',
      resident: 'bewoners',
      other: 'overig',
    },
    supportLevel: {
      'self-organised': 'zelf organiseren, met hulp van het coördinatieteam',
      'set-up-together': 'samen met het coördinatieteam opzetten',
    },
  },
  valueType,
  format,
  field,
  anyField,
  reason: {
    term: (p) => {
      const terms = and(paramList(p, 'terms').map(quote)) || 'uw zoekwoorden';
      const fields = and([...new Set(paramList(p, 'fields').map(fieldName))]);
      return fields === '' ? `komt overeen met ${terms}` : `komt overeen met ${terms} in ${fields}`;
    },
    theme: (p, t) => `gaat over het thema ${quote(t.label('theme', param(p, 'theme') ?? '?'))}`,
    'target-group': (p, t) => `bedoeld voor ${t.label('targetGroup', param(p, 'targetGroup') ?? '?')}`,
    scale: (p, t) => `op de gewenste schaal (${t.label('scale', param(p, 'scale') ?? '?')})`,
    'learning-form': (p, t) => `leervorm: ${t.label('learningForm', param(p, 'learningForm') ?? '?')}`,
    direction: (p, t) => `${t.label('direction', param(p, 'direction') ?? '?')}, zoals gewenst`,
    'domain-scope': (p, t) => `${t.label('domainScope', param(p, 'domainScope') ?? '?')} leren, zoals gewenst`,
    'cross-domain': () => 'domeinoverstijgend leren, waar het rapport om vraagt',
    'peer-mix': (p, t) => `leren ${t.label('peerMix', param(p, 'peerMix') ?? '?')}, zoals gewenst`,
    region: (p) => `in de regio ${param(p, 'region') ?? '?'}`,
    duration: (p, t) => `${t.label('duration', param(p, 'duration') ?? '?')}, zoals gewenst`,
    'learning-need': (p, t) => {
      const group = param(p, 'targetGroup') ?? '?';
      const need = t.learningNeed(group, param(p, 'need') ?? '');
      const who = `past bij een leerbehoefte van ${t.label('targetGroup', group)}`;
      return need === undefined ? who : `${who}: ${quote(need)}`;
    },
    'agenda-link': (p, t) => `hoort bij het agendapunt ${quote(t.label('agendaItem', param(p, 'agendaItem') ?? '?'))}`,
    'white-spot': () => 'witte vlek: er is vraag, maar (nog) weinig aanbod',
    priority: (p) => `prioritair vraagstuk ${param(p, 'number') ?? '?'} van de leeragenda`,
  },
  problem: {
    'invalid-json': (p) => {
      const line = param(p, 'line');
      const column = param(p, 'column');
      return line === undefined ? 'dit is geen geldige JSON' : `dit is geen geldige JSON (regel ${line}, kolom ${column ?? '?'})`;
    },
    'not-an-object': (p) => `verwacht een object met velden${got(p)}`,
    'unsupported-version': (p) =>
      `schemaVersion ${received(p, valueType, quote) ?? '?'} wordt niet ondersteund; deze versie leest schemaVersion ${param(p, 'expected') ?? '?'}`,
    'input-too-large': (p) => `te groot om veilig te lezen (meer dan ${param(p, 'limit') ?? '?'} waarden)`,
    unreadable: () => 'kon niet worden gelezen: het lezen gaf een fout',
    cyclic: () => 'bevat zichzelf (een kringverwijzing)',
    missing: (p) => `ontbreekt (verwacht ${expected(p)})`,
    'wrong-type': (p) => `verwacht ${expected(p)}${got(p)}`,
    'invalid-value': (p) => {
      const options = paramList(p, 'expected');
      return `${options.length === 1 ? `verwacht ${options[0]}` : `verwacht een van ${options.join(', ')}`}${gotOther(p)}`;
    },
    'invalid-format': (p) => {
      const name = param(p, 'format') ?? 'pattern';
      return `${name in format ? format[name as keyof typeof format] : format.pattern}${got(p)}`;
    },
    'too-short': (p) => {
      const n = paramNumber(p, 'minimum') ?? 1;
      if (param(p, 'origin') === 'array') return n === 1 ? 'moet minstens één waarde hebben' : `moet minstens ${n} waarden hebben`;
      return n === 1 ? 'mag niet leeg zijn' : `moet minstens ${n} tekens hebben`;
    },
    'too-long': (p) =>
      `mag hoogstens ${param(p, 'maximum') ?? '?'} ${param(p, 'origin') === 'array' ? 'waarden' : 'tekens'} hebben`,
    'too-small': (p) =>
      param(p, 'inclusive') === 'no'
        ? `moet groter zijn dan ${param(p, 'minimum') ?? '?'}`
        : `moet minstens ${param(p, 'minimum') ?? '?'} zijn`,
    'too-large': (p) =>
      param(p, 'inclusive') === 'no'
        ? `moet kleiner zijn dan ${param(p, 'maximum') ?? '?'}`
        : `mag hoogstens ${param(p, 'maximum') ?? '?'} zijn`,
    'not-an-integer': (p) => `moet een geheel getal zijn${got(p)}`,
    'duplicate-values': (p) => {
      const duplicates = paramList(p, 'duplicates');
      const base = 'bevat dezelfde waarde meer dan eens';
      return duplicates.length === 0 ? base : `${base}: ${and(duplicates.map(quote))}`;
    },
    'duplicate-id': (p) => {
      const id = param(p, 'id');
      const first = param(p, 'first');
      return `${id === undefined ? 'deze id' : `de id ${quote(id)}`} komt al voor${first === undefined ? '' : ` bij ${first}`}`;
    },
    'unknown-theme': reference('thema', 'dat'),
    'unknown-network': reference('netwerk', 'dat'),
    'unknown-agenda-item': reference('agendapunt', 'dat'),
    'unknown-learning-form': reference('leervorm', 'die'),
    invalid: () => 'is ongeldig',
  },
  finding: {
    dominant: (f, t) => {
      const value = valueName(t, f.dimension, f.value);
      const share = t.percent(f.share);
      const count = `${f.supply} van ${wholeOf(f.supply, f.share)}`;
      switch (f.dimension) {
        case 'theme':
          return `Het meeste leeraanbod gaat over ${value}: ${share} (${count}).`;
        case 'targetGroup':
          return `Het meeste leeraanbod is voor ${value}: ${share} (${count}).`;
        case 'direction':
          return `${capitalise(value)} overheerst: ${share} van het leeraanbod (${count}).`;
        case 'scale':
        case 'domainScope':
          return `Het meeste leeraanbod is ${value}: ${share} (${count}).`;
      }
    },
    scarce: (f, t) => {
      const scarce = `Er is weinig ${offeringsWith(f.dimension, valueName(t, f.dimension, f.value))}`;
      const numbers = `${offeringCount(f.supply)} bij een vraag van ${t.amount(f.demand)}`;
      const [only] = f.comparedWith;
      if (f.peers === 1 && only !== undefined) {
        return `${scarce}: ${numbers}, tegen ${t.amount(f.reference)} ${forValue(f.dimension, valueName(t, f.dimension, only), f.reference)}.`;
      }
      const others = valueNames(t, f.dimension, f.comparedWith);
      return `${scarce}${comparedWith(f.dimension, others)}: ${numbers}, tegen een mediaan van ${t.amount(f.reference)}.`;
    },
    underserved: (f, t) =>
      `Het ${offeringsWith(f.dimension, valueName(t, f.dimension, f.value))} blijft achter: ` +
      `${t.percent(f.demandShare)} van de vraag, maar ${t.percent(f.supplyShare)} van het leeraanbod.`,
    uncovered: (f, t) => `${uncoveredLead}: ${cell(f, t)} (vraag ${t.amount(f.demand)}).`,
  },
  findingSummary: {
    dominantPair: (direction, domainScope, t) => {
      const d = t.label('direction', direction.value);
      const s = t.label('domainScope', domainScope.value);
      return `${capitalise(d)} ${s} overheerst: ${t.percent(direction.share)} van het leeraanbod is ${d} en ${t.percent(domainScope.share)} is ${s}.`;
    },
    scarce: (findings, t) => {
      const dimension = findings[0]?.dimension ?? 'theme';
      const values = valueNames(t, dimension, findings.map((f) => f.value));
      const others = valueNames(t, dimension, findings.flatMap((f) => f.comparedWith));
      return `Er is weinig ${offeringsWith(dimension, values)}${comparedWith(dimension, others)}.`;
    },
    uncovered: (findings, more, t) =>
      `${uncoveredLead}: ${and(findings.map((f) => cell(f, t)))}${more > 0 ? ` (en nog ${more})` : ''}.`,
  },
  dropped: (where) => `(overgeslagen: ${where})`,
  and,
  quote,
  stepPlan: {
    step: {
      goal: {
        title: 'Leervraag en leerdoel',
        summary: 'Wat is de specifieke inhoudelijke leervraag en wat is het gewenste leerresultaat?',
      },
      'who-what': {
        title: 'Wie en wat is nodig',
        summary: 'Wie en wat heeft u nodig om uw leerdoel te realiseren?',
      },
      how: {
        title: 'Hoe wilt u leren',
        summary: 'Welke leervormen passen bij uw leervraag, de groep en het schaalniveau?',
      },
      where: {
        title: 'Waar wilt u leren',
        summary: 'Op welke schaal, met wie, binnen of over domeinen heen, horizontaal of verticaal?',
      },
      results: {
        title: 'Borging en verspreiding',
        summary: 'Hoe worden de opbrengsten van het leernetwerk geborgd en gedeeld?',
      },
    },
    question: {
      'goal.question': {
        label: 'Wat is uw leervraag?',
        hint: 'De specifieke inhoudelijke vraag waarover u wilt leren.',
      },
      'goal.result': {
        label: 'Wat is het gewenste leerresultaat?',
        hint: 'Waar moet dit leren toe bijdragen?',
      },
      'goal.themes': {
        label: "Rond welke thema's wilt u leren?",
        hint: "Inhoudelijke thema's en procesthema's van de leeragenda.",
      },
      'goal.agenda': {
        label: 'Bij welke vraagstukken van de leeragenda sluit uw vraag aan?',
        hint: 'Prioritaire vraagstukken en witte vlekken; nieuw leeraanbod is vooral welkom rond de witte vlekken.',
      },
      'who-what.support': {
        label: 'Welke ondersteuning zoekt u?',
        hint: 'Het coördinatieteam kan initiatiefnemers helpen het zelf te doen, of helpen een leernetwerk op te zetten.',
      },
      'who-what.partners': {
        label: 'Welke leer- en kennispartners zijn nodig?',
        hint: 'De soorten organisaties die nodig zijn om verder te komen met de leervraag.',
      },
      'who-what.networks': {
        label: 'Bij welke bestaande netwerken kunt u aansluiten?',
        hint: 'Netwerken waarin al kennis en ervaring over dit vraagstuk wordt gedeeld. Aansluiten voorkomt versnippering.',
      },
      'who-what.expertise': {
        label: 'Welke organisaties hebben inhoudelijke expertise?',
        hint: 'Organisaties die kunnen helpen bij het uitvoeren van leeractiviteiten.',
      },
      'who-what.time': {
        label: 'Hoeveel tijd is er?',
        hint: 'Tijd van deelnemers en begeleiders om te kunnen leren.',
      },
      'who-what.money': {
        label: 'Hoe wordt het gefinancierd?',
        hint: 'Geld voor begeleiding, bijeenkomsten en deelname.',
      },
      'who-what.capacity': {
        label: 'Welke capaciteit is er?',
        hint: 'Wie organiseert, begeleidt en houdt het netwerk draaiende?',
      },
      'how.target-groups': {
        label: 'Wie gaan er leren?',
        hint: 'De doelgroepen die meedoen; hun leerbehoeften bepalen welke vormen passen.',
      },
      'how.learning-forms': {
        label: 'Welke leervormen passen het best?',
        hint: 'Zoals intervisie, een leerkring, een masterclass of een living lab.',
      },
      'how.intensity': {
        label: 'Licht of intensief?',
        hint: 'Lichtere vormen, zoals inspiratiesessies en intervisie, zijn eenvoudiger te organiseren; systematische vormen vragen meer.',
      },
      'how.duration': {
        label: 'Hoe lang?',
        hint: 'Eenmalig, kortlopend of langlopend.',
      },
      'where.scale': {
        label: 'Op welk schaalniveau?',
        hint: 'Op welk schaalniveau is het probleem zichtbaar, en op welk niveau ligt de oplossing?',
      },
      'where.region': {
        label: 'In welke regio of gemeente?',
        hint: 'Alleen als u lokaal of regionaal wilt leren.',
      },
      'where.peer-mix': {
        label: 'Met vakgenoten of met een mix van disciplines?',
        hint: 'Leren met gelijkgestemden, of multi- en interdisciplinair leren.',
      },
      'where.domain-scope': {
        label: 'Binnen het eigen domein of domeinoverstijgend?',
        hint: 'Het rapport vraagt vooral om meer domeinoverstijgend leren.',
      },
      'where.direction': {
        label: 'Horizontaal of verticaal?',
        hint: 'Horizontaal: met vakgenoten op hetzelfde niveau. Verticaal: tussen uitvoering, beleid, bestuur en bewoners.',
      },
      'results.securing': {
        label: 'Hoe borgt u de opbrengsten?',
        hint: 'Zodat wat geleerd is blijft doorwerken in de praktijk, ook na afloop.',
      },
      'results.sharing': {
        label: 'Met wie en hoe deelt u de opbrengsten?',
        hint: 'Bijvoorbeeld via WijkWijzer, het coördinatieteam of andere netwerken.',
      },
      'results.roles': {
        label: 'Hoe verdeelt u de rollen?',
        hint: 'Afspraken tussen het coördinatieteam en wie de inhoud en begeleiding van het leernetwerk verzorgt.',
      },
    },
    runsOfferings: (titles) => `loopt al: ${and(titles.map(quote))}`,
  },
};
