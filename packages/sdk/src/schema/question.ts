import * as z from 'zod/mini';
import { IdSchema } from './common.js';
import {
  DirectionSchema,
  DomainScopeSchema,
  DurationSchema,
  LearningFormIdSchema,
  PeerMixSchema,
  ScaleSchema,
  TargetGroupIdSchema,
} from './records.js';
import { ORGANISATION_TYPES } from './vocabulary.js';

export const QUESTION_TEXT_MAX = 2000;

/**
 * A person's learning question, sharpened along the report's lines (section 4.2):
 * what, with whom, how, where, how long, and who they are.
 */
export const LearningQuestionSchema = z.object({
  /** What: the question in their own words. */
  what: z.string().check(z.trim(), z.minLength(1), z.maxLength(QUESTION_TEXT_MAX)),
  themes: z.optional(z.array(IdSchema)),
  /** Who they are. */
  targetGroup: z.optional(TargetGroupIdSchema),
  organisationType: z.optional(z.enum(ORGANISATION_TYPES)),
  /** With whom: peers or a mix of disciplines; within one domain or across domains. */
  peerMix: z.optional(PeerMixSchema),
  domainScope: z.optional(DomainScopeSchema),
  direction: z.optional(DirectionSchema),
  /** How: learning forms they like. */
  learningForms: z.optional(z.array(LearningFormIdSchema)),
  /** Where: scale and region. */
  scale: z.optional(z.array(ScaleSchema)),
  region: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  /** How long. */
  duration: z.optional(DurationSchema),
});
export type LearningQuestion = z.infer<typeof LearningQuestionSchema>;

/**
 * An earlier question that its asker agreed to share, for "others ask this too".
 * Holds no name or contact: only what is needed to match.
 */
export const SharedQuestionSchema = z.object({
  id: IdSchema,
  text: z.string().check(z.minLength(1), z.maxLength(QUESTION_TEXT_MAX)),
  themes: z.optional(z.array(IdSchema)),
  targetGroup: z.optional(TargetGroupIdSchema),
  scale: z.optional(z.array(ScaleSchema)),
  region: z.optional(z.string()),
  asked: z.optional(z.iso.date()),
  consent: z.literal(true),
});
export type SharedQuestion = z.infer<typeof SharedQuestionSchema>;
