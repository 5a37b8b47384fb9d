// Helpers of the question-form controller: reading drafts and a host's pool of shared questions.
import { createMatcher, parseDataset, SCHEMA_VERSION, STEP_QUESTION_IDS } from '@leernetwerk/sdk';
import type { Dataset, DatasetProblem, Matcher, SharedQuestion, StepAnswers, StepQuestionId } from '@leernetwerk/sdk';
import type { QuestionDraft } from './question-form.events.js';

const TEXT_KEYS = ['what', 'targetGroup', 'organisationType', 'peerMix', 'domainScope', 'direction', 'region', 'duration'] as const;
const LIST_KEYS = ['themes', 'learningForms', 'scale'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A draft as the form keeps it: only the question's own fields, strings and lists of strings,
 * empty ones left out. Used for what comes back from storage and for `update` patches, so
 * nothing else can creep into what is saved, matched or sent.
 */
export function cleanDraft(raw: unknown): QuestionDraft {
  if (!isRecord(raw)) return {};
  const out: Record<string, string | string[]> = {};
  for (const key of TEXT_KEYS) {
    const value = raw[key];
    if (typeof value === 'string' && value !== '') out[key] = value;
  }
  for (const key of LIST_KEYS) {
    const value = raw[key];
    if (!Array.isArray(value)) continue;
    const list = [...new Set(value.filter((v): v is string => typeof v === 'string' && v !== ''))];
    if (list.length > 0) out[key] = list;
  }
  return out as QuestionDraft;
}

/** The step plan's part of the draft: the answers given in it, and whether it was open and goes along. */
export interface StepPlanDraft {
  readonly answers: StepAnswers;
  readonly open: boolean;
  readonly include: boolean;
}

/** What the form keeps in its draft: the question's fields, and the step plan beside them. */
export type StoredDraft = QuestionDraft & { readonly stepPlan?: StepPlanDraft };

/**
 * The step plan's part of a stored draft, read defensively: only known question ids, with a
 * string or a list of strings (an empty one too: the person cleared what the question said).
 */
export function cleanStepPlanDraft(raw: unknown): StepPlanDraft {
  const plan = isRecord(raw) ? raw : {};
  const given = isRecord(plan['answers']) ? plan['answers'] : {};
  const answers: Partial<Record<StepQuestionId, string | string[]>> = {};
  for (const id of STEP_QUESTION_IDS) {
    const value = given[id];
    if (typeof value === 'string') answers[id] = value;
    else if (Array.isArray(value)) answers[id] = [...new Set(value.filter((v): v is string => typeof v === 'string' && v !== ''))];
  }
  return { answers, open: plan['open'] === true, include: plan['include'] === true };
}

/** True when the person has written or chosen anything. */
export const isEmptyDraft = (draft: QuestionDraft): boolean => Object.keys(cleanDraft(draft)).length === 0;

export interface SharedQuestionPool {
  readonly questions: readonly SharedQuestion[];
  readonly problems: readonly DatasetProblem[];
}

/**
 * A host's pool of shared questions (an array, or an object with `questions` or
 * `sharedQuestions`), checked with the SDK's lenient `parseDataset` against the dataset's themes:
 * questions without consent or with unknown themes are left out and named in `problems`.
 */
export function readSharedQuestions(raw: unknown, dataset: Dataset): SharedQuestionPool {
  const list = Array.isArray(raw)
    ? raw
    : isRecord(raw)
      ? (raw['questions'] ?? raw['sharedQuestions'])
      : undefined;
  const shell = {
    schemaVersion: SCHEMA_VERSION,
    updated: dataset.updated,
    themes: dataset.themes,
    targetGroups: [],
    learningForms: [],
    agenda: [],
    offerings: [],
    networks: [],
    sharedQuestions: list ?? raw,
  };
  const result = parseDataset(shell, { mode: 'lenient' });
  return { questions: result.dataset?.sharedQuestions ?? [], problems: result.problems };
}

/**
 * A matcher for "others ask this too" over the dataset's own shared questions plus a host's pool.
 * It has the dataset's agenda (the matcher infers themes from it) but no offerings, so building it
 * stays cheap however large the catalogue.
 */
export function similarQuestionsMatcher(dataset: Dataset, pool: readonly SharedQuestion[]): Matcher {
  return createMatcher({
    ...dataset,
    offerings: [],
    sharedQuestions: [...(dataset.sharedQuestions ?? []), ...pool],
  });
}
