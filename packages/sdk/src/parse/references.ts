import type { Steps } from '../internal/slices.js';
import type { LearningNeed, TargetGroupRecord } from '../schema/index.js';
import { problem } from './problem.js';
import type { PathSegment, Problem, ProblemCode } from './problem.js';
import { report } from './collect.js';
import type { Collector, Kept } from './collect.js';
import type { Collection } from './records.js';

type ReferenceCode = Extract<
  ProblemCode,
  'unknown-theme' | 'unknown-network' | 'unknown-agenda-item' | 'unknown-learning-form'
>;

/** The ids a reference may point at, and the ids of records that were left out. */
export interface Targets {
  readonly ids: ReadonlySet<string>;
  readonly dropped: ReadonlyMap<string, string>;
}

export function targetsOf<T extends { readonly id: string }>(collection: Collection<T>): Targets {
  return { ids: new Set(collection.records.map((r) => r.value.id)), dropped: collection.dropped };
}

/**
 * The problem with a reference that points nowhere, if it is one to report: a reference to a
 * record that was itself left out is only news in lenient mode (strict mode failed on that record).
 */
function unknownReference(
  collector: Collector,
  id: string,
  targets: Targets,
  at: readonly PathSegment[],
  code: ReferenceCode,
): Problem | undefined {
  if (targets.ids.has(id)) return undefined;
  const droppedAt = targets.dropped.get(id);
  if (droppedAt !== undefined && !collector.lenient) return undefined;
  return problem(at, code, droppedAt === undefined ? { id } : { id, droppedAt });
}

function unresolved(
  collector: Collector,
  ids: readonly string[],
  targets: Targets,
  at: readonly PathSegment[],
  code: ReferenceCode,
): { kept: string[]; problems: Problem[] } {
  return {
    kept: ids.filter((id) => targets.ids.has(id)),
    problems: ids.flatMap((id, index) => unknownReference(collector, id, targets, [...at, index], code) ?? []),
  };
}

/**
 * Removes references in `field` that point nowhere. When the list must not be empty and nothing
 * is left, the record goes instead (and joins `dropped`, so references to it say so). One record
 * per unit of work.
 */
export function* pruneList<F extends string, T extends { readonly id?: string } & Partial<Record<F, readonly string[]>>>(
  collector: Collector,
  collection: { readonly records: readonly Kept<T>[]; readonly dropped?: Map<string, string> },
  key: string,
  field: F,
  targets: Targets,
  code: ReferenceCode,
  required: boolean,
): Steps<Kept<T>[]> {
  const result: Kept<T>[] = [];
  for (const record of collection.records) {
    const pruned = pruneRecord(collector, collection, record, key, field, targets, code, required);
    if (pruned !== undefined) result.push(pruned);
    yield;
  }
  return result;
}

function pruneRecord<F extends string, T extends { readonly id?: string } & Partial<Record<F, readonly string[]>>>(
  collector: Collector,
  collection: { readonly dropped?: Map<string, string> },
  record: Kept<T>,
  key: string,
  field: F,
  targets: Targets,
  code: ReferenceCode,
  required: boolean,
): Kept<T> | undefined {
  const ids = record.value[field];
  if (ids === undefined) return record;
  if (ids.every((id) => targets.ids.has(id))) return record;
  const at = [key, record.index, field];
  const { kept, problems } = unresolved(collector, ids, targets, at, code);
  if (problems.length === 0) return record;
  if (required && kept.length === 0) {
    for (const found of problems) report(collector, found, [key, record.index]);
    const id = record.value.id;
    if (id !== undefined) collection.dropped?.set(id, `${key}[${record.index}]`);
    return undefined;
  }
  for (const found of problems) report(collector, found, found.path);
  return { ...record, value: { ...record.value, [field]: kept } };
}

/** Removes an offering's `network` when no such network exists; one record per unit of work. */
export function* pruneNetwork<T extends { readonly network?: string }>(
  collector: Collector,
  records: readonly Kept<T>[],
  key: string,
  targets: Targets,
): Steps<Kept<T>[]> {
  const result: Kept<T>[] = [];
  for (const record of records) {
    const network = record.value.network;
    if (network === undefined || targets.ids.has(network)) {
      result.push(record);
    } else {
      const { network: _dropped, ...rest } = record.value;
      const at = [key, record.index, 'network'];
      const found = unknownReference(collector, network, targets, at, 'unknown-network');
      if (found !== undefined) report(collector, found, at);
      result.push({ ...record, value: rest as T });
    }
    yield;
  }
  return result;
}

/** Removes learning forms a learning need prefers that the dataset does not describe. */
export function pruneNeedForms(
  collector: Collector,
  records: readonly Kept<TargetGroupRecord>[],
  key: string,
  forms: Targets,
): Kept<TargetGroupRecord>[] {
  return records.map((record) => {
    let changed = false;
    const learningNeeds = record.value.learningNeeds.map((need, k): LearningNeed => {
      const preferred = need.prefers.learningForms;
      if (preferred === undefined) return need;
      const at = [key, record.index, 'learningNeeds', record.parts?.[k] ?? k, 'prefers', 'learningForms'];
      const { kept, problems } = unresolved(collector, preferred, forms, at, 'unknown-learning-form');
      if (problems.length === 0) return need;
      for (const found of problems) report(collector, found, found.path);
      changed = true;
      return { ...need, prefers: { ...need.prefers, learningForms: kept as LearningNeed['prefers']['learningForms'] } };
    });
    return changed ? { ...record, value: { ...record.value, learningNeeds } } : record;
  });
}
