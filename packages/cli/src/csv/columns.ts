/**
 * The documented CSV columns of an offerings file, with the Dutch and English header names
 * accepted for each. Headers are compared without case, accents, spaces or punctuation,
 * so `Thema's`, `themas` and `THEMES` all find the same column.
 */
export const COLUMNS = {
  id: ['id', 'code', 'sleutel'],
  title: ['title', 'titel', 'naam', 'name'],
  title_en: ['title_en', 'titel_en', 'titel (en)', 'title (en)', 'engelse titel', 'english title'],
  provider: ['provider', 'aanbieder', 'organisatie', 'organisation', 'organization'],
  description: ['description', 'beschrijving', 'omschrijving'],
  description_en: ['description_en', 'beschrijving_en', 'omschrijving_en', 'engelse beschrijving', 'english description'],
  themes: ['themes', 'theme', "thema's", 'themas', 'thema'],
  target_groups: ['target_groups', 'target group', 'doelgroepen', 'doelgroep'],
  learning_forms: ['learning_forms', 'learning form', 'leervormen', 'leervorm', 'werkvormen', 'werkvorm'],
  scale: ['scale', 'scales', 'schaal', 'schaalniveau', 'niveau'],
  direction: ['direction', 'richting'],
  domain_scope: ['domain_scope', 'domain scope', 'domein', 'domeinen', 'binnen of over domeinen'],
  region: ['region', 'regio'],
  duration: ['duration', 'duur', 'looptijd'],
  url: ['url', 'website', 'link', 'webadres'],
  contact: ['contact', 'contactpersoon', 'contactgegevens'],
  network: ['network', 'netwerk'],
} as const satisfies Record<string, readonly string[]>;

export type Column = keyof typeof COLUMNS;

export function headerKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, Column>(
  Object.entries(COLUMNS).flatMap(([column, names]) => names.map((n) => [headerKey(n), column as Column] as const)),
);

export interface HeaderMap {
  /** Column → its index in the row and the header as the file spells it. */
  readonly columns: ReadonlyMap<Column, { index: number; header: string }>;
  /** Headers that name no known column; their cells are ignored. */
  readonly unknown: readonly string[];
}

/** Maps a header row to columns. When two headers name the same column, the first wins. */
export function mapHeader(header: readonly string[]): HeaderMap {
  const columns = new Map<Column, { index: number; header: string }>();
  const unknown: string[] = [];
  header.forEach((name, index) => {
    const column = BY_KEY.get(headerKey(name));
    if (column === undefined) {
      if (name !== '') unknown.push(name);
    } else if (!columns.has(column)) columns.set(column, { index, header: name });
  });
  return { columns, unknown };
}
