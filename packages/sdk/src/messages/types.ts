import type { GapDimension, GapFinding } from '../gaps/types.js';
import type { ProblemCode, ProblemParams, ValueType } from '../parse/index.js';
import type { ReasonCode, ReasonParams } from '../reasons.js';
import type {
  AgendaItemKind,
  Direction,
  DomainScope,
  Duration,
  LearningForm,
  LearningFormIntensity,
  NetworkKind,
  OrganisationType,
  PeerMix,
  RepresentedGroup,
  Scale,
  TargetGroup,
  ThemeKind,
} from '../schema/index.js';
import type { StepId, StepQuestionId, SupportLevel } from '../step-plan/types.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

type Labels<K extends string> = Readonly<Record<K, string>>;

/** Fixed labels for every closed vocabulary. */
export interface VocabularyLabels {
  readonly targetGroup: Labels<TargetGroup>;
  readonly scale: Labels<Scale>;
  readonly direction: Labels<Direction>;
  readonly domainScope: Labels<DomainScope>;
  readonly duration: Labels<Duration>;
  readonly learningForm: Labels<LearningForm>;
  readonly learningFormIntensity: Labels<LearningFormIntensity>;
  readonly peerMix: Labels<PeerMix>;
  readonly organisationType: Labels<OrganisationType>;
  readonly agendaItemKind: Labels<AgendaItemKind>;
  readonly themeKind: Labels<ThemeKind>;
  readonly networkKind: Labels<NetworkKind>;
  readonly representedGroup: Labels<RepresentedGroup>;
  readonly supportLevel: Labels<SupportLevel>;
}
export type VocabularyKind = keyof VocabularyLabels;
/** Kinds whose labels come from the dataset's records. */
export type RecordKind = 'theme' | 'agendaItem' | 'network';
export type LabelKind = VocabularyKind | RecordKind;

/** The fields a `term` reason can name (the matcher's index fields). */
export const TEXT_FIELDS = [
  'title',
  'summary',
  'questions',
  'themes',
  'description',
  'provider',
  'learningForms',
  'text',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** What a reason template may ask about the dataset. */
export interface ReasonLookup {
  label(kind: LabelKind, id: string): string;
  /**
   * A target group's learning need as a short phrase, when the dataset has the need: its `short`,
   * else the first clause of its text that stands on its own.
   */
  learningNeed(targetGroup: string, need: string): string | undefined;
}

export type ReasonTemplate = (params: ReasonParams, lookup: ReasonLookup) => string;
export type ProblemTemplate = (params: ProblemParams) => string;

export type FindingCode = GapFinding['code'];
export type FindingOf<C extends FindingCode> = Extract<GapFinding, { readonly code: C }>;

/** What a finding template may ask: names of values, and numbers in the language's format. */
export interface FindingLookup {
  /** The name of a value of a dimension, such as `label('scale', 'local')`. */
  label(kind: GapDimension, id: string): string;
  /** A share between 0 and 1 as a whole percentage: `0.6` → `60%`. */
  percent(share: number): string;
  /** A (weighted) amount with at most one decimal: `2,5` in Dutch, `2.5` in English. */
  amount(value: number): string;
}

/** One finding of `analyzeGaps` as one sentence. */
export type FindingTemplate<C extends FindingCode = FindingCode> = (finding: FindingOf<C>, lookup: FindingLookup) => string;

/** A sentence per finding code. */
export type FindingMessages = { readonly [C in FindingCode]: FindingTemplate<C> };

/** Sentences that say several findings at once, for `formatFindings`. */
export interface FindingSummaryMessages {
  /** Direction and domain scope both dominated by one value, as the report found (2.1). */
  readonly dominantPair: (direction: FindingOf<'dominant'>, domainScope: FindingOf<'dominant'>, lookup: FindingLookup) => string;
  /** Several scarce values of one dimension (the `dimension` of the first). */
  readonly scarce: (findings: readonly FindingOf<'scarce'>[], lookup: FindingLookup) => string;
  /** Several theme × group cells without any offering; `more` of them are not named. */
  readonly uncovered: (findings: readonly FindingOf<'uncovered'>[], more: number, lookup: FindingLookup) => string;
}

export interface StepPlanMessages {
  readonly step: Readonly<Record<StepId, { readonly title: string; readonly summary: string }>>;
  readonly question: Readonly<Record<StepQuestionId, { readonly label: string; readonly hint: string }>>;
  /** "already runs …" beside a suggested network. */
  readonly runsOfferings: (titles: readonly string[]) => string;
}

/** Everything the SDK says, in one language. `nl` and `en` both satisfy this type. */
export interface Messages {
  /** The language these messages are in. */
  readonly lang: Lang;
  readonly vocabulary: VocabularyLabels;
  /** A kind of value as a noun phrase: `tekst`, `een getal` … */
  readonly valueType: Labels<ValueType | 'int'>;
  /** A string format as a phrase: `geen geldige datum (JJJJ-MM-DD)` … */
  readonly format: Labels<'id' | 'url' | 'date' | 'pattern'>;
  /** A text field as a noun phrase: `de titel` … */
  readonly field: Labels<TextField>;
  /** For fields not in the list. */
  readonly anyField: string;
  readonly reason: Readonly<Record<ReasonCode, ReasonTemplate>>;
  readonly problem: Readonly<Record<ProblemCode, ProblemTemplate>>;
  /** White-spot findings (`analyzeGaps`), one sentence each. */
  readonly finding: FindingMessages;
  readonly findingSummary: FindingSummaryMessages;
  /** Appended to a problem that made lenient parsing leave something out. */
  readonly dropped: (where: string) => string;
  /** `a, b en c` */
  readonly and: (items: readonly string[]) => string;
  readonly quote: (text: string) => string;
  readonly stepPlan: StepPlanMessages;
}
