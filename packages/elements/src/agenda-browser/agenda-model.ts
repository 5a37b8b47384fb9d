import { TARGET_GROUPS, type AgendaItem, type Dataset, type TargetGroup, type ThemeKind } from '@leernetwerk/sdk';

export const AGENDA_VIEWS = ['theme', 'target-group'] as const;
export type AgendaView = (typeof AGENDA_VIEWS)[number];

export interface AgendaFilters {
  readonly theme?: string;
  readonly targetGroup?: TargetGroup;
}

/** One heading with the agenda items under it; an item appears under every theme or group it has. */
export interface AgendaGroup {
  /** Unique within a view, safe in an id: `theme-safety`, `group-resident`, `other`. */
  readonly key: string;
  readonly kind: 'theme' | 'targetGroup' | 'other';
  /** Theme or target group id; empty for `other`. */
  readonly id: string;
  readonly items: readonly AgendaItem[];
}

/** Groups under a heading of their own: content and process themes; one unnamed section by target group. */
export interface AgendaSection {
  readonly themeKind?: ThemeKind;
  readonly groups: readonly AgendaGroup[];
}

export function isAgendaView(value: unknown): value is AgendaView {
  return typeof value === 'string' && (AGENDA_VIEWS as readonly string[]).includes(value);
}

/** Filters with ids the dataset does not know dropped, so a stale URL shows everything rather than nothing. */
export function knownFilters(dataset: Dataset, filters: { theme?: string | null; targetGroup?: string | null }): AgendaFilters {
  const theme = filters.theme && dataset.themes.some((t) => t.id === filters.theme) ? filters.theme : undefined;
  const group = (TARGET_GROUPS as readonly (string | null | undefined)[]).includes(filters.targetGroup)
    ? (filters.targetGroup as TargetGroup)
    : undefined;
  return { ...(theme ? { theme } : {}), ...(group ? { targetGroup: group } : {}) };
}

export function matchesFilters(item: AgendaItem, filters: AgendaFilters): boolean {
  return (
    (filters.theme === undefined || item.themes.includes(filters.theme)) &&
    (filters.targetGroup === undefined || item.targetGroups.includes(filters.targetGroup))
  );
}

/**
 * The agenda as the person asked to see it: by theme (content themes, then process themes, in
 * dataset order) or by target group, with the filters applied. Empty groups are left out; items
 * keep the dataset's order (priority questions, then white spots).
 */
export function agendaSections(dataset: Dataset, view: AgendaView, filters: AgendaFilters): AgendaSection[] {
  const items = dataset.agenda.filter((item) => matchesFilters(item, filters));
  const nonEmpty = (groups: AgendaGroup[]) => groups.filter((g) => g.items.length > 0);
  if (view === 'target-group') {
    const groups: AgendaGroup[] = TARGET_GROUPS.filter((g) => filters.targetGroup === undefined || g === filters.targetGroup).map(
      (g) => ({ key: `group-${g}`, kind: 'targetGroup', id: g, items: items.filter((item) => item.targetGroups.includes(g)) }),
    );
    return [{ groups: nonEmpty(groups) }].filter((s) => s.groups.length > 0);
  }
  const known = new Set(dataset.themes.map((t) => t.id));
  const themeGroup = (id: string): AgendaGroup => ({
    key: `theme-${id}`,
    kind: 'theme',
    id,
    items: items.filter((item) => item.themes.includes(id)),
  });
  const wanted = (id: string) => filters.theme === undefined || filters.theme === id;
  const sections: AgendaSection[] = (['content', 'process'] as const).map((themeKind) => ({
    themeKind,
    groups: nonEmpty(dataset.themes.filter((t) => t.kind === themeKind && wanted(t.id)).map((t) => themeGroup(t.id))),
  }));
  const other = items.filter((item) => !item.themes.some((id) => known.has(id)));
  if (filters.theme === undefined && other.length > 0) {
    sections.push({ groups: [{ key: 'other', kind: 'other', id: '', items: other }] });
  }
  return sections.filter((s) => s.groups.length > 0);
}

/** How many different agenda items pass the filters. */
export function countItems(dataset: Dataset, filters: AgendaFilters): number {
  return dataset.agenda.filter((item) => matchesFilters(item, filters)).length;
}

/** Priority questions and white spots are what the agenda is about; they stand out. */
export const isWhiteSpot = (item: AgendaItem): boolean => item.kind === 'content-gap' || item.kind === 'organisational-gap';
