import type { GapDimension } from '../gaps/types.js';
import type { ProblemParams } from '../parse/index.js';
import { capitalise, param, paramList, paramNumber, received, wholeOf } from './params.js';
import type { FindingLookup, FindingOf, Messages } from './types.js';

const quote = (text: string): string => `"${text}"`;

const and = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const valueType = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  null: 'null (empty)',
  undefined: 'nothing',
  array: 'a list',
  object: 'an object with fields',
  other: 'something else',
} as const;

const expected = (params: ProblemParams): string => {
  const type = param(params, 'expected') ?? 'other';
  return type in valueType ? valueType[type as keyof typeof valueType] : type;
};

/** ` — got "landelijk"`, or nothing when the problem does not say (a question never does). */
const got = (params: ProblemParams): string => {
  const value = received(params, valueType, quote);
  return value === undefined ? '' : ` — got ${value}`;
};

/** A wrong text needs no "got text": the expected values say enough. */
const gotOther = (params: ProblemParams): string =>
  param(params, 'received') === undefined && param(params, 'receivedType') === 'string' ? '' : got(params);

/** Dataset problems name the id; problems of an offering from a form do not repeat what was typed. */
const reference = (noun: string, article: string) => (params: ProblemParams) => {
  const id = param(params, 'id');
  const droppedAt = param(params, 'droppedAt');
  if (id === undefined) return `refers to ${article} ${noun} that is not in the dataset`;
  return droppedAt === undefined
    ? `refers to ${noun} ${quote(id)}, which is not in the dataset`
    : `refers to ${noun} ${quote(id)}, which was left out (${droppedAt})`;
};

const field = {
  title: 'the title',
  summary: 'the summary',
  questions: 'the learning questions',
  themes: 'the themes',
  description: 'the description',
  provider: 'the provider',
  learningForms: 'the learning forms',
  text: 'the question',
} as const;
const anyField = 'the text';
const fieldName = (name: string): string => (name in field ? field[name as keyof typeof field] : anyField);

const format = {
  id: 'not a valid id: only lowercase letters, digits and dashes (like "area-approach")',
  url: 'not a valid web address (http or https)',
  date: 'not a valid date (YYYY-MM-DD)',
  pattern: 'does not have the right form',
} as const;

/** Theme names are capitalised and may contain "and" or commas: quoted inside a sentence. */
const nameQuote = (text: string): string => `‘${text}’`;
const valueName = (t: FindingLookup, dimension: GapDimension, value: string): string =>
  dimension === 'theme' ? nameQuote(t.label('theme', value)) : t.label(dimension, value);
const valueNames = (t: FindingLookup, dimension: GapDimension, values: readonly string[]): string =>
  and([...new Set(values)].map((value) => valueName(t, dimension, value)));

/** The offerings that carry a value (or several, already joined): `learning offerings on ‘Work’`, `… that are local`. */
const offeringsWith = (dimension: GapDimension, values: string): string => {
  switch (dimension) {
    case 'theme':
      return `learning offerings on ${values}`;
    case 'targetGroup':
    case 'direction':
      return `learning offerings for ${values}`;
    case 'scale':
    case 'domainScope':
      return `learning offerings that are ${values}`;
  }
};

/** `, compared with …` naming the better supplied values; adjectives (local, across domains) need their noun. */
const comparedWith = (dimension: GapDimension, others: string): string => {
  if (others === '') return '';
  return `, compared with ${dimension === 'scale' || dimension === 'domainScope' ? offeringsWith(dimension, others) : others}`;
};
const offeringCount = (n: number): string => (n === 1 ? '1 offering' : `${n} offerings`);
/** After a count of offerings, the one value they carry: `for ‘Housing’`, `that are local`. */
const forValue = (dimension: GapDimension, value: string, count: number): string =>
  dimension === 'scale' || dimension === 'domainScope' ? `that ${count === 1 ? 'is' : 'are'} ${value}` : `for ${value}`;
const cell = (f: FindingOf<'uncovered'>, t: FindingLookup): string =>
  `${valueName(t, 'theme', f.theme)} for ${t.label('targetGroup', f.targetGroup)}`;
const uncoveredLead = 'Demand without any learning offering';

