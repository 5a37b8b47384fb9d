// What the person filled in (a flat draft, kept as typed) and how it becomes an offering for
// the SDK to check: trimmed, empty optional fields left out, the id made from the title.
import type { Problem } from '@leernetwerk/sdk';

export const TEXT_FIELDS = [
  'titleNl',
  'titleEn',
  'provider',
  'descriptionNl',
  'descriptionEn',
  'url',
  'contact',
  'region',
  'duration',
  'network',
  'id',
  'sourceSection',
  'sourceQuote',
] as const;
export const LIST_FIELDS = ['themes', 'targetGroups', 'agendaItems', 'learningForms', 'direction', 'domainScope', 'scale'] as const;

export type TextField = (typeof TEXT_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];
export type Field = TextField | ListField;

/** The form as typed: every field optional, nothing validated. */
export type OfferingDraft = Partial<Record<TextField, string> & Record<ListField, readonly string[]>>;

/** Fields in form order, as the review lists them and as errors are ordered. */
export const FIELD_ORDER: readonly Field[] = [
  'titleNl',
  'titleEn',
  'provider',
  'descriptionNl',
  'descriptionEn',
  'url',
  'contact',
  'themes',
  'targetGroups',
  'agendaItems',
  'learningForms',
  'duration',
  'direction',
  'domainScope',
  'scale',
  'region',
  'network',
  'id',
  'sourceSection',
  'sourceQuote',
];

export const REQUIRED: ReadonlySet<Field> = new Set<Field>([
  'titleNl',
  'provider',
  'descriptionNl',
  'themes',
  'targetGroups',
  'learningForms',
  'direction',
  'domainScope',
  'scale',
]);

/** The id of each field's control (or fieldset) in the shadow root; error links point here. */
export const FIELD_IDS: Readonly<Record<Field, string>> = Object.fromEntries(
  FIELD_ORDER.map((field) => [field, `ofm-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`]),
) as Record<Field, string>;

const MAX_ID_LENGTH = 60;

/**
 * A URL-safe id from a title: accents dropped, lower case, words joined by dashes, at most 60
 * characters, cut at a word.
 * @example slugify('Leerkring “Wijkaanpak” Één') // 'leerkring-wijkaanpak-een'
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 20 ? cut.slice(0, dash) : cut.slice(0, MAX_ID_LENGTH)).replace(/-+$/, '');
}

const text = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** The id that will be used: the one typed, else one made from the title. */
export function offeringId(draft: OfferingDraft): string {
  return text(draft.id) ?? slugify(draft.titleNl ?? '');
}

/**
 * The draft as an offering candidate for `parseOffering`: strings trimmed, empty optional fields
 * left out, so that only real mistakes remain for the SDK to find.
 */
export function toCandidate(draft: OfferingDraft): Record<string, unknown> {
  const optional = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value });
  const localized = (nl: string | undefined, en: string | undefined) => ({ nl: text(nl) ?? '', ...optional('en', text(en)) });
  const section = text(draft.sourceSection);
  const quote = text(draft.sourceQuote);
  return {
    id: offeringId(draft),
    title: localized(draft.titleNl, draft.titleEn),
    provider: text(draft.provider) ?? '',
    description: localized(draft.descriptionNl, draft.descriptionEn),
    themes: [...(draft.themes ?? [])],
    targetGroups: [...(draft.targetGroups ?? [])],
    learningForms: [...(draft.learningForms ?? [])],
    scale: [...(draft.scale ?? [])],
    direction: [...(draft.direction ?? [])],
    domainScope: [...(draft.domainScope ?? [])],
    ...optional('region', text(draft.region)),
    ...optional('duration', text(draft.duration)),
    ...optional('url', text(draft.url)),
    ...optional('contact', text(draft.contact)),
    ...optional('network', text(draft.network)),
    ...(draft.agendaItems?.length ? { agendaItems: [...draft.agendaItems] } : {}),
    // A quote without a section is a mistake worth reporting, so the section is sent empty then.
    ...(section !== undefined || quote !== undefined ? { source: { section: section ?? '', ...optional('quote', quote) } } : {}),
  };
}

/** Which form field a problem of `parseOffering` belongs to. */
export function fieldOf(problem: Problem): Field {
  const [head, sub] = problem.path;
  if (head === 'title') return sub === 'en' ? 'titleEn' : 'titleNl';
  if (head === 'description') return sub === 'en' ? 'descriptionEn' : 'descriptionNl';
  if (head === 'source') return sub === 'quote' ? 'sourceQuote' : 'sourceSection';
  if (typeof head === 'string' && (FIELD_ORDER as readonly string[]).includes(head)) return head as Field;
  return 'titleNl';
}

/** Keeps only known fields of the right kind from a stored draft (it may come from an older version). */
export function cleanDraft(value: unknown): OfferingDraft {
  if (value === null || typeof value !== 'object') return {};
  const record = value as Record<string, unknown>;
  const draft: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) if (typeof record[field] === 'string') draft[field] = record[field];
  for (const field of LIST_FIELDS) {
    const list = record[field];
    if (Array.isArray(list)) draft[field] = list.filter((v): v is string => typeof v === 'string');
  }
  return draft as OfferingDraft;
}

export const isEmptyDraft = (draft: OfferingDraft): boolean =>
  Object.values(draft).every((v) => (Array.isArray(v) ? v.length === 0 : typeof v !== 'string' || v.trim() === ''));
