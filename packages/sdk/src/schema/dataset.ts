import * as z from 'zod/mini';
import { IsoDateSchema } from './common.js';
import {
  AgendaItemSchema,
  LearningFormSchema,
  NetworkSchema,
  OfferingSchema,
  TargetGroupSchema,
  ThemeSchema,
} from './records.js';
import { SharedQuestionSchema } from './question.js';

export const SCHEMA_VERSION = 1;

/** The catalogue as a whole: agenda, offerings and networks, with the vocabularies they use. */
export const DatasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** When agenda and catalogue were last brought up to date (the report asks for periodic updates). */
  updated: IsoDateSchema,
  title: z.optional(z.string()),
  themes: z.array(ThemeSchema),
  targetGroups: z.array(TargetGroupSchema),
  learningForms: z.array(LearningFormSchema),
  agenda: z.array(AgendaItemSchema),
  offerings: z.array(OfferingSchema),
  networks: z.array(NetworkSchema),
  sharedQuestions: z.optional(z.array(SharedQuestionSchema)),
});
export type Dataset = z.infer<typeof DatasetSchema>;