export const en: Messages = {
  lang: 'en',
  vocabulary: {
    targetGroup: {
      administrator: 'administrators',
      policymaker: 'policymakers',
      professional: '(neighbourhood) professionals',
      resident: 'residents',
    },
    scale: {
      local: 'local',
      regional: 'regional',
      national: 'national',
      organisation: "within one's own organisation",
    },
    direction: { horizontal: 'horizontal learning', vertical: 'vertical learning' },
    domainScope: { 'within-domain': 'within one domain', 'cross-domain': 'across domains' },
    duration: { 'one-off': 'one-off', short: 'short', 'long-running': 'long-running' },
    learningForm: {
      'learning-community': 'learning community',
      'living-lab': 'living lab',
      'community-of-practice': 'community of practice',
      'knowledge-workshop': 'knowledge workshop (kenniswerkplaats)',
      intervisie: 'peer consultation (intervisie)',
      masterclass: 'masterclass',
      excursion: 'excursion or working visit',
      training: 'training',
      'inspiration-session': 'inspiration session',
      'action-research': 'action research',
      'learning-circle': 'learning circle',
      'online-community': 'online community',
      'city-lab': 'city lab',
      'peer-network': 'peer network',
    },
    learningFormIntensity: {
      light: 'light and simple to organise',
      intensive: 'intensive and systematic',
    },
    peerMix: { peers: 'with peers or like-minded people', mixed: 'with a mix of disciplines' },
    organisationType: {
      municipality: 'municipality',
      'housing-corporation': 'housing corporation',
      'care-welfare': 'care or welfare organisation',
      police: 'police',
      school: 'school',
      'knowledge-institute': 'knowledge institute',
      'resident-initiative': 'resident initiative',
      other: 'other organisation',
    },
    agendaItemKind: {
      priority: 'priority question',
      'content-gap': 'white spot in content',
      'organisational-gap': 'white spot in organising learning',
    },
    themeKind: { content: 'content theme', process: 'process theme' },
    networkKind: {
      'peer-network': 'peer network',
      'knowledge-organisation': 'knowledge organisation',
      'knowledge-infrastructure': 'learning and knowledge infrastructure',
      programme: 'programme',
      platform: 'platform',
      project: 'project',
    },
    representedGroup: {
      administrator: 'administrators',
      policymaker: 'policymakers',
      professional: '(neighbourhood) professionals',
      resident: 'residents',
      other: 'other',
    },
    supportLevel: {
      'self-organised': 'organise it yourselves, helped by the coordination team',
      'set-up-together': 'set it up together with the coordination team',
    },
  },
  valueType,
  format,
  field,
  anyField,
  reason: {
    term: (p) => {
      const terms = and(paramList(p, 'terms').map(quote)) || 'your search words';
      const fields = and([...new Set(paramList(p, 'fields').map(fieldName))]);
      return fields === '' ? `matches ${terms}` : `matches ${terms} in ${fields}`;
    },
    theme: (p, t) => `is about the theme ${quote(t.label('theme', param(p, 'theme') ?? '?'))}`,
    'target-group': (p, t) => `meant for ${t.label('targetGroup', param(p, 'targetGroup') ?? '?')}`,
    scale: (p, t) => `at the scale you want (${t.label('scale', param(p, 'scale') ?? '?')})`,
    'learning-form': (p, t) => `learning form: ${t.label('learningForm', param(p, 'learningForm') ?? '?')}`,
    direction: (p, t) => `${t.label('direction', param(p, 'direction') ?? '?')}, as wanted`,
    'domain-scope': (p, t) => `learning ${t.label('domainScope', param(p, 'domainScope') ?? '?')}, as wanted`,
    'cross-domain': () => 'learning across domains, which the report asks for',
    'peer-mix': (p, t) => `learning ${t.label('peerMix', param(p, 'peerMix') ?? '?')}, as wanted`,
    region: (p) => `in the region ${param(p, 'region') ?? '?'}`,
    duration: (p, t) => `${t.label('duration', param(p, 'duration') ?? '?')}, as wanted`,
    'learning-need': (p, t) => {
      const group = param(p, 'targetGroup') ?? '?';
      const need = t.learningNeed(group, param(p, 'need') ?? '');
      const who = `fits a learning need of ${t.label('targetGroup', group)}`;
      return need === undefined ? who : `${who}: ${quote(need)}`;
    },
    'agenda-link': (p, t) => `serves the agenda item ${quote(t.label('agendaItem', param(p, 'agendaItem') ?? '?'))}`,
    'white-spot': () => 'white spot: there is demand but little on offer yet',
    priority: (p) => `priority question ${param(p, 'number') ?? '?'} of the learning agenda`,
  },
  problem: {
    'invalid-json': (p) => {
      const line = param(p, 'line');
      const column = param(p, 'column');
      return line === undefined ? 'this is not valid JSON' : `this is not valid JSON (line ${line}, column ${column ?? '?'})`;
    },
    'not-an-object': (p) => `expected an object with fields${got(p)}`,
    'unsupported-version': (p) =>
      `schemaVersion ${received(p, valueType, quote) ?? '?'} is not supported; this version reads schemaVersion ${param(p, 'expected') ?? '?'}`,
    'input-too-large': (p) => `too large to read safely (more than ${param(p, 'limit') ?? '?'} values)`,
    unreadable: () => 'could not be read: reading it threw an error',
    cyclic: () => 'contains itself (a circular reference)',
    missing: (p) => `is missing (expected ${expected(p)})`,
    'wrong-type': (p) => `expected ${expected(p)}${got(p)}`,
    'invalid-value': (p) => {
      const options = paramList(p, 'expected');
      return `${options.length === 1 ? `expected ${options[0]}` : `expected one of ${options.join(', ')}`}${gotOther(p)}`;
    },
    'invalid-format': (p) => {
      const name = param(p, 'format') ?? 'pattern';
      return `${name in format ? format[name as keyof typeof format] : format.pattern}${got(p)}`;
    },
    'too-short': (p) => {
      const n = paramNumber(p, 'minimum') ?? 1;
      if (param(p, 'origin') === 'array') return n === 1 ? 'needs at least one value' : `needs at least ${n} values`;
      return n === 1 ? 'must not be empty' : `needs at least ${n} characters`;
    },
    'too-long': (p) =>
      `may have at most ${param(p, 'maximum') ?? '?'} ${param(p, 'origin') === 'array' ? 'values' : 'characters'}`,
    'too-small': (p) =>
      param(p, 'inclusive') === 'no'
        ? `must be greater than ${param(p, 'minimum') ?? '?'}`
        : `must be at least ${param(p, 'minimum') ?? '?'}`,
    'too-large': (p) =>
      param(p, 'inclusive') === 'no'
        ? `must be less than ${param(p, 'maximum') ?? '?'}`
        : `may be at most ${param(p, 'maximum') ?? '?'}`,
    'not-an-integer': (p) => `must be a whole number${got(p)}`,
    'duplicate-values': (p) => {
      const duplicates = paramList(p, 'duplicates');
      const base = 'contains the same value more than once';
      return duplicates.length === 0 ? base : `${base}: ${and(duplicates.map(quote))}`;
    },
    'duplicate-id': (p) => {
      const id = param(p, 'id');
      const first = param(p, 'first');
      return `${id === undefined ? 'this id' : `the id ${quote(id)}`} is already ${first === undefined ? 'taken' : `used by ${first}`}`;
    },
    'unknown-theme': reference('theme', 'a'),
    'unknown-network': reference('network', 'a'),
    'unknown-agenda-item': reference('agenda item', 'an'),
    'unknown-learning-form': reference('learning form', 'a'),
    invalid: () => 'is not valid',
  },
  finding: {
    dominant: (f, t) => {
      const value = valueName(t, f.dimension, f.value);
      const share = t.percent(f.share);
      const count = `${f.supply} of ${wholeOf(f.supply, f.share)}`;
      switch (f.dimension) {
        case 'theme':
          return `Most learning offerings are about ${value}: ${share} (${count}).`;
        case 'targetGroup':
          return `Most learning offerings are for ${value}: ${share} (${count}).`;
        case 'direction':
          return `${capitalise(value)} dominates: ${share} of learning offerings (${count}).`;
        case 'scale':
        case 'domainScope':
          return `Most learning offerings are ${value}: ${share} (${count}).`;
      }
    },
    scarce: (f, t) => {
      const scarce = `There are few ${offeringsWith(f.dimension, valueName(t, f.dimension, f.value))}`;
      const numbers = `${offeringCount(f.supply)} for a demand of ${t.amount(f.demand)}`;
      const [only] = f.comparedWith;
      if (f.peers === 1 && only !== undefined) {
        return `${scarce}: ${numbers}, against ${t.amount(f.reference)} ${forValue(f.dimension, valueName(t, f.dimension, only), f.reference)}.`;
      }
      const others = valueNames(t, f.dimension, f.comparedWith);
      return `${scarce}${comparedWith(f.dimension, others)}: ${numbers}, against a median of ${t.amount(f.reference)}.`;
    },
    underserved: (f, t) =>
      `${capitalise(offeringsWith(f.dimension, valueName(t, f.dimension, f.value)))} lag behind: ` +
      `${t.percent(f.demandShare)} of demand, but ${t.percent(f.supplyShare)} of learning offerings.`,
    uncovered: (f, t) => `${uncoveredLead}: ${cell(f, t)} (demand ${t.amount(f.demand)}).`,
  },
  findingSummary: {
    dominantPair: (direction, domainScope, t) => {
      const d = t.label('direction', direction.value);
      const s = t.label('domainScope', domainScope.value);
      return `${capitalise(d)} ${s} dominates: ${t.percent(direction.share)} of learning offerings are ${d} and ${t.percent(domainScope.share)} are ${s}.`;
    },
    scarce: (findings, t) => {
      const dimension = findings[0]?.dimension ?? 'theme';
      const values = valueNames(t, dimension, findings.map((f) => f.value));
      const others = valueNames(t, dimension, findings.flatMap((f) => f.comparedWith));
      return `There are few ${offeringsWith(dimension, values)}${comparedWith(dimension, others)}.`;
    },
    uncovered: (findings, more, t) =>
      `${uncoveredLead}: ${and(findings.map((f) => cell(f, t)))}${more > 0 ? ` (and ${more} more)` : ''}.`,
  },
  dropped: (where) => `(left out: ${where})`,
  and,
  quote,
  stepPlan: {
    step: {
      goal: {
        title: 'Learning question and goal',
        summary: 'What is the specific learning question, and what result do you want?',
      },
      'who-what': {
        title: 'Who and what you need',
        summary: 'Who and what do you need to reach your learning goal?',
      },
      how: {
        title: 'How you want to learn',
        summary: 'Which learning forms suit your question, the group and the scale?',
      },
      where: {
        title: 'Where you want to learn',
        summary: 'At what scale, with whom, within or across domains, horizontal or vertical?',
      },
      results: {
        title: 'Securing and sharing results',
        summary: 'How are the results of the learning network secured and shared?',
      },
    },
    question: {
      'goal.question': {
        label: 'What is your learning question?',
        hint: 'The specific question you want to learn about.',
      },
      'goal.result': {
        label: 'What result do you want from the learning?',
        hint: 'What should this learning contribute to?',
      },
      'goal.themes': {
        label: 'Which themes do you want to learn about?',
        hint: 'Content themes and process themes of the learning agenda.',
      },
      'goal.agenda': {
        label: 'Which questions of the learning agenda does yours connect to?',
        hint: 'Priority questions and white spots; new offerings are especially welcome around the white spots.',
      },
      'who-what.support': {
        label: 'What support are you looking for?',
        hint: 'The coordination team can help initiators do it themselves, or help set up a learning network.',
      },
      'who-what.partners': {
        label: 'Which learning and knowledge partners do you need?',
        hint: 'The kinds of organisations needed to move the learning question forward.',
      },
      'who-what.networks': {
        label: 'Which existing networks can you build on?',
        hint: 'Networks that already share knowledge and experience on this question. Building on them avoids fragmentation.',
      },
      'who-what.expertise': {
        label: 'Which organisations have expertise on this?',
        hint: 'Organisations that could help carry out learning activities.',
      },
      'who-what.time': {
        label: 'How much time is there?',
        hint: 'Time for participants and facilitators to learn.',
      },
      'who-what.money': {
        label: 'How is it funded?',
        hint: 'Money for facilitation, meetings and taking part.',
      },
      'who-what.capacity': {
        label: 'What capacity is there?',
        hint: 'Who organises, facilitates and keeps the network going?',
      },
      'how.target-groups': {
        label: 'Who will be learning?',
        hint: 'The groups taking part; their learning needs decide which forms fit.',
      },
      'how.learning-forms': {
        label: 'Which learning forms fit best?',
        hint: 'Such as peer consultation, a learning circle, a masterclass or a living lab.',
      },
      'how.intensity': {
        label: 'Light or intensive?',
        hint: 'Lighter forms, such as inspiration sessions and peer consultation, are simpler to organise; systematic forms ask more.',
      },
      'how.duration': {
        label: 'How long?',
        hint: 'One-off, short or long-running.',
      },
      'where.scale': {
        label: 'At what scale?',
        hint: 'At what scale is the problem visible, and at what scale does the solution lie?',
      },
      'where.region': {
        label: 'In which region or municipality?',
        hint: 'Only if you want to learn locally or regionally.',
      },
      'where.peer-mix': {
        label: 'With peers or with a mix of disciplines?',
        hint: 'Learning with like-minded people, or multi- and interdisciplinary learning.',
      },
      'where.domain-scope': {
        label: 'Within one domain or across domains?',
        hint: 'The report asks above all for more learning across domains.',
      },
      'where.direction': {
        label: 'Horizontal or vertical?',
        hint: 'Horizontal: with peers at the same level. Vertical: across execution, policy, administration and residents.',
      },
      'results.securing': {
        label: 'How will you secure the results?',
        hint: 'So that what was learned keeps working in practice, also afterwards.',
      },
      'results.sharing': {
        label: 'With whom and how will you share the results?',
        hint: 'For example through WijkWijzer, the coordination team or other networks.',
      },
      'results.roles': {
        label: 'How will you divide the roles?',
        hint: 'Agreements between the coordination team and whoever provides the content and facilitation of the learning network.',
      },
    },
    runsOfferings: (titles) => `already runs ${and(titles.map(quote))}`,
  },
};
