import * as z from 'zod/mini';
import { IdSchema, LocalizedTextSchema, SourceSchema, nonEmptyUnique } from './common.js';
import {
  AGENDA_ITEM_KINDS,
  DIRECTIONS,
  DOMAIN_SCOPES,
  DURATIONS,
  LEARNING_FORMS,
  LEARNING_FORM_INTENSITIES,
  NETWORK_KINDS,
  PEER_MIXES,
  REPRESENTED_GROUPS,
  SCALES,
  TARGET_GROUPS,
  THEME_KINDS,
} from './vocabulary.js';

export const TargetGroupIdSchema = z.enum(TARGET_GROUPS);
export const ScaleSchema = z.enum(SCALES);
export const DirectionSchema = z.enum(DIRECTIONS);
export const DomainScopeSchema = z.enum(DOMAIN_SCOPES);
export const DurationSchema = z.enum(DURATIONS);
export const LearningFormIdSchema = z.enum(LEARNING_FORMS);
export const PeerMixSchema = z.enum(PEER_MIXES);

/** A content theme ("what should I do?") or process theme ("how do I organise it?"). */
export const ThemeSchema = z.object({
  id: IdSchema,
  kind: z.enum(THEME_KINDS),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  /** Extra Dutch words people use for this theme; they feed the search, not the display. */
  keywords: z.optional(z.array(z.string())),
  source: SourceSchema,
});
export type Theme = z.infer<typeof ThemeSchema>;

/**
 * What a target group prefers when it learns (section 2.3). The matcher reads these to rank
 * offerings for a person of that group; each list is "any of these fits".
 */
export const LearningPreferenceSchema = z.object({
  scale: z.optional(z.array(ScaleSchema)),
  learningForms: z.optional(z.array(LearningFormIdSchema)),
  direction: z.optional(z.array(DirectionSchema)),
  domainScope: z.optional(z.array(DomainScopeSchema)),
  peerMix: z.optional(z.array(PeerMixSchema)),
  duration: z.optional(z.array(DurationSchema)),
});
export type LearningPreference = z.infer<typeof LearningPreferenceSchema>;

export const LearningNeedSchema = z.object({
  id: IdSchema,
  text: LocalizedTextSchema,
  /** The need in a few words, for a reason such as "fits a learning need of residents: …"; else the text's first clause is shown. */
  short: z.optional(LocalizedTextSchema),
  prefers: LearningPreferenceSchema,
  source: SourceSchema,
});
export type LearningNeed = z.infer<typeof LearningNeedSchema>;

export const TargetGroupSchema = z.object({
  id: TargetGroupIdSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
  learningNeeds: z.array(LearningNeedSchema),
  source: SourceSchema,
});
export type TargetGroupRecord = z.infer<typeof TargetGroupSchema>;

export const LearningFormSchema = z.object({
  id: LearningFormIdSchema,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  intensity: z.enum(LEARNING_FORM_INTENSITIES),
  /** Terms people use loosely for this form (the report: "termen vrij losjes door elkaar"). */
  synonyms: z.array(z.string()),
  source: SourceSchema,
});
export type LearningFormRecord = z.infer<typeof LearningFormSchema>;

/** A priority question, a content white spot or an organisational white spot of the learning agenda. */
export const AgendaItemSchema = z.object({
  id: IdSchema,
  kind: z.enum(AGENDA_ITEM_KINDS),
  /** Its number in the report (priority 1–7, white spot 1–6). */
  number: z.optional(z.number().check(z.int(), z.positive())),
  title: LocalizedTextSchema,
  summary: z.optional(LocalizedTextSchema),
  /** The concrete learning questions the report gives for it. */
  questions: z.array(LocalizedTextSchema),
  themes: nonEmptyUnique(IdSchema),
  targetGroups: nonEmptyUnique(TargetGroupIdSchema),
  /** Other agenda items it connects to (a white spot and the priority question it deepens). */
  related: z.optional(z.array(IdSchema)),
  /** The report marks white spot 6 as offerings "in development". */
  status: z.optional(z.enum(['in-development'])),
  source: SourceSchema,
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const NetworkSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.minLength(1)),
  kind: z.enum(NETWORK_KINDS),
  description: z.optional(LocalizedTextSchema),
  /** Whom it represents, as annex 4 marks it. */
  represents: z.array(z.enum(REPRESENTED_GROUPS)),
  themes: z.optional(z.array(IdSchema)),
  source: SourceSchema,
});
export type Network = z.infer<typeof NetworkSchema>;

export const OfferingSchema = z.object({
  id: IdSchema,
  title: LocalizedTextSchema,
  provider: z.string().check(z.minLength(1)),
  description: LocalizedTextSchema,
  themes: nonEmptyUnique(IdSchema),
  targetGroups: nonEmptyUnique(TargetGroupIdSchema),
  learningForms: nonEmptyUnique(LearningFormIdSchema),
  scale: nonEmptyUnique(ScaleSchema),
  direction: nonEmptyUnique(DirectionSchema),
  domainScope: nonEmptyUnique(DomainScopeSchema),
  region: z.optional(z.string().check(z.minLength(1))),
  duration: z.optional(DurationSchema),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  contact: z.optional(z.string().check(z.minLength(1))),
  /** The network that runs it, if any. */
  network: z.optional(IdSchema),
  /** Agenda items it is known to serve. */
  agendaItems: z.optional(z.array(IdSchema)),
  /** Marks generated test and benchmark data; never true in a real catalogue. */
  synthetic: z.optional(z.boolean()),
  source: z.optional(SourceSchema),
});
export type Offering = z.infer<typeof OfferingSchema>;
