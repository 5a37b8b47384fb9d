import { DIRECTIONS, DOMAIN_SCOPES, LEARNING_FORMS, SCALES, TARGET_GROUPS } from '@leernetwerk/sdk';
import type {
  AgendaItem,
  Dataset,
  Direction,
  DomainScope,
  Duration,
  LearningForm,
  LocalizedText,
  Offering,
  Scale,
  SharedQuestion,
  TargetGroup,
} from '@leernetwerk/sdk';
import { defaultDataset } from '../dataset.js';
import { fill, fillPhrase, joinList } from './compose.js';
import {
  ALSO,
  CITIES,
  CROSS_DOMAIN_SENTENCES,
  DIRECTION_SENTENCES,
  DURATION_SENTENCES,
  GROUP_NAMES,
  INTROS,
  PROVIDER_CORES,
  PROVIDER_PREFIXES,
  PROVINCES,
  QUESTION_TEMPLATES,
  SCALE_SENTENCES,
  THEME_WEIGHTS,
  TITLES,
  TOPICS,
  type Phrase,
} from './pools.js';
import { createRandom, weights, type Random } from './random.js';
import { wholeNumber, validSeed } from './options.js';

export interface CatalogueOptions {
  /** Same seed, same catalogue. */
  seed: number | string;
  /** How many synthetic offerings to make. */
  offerings: number;
  /** How many synthetic shared questions to add (default none). */
  questions?: number;
}

const THEMES = weights(THEME_WEIGHTS);
const PROCESS_THEMES = ['participation', 'area-based-working', 'neighbourhood-approach'];
const COMMON_FORMS: readonly LearningForm[] = ['inspiration-session', 'peer-network', 'training', 'learning-community', 'intervisie'];
const FORMS = weights<LearningForm>(LEARNING_FORMS.map((form) => [form, COMMON_FORMS.includes(form) ? 3 : 1]));
const GROUPS = weights<TargetGroup>([
  ['administrator', 1],
  ['policymaker', 3],
  ['professional', 4],
  ['resident', 2],
]);
const SCALE_TABLE = weights<Scale>([
  ['local', 35],
  ['regional', 25],
  ['national', 35],
  ['organisation', 5],
]);
const DIRECTION_TABLE = weights<readonly Direction[]>([
  [['horizontal'], 65],
  [['vertical'], 25],
  [DIRECTIONS, 10],
]);
const DOMAIN_TABLE = weights<readonly DomainScope[]>([
  [['within-domain'], 70],
  [['cross-domain'], 22],
  [DOMAIN_SCOPES, 8],
]);
const LIGHT_DURATION: Partial<Record<LearningForm, Duration>> = {
  masterclass: 'one-off',
  'inspiration-session': 'one-off',
  excursion: 'one-off',
  intervisie: 'short',
  training: 'short',
  'action-research': 'short',
};

const agendaByTheme = (agenda: readonly AgendaItem[]): Map<string, string[]> => {
  const map = new Map<string, string[]>();
  for (const item of agenda) {
    for (const theme of item.themes) map.set(theme, [...(map.get(theme) ?? []), item.id]);
  }
  return map;
};

function providerNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const place = random.chance(0.6) ? random.pick(CITIES) : random.pick(PROVINCES);
    const base = `${random.pick(PROVIDER_PREFIXES)} ${random.pick(PROVIDER_CORES)} ${place}`;
    names.add(names.has(base) ? `${base} ${names.size}` : base);
  }
  return [...names];
}

function pickThemes(random: Random): string[] {
  const themes = [random.weighted(THEMES)];
  if (random.chance(0.45)) themes.push(random.weighted(THEMES));
  if (random.chance(0.2)) themes.push(random.pick(PROCESS_THEMES));
  return [...new Set(themes)];
}

function pickScales(random: Random): Scale[] {
  const scales = [random.weighted(SCALE_TABLE)];
  if (random.chance(0.15)) scales.push(random.pick(SCALES));
  return [...new Set(scales)];
}

function pickGroups(random: Random): TargetGroup[] {
  const count = 1 + random.int(3);
  const groups = new Set<TargetGroup>();
  while (groups.size < count) groups.add(random.weighted(GROUPS));
  return TARGET_GROUPS.filter((group) => groups.has(group));
}

function topicPair(random: Random, theme: string): Phrase {
  return random.pick(TOPICS[theme] ?? TOPICS['area-based-working']!);
}

function describe(random: Random, parts: {
  form: LearningForm;
  topic: Phrase;
  also: Phrase;
  groups: readonly Phrase[];
  direction: readonly Direction[];
  domainScope: readonly DomainScope[];
  scale: Scale;
  place: string;
  duration: Duration | undefined;
}): LocalizedText {
  const nl: string[] = [];
  const en: string[] = [];
  const add = (phrase: Phrase, nlSlots: Record<string, string> = {}, enSlots: Record<string, string> = nlSlots) => {
    const text = fillPhrase(phrase, nlSlots, enSlots);
    nl.push(text.nl);
    en.push(text.en ?? text.nl);
  };
  add(
    INTROS[parts.form],
    { topic: parts.topic[0], groups: joinList(parts.groups.map((g) => g[0]), 'en') },
    { topic: parts.topic[1], groups: joinList(parts.groups.map((g) => g[1]), 'and') },
  );
  add(random.pick(ALSO), { topic: parts.also[0] }, { topic: parts.also[1] });
  add(random.pick(DIRECTION_SENTENCES[parts.direction.length > 1 ? random.pick(parts.direction) : parts.direction[0]!]));
  if (parts.domainScope.includes('cross-domain')) add(random.pick(CROSS_DOMAIN_SENTENCES));
  add(SCALE_SENTENCES[parts.scale], { place: parts.place });
  if (parts.duration) add(DURATION_SENTENCES[parts.duration]);
  return { nl: nl.join(' '), en: en.join(' ') };
}

