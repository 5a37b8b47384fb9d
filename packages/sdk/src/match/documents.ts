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

function themeText(dataset: Dataset, ids: readonly string[], withKeywords: boolean): string {
  return join(
    ids.flatMap((id) => {
      const theme = dataset.themes.find((t) => t.id === id);
      if (theme === undefined) return [];
      return [theme.label.nl, ...(withKeywords ? (theme.keywords ?? []) : [])];
    }),
  );
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
  const forms = offering.learningForms.flatMap((id) => {
    const form = dataset.learningForms.find((f) => f.id === id);
    return form === undefined ? [] : [form.label.nl, ...form.synonyms];
  });
  return {
    id: offering.id,
    title: offering.title.nl,
    description: offering.description.nl,
    provider: offering.provider,
    themes: themeText(dataset, offering.themes, false),
    learningForms: join(forms),
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
