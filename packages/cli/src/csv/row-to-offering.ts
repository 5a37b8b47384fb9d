import type { Offering } from '@leernetwerk/sdk';
import { splitList, type VocabularyKind, type VocabularyLookup } from '../vocabulary.js';
import type { Column, HeaderMap } from './columns.js';
import type { CsvRow } from './read-csv.js';

/** An offering as read from one CSV row, not yet validated: the SDK's `parseDataset` judges it. */
export type OfferingDraft = { -readonly [K in keyof Offering]?: unknown };

const LISTS = {
  themes: ['themes', 'theme'],
  targetGroups: ['target_groups', 'targetGroup'],
  learningForms: ['learning_forms', 'learningForm'],
  scale: ['scale', 'scale'],
  direction: ['direction', 'direction'],
  domainScope: ['domain_scope', 'domainScope'],
} as const satisfies Partial<Record<keyof Offering, readonly [Column, VocabularyKind]>>;

const SINGLES = {
  duration: ['duration', 'duration'],
  network: ['network', 'network'],
} as const satisfies Partial<Record<keyof Offering, readonly [Column, VocabularyKind]>>;

const TEXTS = {
  provider: 'provider',
  region: 'region',
  url: 'url',
  contact: 'contact',
} as const satisfies Partial<Record<keyof Offering, Column>>;

/** Which CSV column an offering field comes from, to name the column in problems. */
export const FIELD_COLUMNS: Readonly<Record<string, Column>> = {
  id: 'id',
  title: 'title',
  description: 'description',
  ...Object.fromEntries(Object.entries(LISTS).map(([field, [column]]) => [field, column])),
  ...Object.fromEntries(Object.entries(SINGLES).map(([field, [column]]) => [field, column])),
  ...TEXTS,
};

/**
 * Builds an offering from a CSV row. Vocabulary cells may use ids or Dutch or English labels;
 * a value that names nothing is kept as typed, so validation reports it. Empty cells are left
 * out, so validation reports missing required fields.
 */
export function rowToOffering(row: CsvRow, header: HeaderMap, lookup: VocabularyLookup): OfferingDraft {
  const cell = (column: Column): string | undefined => {
    const at = header.columns.get(column);
    const value = at === undefined ? undefined : row.cells[at.index];
    return value === undefined || value === '' ? undefined : value;
  };

  const draft: OfferingDraft = {};
  const id = cell('id');
  if (id !== undefined) draft.id = id;
  draft.title = localized(cell('title'), cell('title_en'));
  draft.description = localized(cell('description'), cell('description_en'));
  for (const [field, column] of Object.entries(TEXTS)) {
    const value = cell(column);
    if (value !== undefined) draft[field as keyof OfferingDraft] = value;
  }
  for (const [field, [column, kind]] of Object.entries(LISTS)) {
    const value = cell(column);
    if (value === undefined) continue;
    const items = splitList(value, (name) => lookup(kind, name) !== undefined).map((item) => lookup(kind, item) ?? item);
    draft[field as keyof OfferingDraft] = [...new Set(items)];
  }
  for (const [field, [column, kind]] of Object.entries(SINGLES)) {
    const value = cell(column);
    if (value !== undefined) draft[field as keyof OfferingDraft] = lookup(kind, value) ?? value;
  }
  return draft;
}

/** Always an object, so a missing Dutch text is reported as `Titel: missing text`, not as a missing object. */
function localized(nl: string | undefined, en: string | undefined): { nl?: string; en?: string } {
  return { ...(nl === undefined ? {} : { nl }), ...(en === undefined ? {} : { en }) };
}

/**
 * Gives drafts without an id one made from their Dutch title (`Wijkagenten leren samen` →
 * `wijkagenten-leren-samen`), unique within the file. Importing the same row again yields the
 * same id, so it updates the offering instead of adding a copy.
 */
export function assignIds(drafts: readonly OfferingDraft[]): void {
  const used = new Set<string>();
  for (const draft of drafts) if (typeof draft.id === 'string') used.add(draft.id);
  for (const draft of drafts) {
    const title = (draft.title as { nl?: unknown } | undefined)?.nl;
    if (draft.id !== undefined || typeof title !== 'string') continue;
    const base = slug(title);
    if (base === '') continue;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    draft.id = id;
  }
}

export function slug(text: string): string {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let result = '';
  for (const word of words) {
    const next = result ? `${result}-${word}` : word;
    if (next.length > 60 && result) break;
    result = next.slice(0, 60);
  }
  return result;
}
