import type { AgendaItem, Dataset, Offering, SharedQuestion } from '../schema/index.js';

/** What the indexes see of a record: plain text per field, keyed by the record's id. */
export type IndexDocument = { readonly id: string } & Readonly<Record<string, string>>;

export const AGENDA_FIELDS = ['title', 'summary', 'questions', 'themes'] as const;
export const OFFERING_FIELDS = ['title', 'description', 'provider', 'themes', 'learningForms'] as const;
export const QUESTION_FIELDS = ['text'] as const;

/** How much a hit in each field counts, relative to 1. */
export const FIELD_BOOSTS = {
  agenda: { title: 3, summary: 1.5, questions: 1.2, themes: 0.6 },
  offerings: { title: 3, description: 1.5, provider: 1.5, themes: 0.8, learningForms: 1 },
  questions: { text: 1 },
} as const;

const join = (parts: readonly (string | undefined)[]): string => parts.filter(Boolean).join('\n');

/** The words each theme and learning form adds to a document, worked out once per dataset. */
interface Vocabularies {
  readonly themeLabel: ReadonlyMap<string, readonly string[]>;
  readonly themeWords: ReadonlyMap<string, readonly string[]>;
  readonly formWords: ReadonlyMap<string, readonly string[]>;
}

const vocabularies = new WeakMap<Dataset, Vocabularies>();

function vocabulariesOf(dataset: Dataset): Vocabularies {
  let known = vocabularies.get(dataset);
  if (known === undefined) {
    // The first record of an id counts, as `find` would take it.
    const firstById = <T extends { readonly id: string }>(records: readonly T[], words: (record: T) => readonly string[]) => {
      const map = new Map<string, readonly string[]>();
      for (const record of records) if (!map.has(record.id)) map.set(record.id, words(record));
      return map;
    };
    known = {
      themeLabel: firstById(dataset.themes, (theme) => [theme.label.nl]),
      themeWords: firstById(dataset.themes, (theme) => [theme.label.nl, ...(theme.keywords ?? [])]),
      formWords: firstById(dataset.learningForms, (form) => [form.label.nl, ...form.synonyms]),
    };
    vocabularies.set(dataset, known);
  }
  return known;
}

function wordsOf(words: ReadonlyMap<string, readonly string[]>, ids: readonly string[]): string {
  return join(ids.flatMap((id) => words.get(id) ?? []));
}

function themeText(dataset: Dataset, ids: readonly string[], withKeywords: boolean): string {
  const { themeLabel, themeWords } = vocabulariesOf(dataset);
  return wordsOf(withKeywords ? themeWords : themeLabel, ids);
}

/** Agenda items are found by their title, summary, concrete questions, and their themes' labels and keywords. */
export function agendaDocument(dataset: Dataset, item: AgendaItem): IndexDocument {
  return {
    id: item.id,
    title: item.title.nl,
    summary: item.summary?.nl ?? '',
    questions: join(item.questions.map((q) => q.nl)),
    themes: themeText(dataset, item.themes, true),
  };
}

/** Offerings are found by their own words, their provider, their themes and the words people use for their learning forms. */
export function offeringDocument(dataset: Dataset, offering: Offering): IndexDocument {
  return {
    id: offering.id,
    title: offering.title.nl,
    description: offering.description.nl,
    provider: offering.provider,
    themes: themeText(dataset, offering.themes, false),
    learningForms: wordsOf(vocabulariesOf(dataset).formWords, offering.learningForms),
  };
}

export function questionDocument(question: SharedQuestion): IndexDocument {
  return { id: question.id, text: question.text };
}

/** Records with a repeated id are indexed once (the first wins), as search does. */
export function uniqueById<T extends { readonly id: string }>(records: readonly T[]): T[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    if (seen.has(record.id)) return false;
    seen.add(record.id);
    return true;
  });
}