function syntheticOffering(random: Random, index: number, providers: readonly string[], agenda: Map<string, string[]>): Offering {
  const id = `syn-${String(index + 1).padStart(6, '0')}`;
  const themes = pickThemes(random);
  const forms = random.chance(0.15) ? [...new Set([random.weighted(FORMS), random.weighted(FORMS)])] : [random.weighted(FORMS)];
  const form = forms[0]!;
  const targetGroups = pickGroups(random);
  const scale = pickScales(random);
  const direction = [...random.weighted(DIRECTION_TABLE)];
  const domainScope = [...random.weighted(DOMAIN_TABLE)];
  const primaryScale = scale[0]!;
  const city = random.pick(CITIES);
  const region = scale.includes('local') ? city : scale.includes('regional') ? random.pick(PROVINCES) : undefined;
  const place = primaryScale === 'regional' && region && region !== city ? region : city;
  const duration = random.chance(0.85) ? (LIGHT_DURATION[form] ?? random.pick(['short', 'long-running'] as const)) : undefined;
  const topic = topicPair(random, themes[0]!);
  const also = topicPair(random, themes[1] ?? themes[0]!);
  const groupNames = targetGroups.map((group) => random.pick(GROUP_NAMES[group]));
  const slots = (lang: 0 | 1) => ({ topic: topic[lang], place, group: groupNames[0]![lang] });

  const offering: Offering = {
    id,
    title: fillPhrase(random.pick(TITLES[form]), slots(0), slots(1)),
    provider: random.pick(providers),
    description: describe(random, { form, topic, also, groups: groupNames, direction, domainScope, scale: primaryScale, place, duration }),
    themes,
    targetGroups,
    learningForms: forms,
    scale,
    direction,
    domainScope,
    synthetic: true,
  };
  if (region) offering.region = region;
  if (duration) offering.duration = duration;
  if (random.chance(0.5)) offering.url = `https://example.org/aanbod/${id}`;
  if (random.chance(0.25)) offering.contact = 'aanmelden@example.org';
  const candidates = agenda.get(themes[0]!);
  if (candidates && random.chance(0.3)) offering.agendaItems = random.sample(candidates, 1 + random.int(2));
  return offering;
}

function isoDate(random: Random): string {
  const start = Date.UTC(2021, 1, 11);
  const days = random.int(4 * 365);
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

/** A shared question as someone of a random group might type it about a random theme. */
function syntheticQuestion(random: Random, index: number): SharedQuestion {
  const theme = random.weighted(THEMES);
  const targetGroup = random.weighted(GROUPS);
  const place = random.pick(CITIES);
  const text = fill(random.pick(QUESTION_TEMPLATES), {
    topic: topicPair(random, theme)[0],
    place,
    group: random.pick(GROUP_NAMES[targetGroup])[0],
  });
  const question: SharedQuestion = {
    id: `syn-question-${String(index + 1).padStart(6, '0')}`,
    text,
    themes: [theme],
    targetGroup,
    asked: isoDate(random),
    consent: true,
  };
  if (random.chance(0.4)) {
    question.scale = [random.weighted(SCALE_TABLE)];
    if (question.scale[0] === 'local') question.region = place;
  }
  return question;
}

/**
 * A catalogue of made-up offerings for tests and benchmarks: the default dataset's themes, target
 * groups, learning forms, agenda and networks, with `offerings` synthetic offerings (ids
 * `syn-000001` …, all marked `synthetic: true`) and optionally `questions` synthetic shared questions.
 *
 * @example
 * const big = generateCatalogue({ seed: 7, offerings: 100_000 });
 * big.offerings.length; // 100000, identical on every run with seed 7
 */
export function generateCatalogue(options: CatalogueOptions): Dataset {
  const seed = validSeed(options?.seed, 'generateCatalogue');
  const count = wholeNumber(options.offerings, 'generateCatalogue', 'offerings');
  const questionCount = wholeNumber(options.questions ?? 0, 'generateCatalogue', 'questions');
  const random = createRandom(seed);
  const providers = providerNames(random, Math.min(4000, Math.max(8, Math.round(count / 25))));
  const agenda = agendaByTheme(defaultDataset.agenda);
  const offerings = new Array<Offering>(count);
  for (let i = 0; i < count; i++) offerings[i] = syntheticOffering(random, i, providers, agenda);
  const dataset: Dataset = {
    schemaVersion: defaultDataset.schemaVersion,
    updated: defaultDataset.updated,
    title: `Synthetische catalogus (seed ${String(seed)}, ${count} aanbod)`,
    themes: defaultDataset.themes,
    targetGroups: defaultDataset.targetGroups,
    learningForms: defaultDataset.learningForms,
    agenda: defaultDataset.agenda,
    offerings,
    networks: defaultDataset.networks,
  };
  if (questionCount > 0) {
    dataset.sharedQuestions = Array.from({ length: questionCount }, (_, i) => syntheticQuestion(random, i));
  }
  return dataset;
}
