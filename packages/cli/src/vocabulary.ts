import {
  DIRECTIONS,
  DOMAIN_SCOPES,
  DURATIONS,
  LEARNING_FORMS,
  SCALES,
  TARGET_GROUPS,
  label,
  type Dataset,
} from '@leernetwerk/sdk';
import { LANGS } from './lang.js';

export type VocabularyKind = 'theme' | 'targetGroup' | 'learningForm' | 'scale' | 'direction' | 'domainScope' | 'duration' | 'network';

/** Turns what a person typed ("landelijk", "Bewoners", "national") into a vocabulary id, or `undefined`. */
export type VocabularyLookup = (kind: VocabularyKind, value: string) => string | undefined;

/**
 * Accepts, for each vocabulary, its ids and its Dutch and English labels from the SDK's messages
 * (one source of truth), plus learning-form synonyms and network names from the dataset.
 * Comparison ignores case, accents and punctuation; a label with a part in brackets also
 * counts without it, so `(Wijk)professionals` accepts `professionals`, and the start of a name
 * (four letters or more) is enough when it fits only one value: `horizontaal` for `horizontaal leren`.
 */
export function createVocabularyLookup(dataset: Dataset): VocabularyLookup {
  const ids: Record<Exclude<VocabularyKind, 'network'>, readonly string[]> = {
    theme: dataset.themes.map((t) => t.id),
    targetGroup: TARGET_GROUPS,
    learningForm: LEARNING_FORMS,
    scale: SCALES,
    direction: DIRECTIONS,
    domainScope: DOMAIN_SCOPES,
    duration: DURATIONS,
  };
  const tables = new Map<VocabularyKind, Map<string, string>>();
  for (const [kind, list] of Object.entries(ids) as [Exclude<VocabularyKind, 'network'>, readonly string[]][]) {
    const table = new Map<string, string>();
    for (const id of list) {
      table.set(vocabularyKey(id), id);
      for (const lang of LANGS) for (const name of variants(label(kind, id, lang, dataset))) add(table, name, id);
    }
    tables.set(kind, table);
  }

  const forms = tables.get('learningForm')!;
  const synonyms = new Map<string, Set<string>>();
  for (const form of dataset.learningForms) {
    for (const synonym of form.synonyms) {
      const key = vocabularyKey(synonym);
      synonyms.set(key, (synonyms.get(key) ?? new Set()).add(form.id));
    }
  }
  for (const [key, owners] of synonyms) if (owners.size === 1) add(forms, key, [...owners][0]!, true);

  const networks = new Map<string, string>();
  for (const network of dataset.networks) {
    networks.set(vocabularyKey(network.id), network.id);
    add(networks, network.name, network.id);
  }
  tables.set('network', networks);

  return (kind, value) => {
    const table = tables.get(kind);
    const key = vocabularyKey(value);
    if (table === undefined || key === '') return undefined;
    return table.get(key) ?? uniquePrefix(table, key);
  };
}

/** `horizontaal` for the label `horizontaal leren`: a start of names that all mean the same id. */
function uniquePrefix(table: ReadonlyMap<string, string>, key: string): string | undefined {
  if (key.length < 4) return undefined;
  const found = new Set<string>();
  for (const [name, id] of table) if (name.startsWith(key)) found.add(id);
  return found.size === 1 ? [...found][0] : undefined;
}

/** How two spellings are compared: lowercase, no accents, no punctuation or spaces. */
export function vocabularyKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function variants(name: string): string[] {
  const withoutBrackets = name.replace(/\([^)]*\)/g, ' ').trim();
  return withoutBrackets && withoutBrackets !== name ? [name, withoutBrackets] : [name];
}

/** Adds a name unless it already names something (ids and labels win over synonyms). */
function add(table: Map<string, string>, name: string, id: string, keyed = false): void {
  const key = keyed ? name : vocabularyKey(name);
  if (key !== '' && !table.has(key)) table.set(key, id);
}

/**
 * Splits a list cell on `|`, or else on `,` and line breaks, then joins neighbouring pieces back
 * when together they are one name: "Wonen, Gezondheid, zorg en welzijn" is two themes.
 */
export function splitList(cell: string, isName: (candidate: string) => boolean): string[] {
  const pieces = (cell.includes('|') ? cell.split(/[|\n]/) : cell.split(/[,\n]/)).map((p) => p.trim());
  const result: string[] = [];
  for (let start = 0; start < pieces.length; ) {
    let end = start + 1;
    for (let longer = pieces.length; longer > start + 1; longer--) {
      if (isName(pieces.slice(start, longer).join(', '))) {
        end = longer;
        break;
      }
    }
    const item = pieces.slice(start, end).join(', ');
    if (item !== '') result.push(item);
    start = end;
  }
  return result;
}
