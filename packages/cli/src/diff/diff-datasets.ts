import { isDeepStrictEqual } from 'node:util';

export interface ChangedRecord {
  readonly id: string;
  /** Changed fields, sorted; inside an object field such as `title`, the changed keys: `title.en`. */
  readonly fields: readonly string[];
}

export interface CollectionDiff {
  readonly added: readonly string[];
  readonly changed: readonly ChangedRecord[];
  readonly removed: readonly string[];
}

export interface DatasetDiff {
  /** Top-level fields outside the collections that changed (`updated`, `title` …). */
  readonly fields: readonly string[];
  /** Per collection (every array of records with an `id`), in dataset order. */
  readonly collections: Readonly<Record<string, CollectionDiff>>;
}

type Json = Record<string, unknown>;

const ORDER = ['themes', 'targetGroups', 'learningForms', 'agenda', 'offerings', 'networks', 'sharedQuestions'];

/**
 * What was added, changed and removed between two versions of a dataset, matched by `id`
 * within each collection. Works on the JSON as it is, so it can compare invalid files too.
 */
export function diffDatasets(before: Json, after: Json): DatasetDiff {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const isCollection = (key: string) => isRecordList(before[key]) || isRecordList(after[key]);
  const collectionKeys = keys
    .filter(isCollection)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

  const collections: Record<string, CollectionDiff> = {};
  for (const key of collectionKeys) collections[key] = diffCollection(records(before[key]), records(after[key]));
  return { fields: changedKeys(before, after, keys.filter((k) => !isCollection(k))), collections };
}

export function hasChanges(diff: DatasetDiff): boolean {
  return (
    diff.fields.length > 0 ||
    Object.values(diff.collections).some((c) => c.added.length + c.changed.length + c.removed.length > 0)
  );
}

function diffCollection(before: Map<string, Json>, after: Map<string, Json>): CollectionDiff {
  const added = [...after.keys()].filter((id) => !before.has(id));
  const removed = [...before.keys()].filter((id) => !after.has(id));
  const changed: ChangedRecord[] = [];
  for (const [id, next] of after) {
    const previous = before.get(id);
    if (previous === undefined || isDeepStrictEqual(previous, next)) continue;
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(next)])]
      .flatMap((field) => fieldChanges(field, previous[field], next[field]))
      .sort();
    changed.push({ id, fields });
  }
  return { added, changed, removed };
}

function fieldChanges(field: string, before: unknown, after: unknown): string[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (isPlainObject(before) && isPlainObject(after)) {
    return changedKeys(before, after, [...new Set([...Object.keys(before), ...Object.keys(after)])]).map((k) => `${field}.${k}`);
  }
  return [field];
}

function changedKeys(before: Json, after: Json, keys: readonly string[]): string[] {
  return keys.filter((key) => !isDeepStrictEqual(before[key], after[key]));
}

function records(value: unknown): Map<string, Json> {
  const map = new Map<string, Json>();
  if (Array.isArray(value)) for (const item of value) if (hasId(item)) map.set(item.id, item);
  return map;
}

function isRecordList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every(hasId);
}

function hasId(value: unknown): value is Json & { id: string } {
  return isPlainObject(value) && typeof value.id === 'string';
}

function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rank(key: string): number {
  const index = ORDER.indexOf(key);
  return index === -1 ? ORDER.length : index;
}
