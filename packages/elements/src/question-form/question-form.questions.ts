// Helpers of the question-form controller: reading drafts and a host's pool of shared questions.
import { createMatcher, parseDataset, SCHEMA_VERSION } from '@leernetwerk/sdk';
import type { Dataset, DatasetProblem, Matcher, SharedQuestion } from '@leernetwerk/sdk';
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
