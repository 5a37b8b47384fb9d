import * as z from 'zod/mini';
import type { Steps } from '../internal/slices.js';
import type { TargetGroupRecord } from '../schema/index.js';
import { isPlaceholder, isRecord, showReceived, typeOf } from './describe.js';
import { CYCLIC } from './inert.js';
import { issuesToProblems } from './issues.js';
import { formatPath, problem } from './problem.js';
import type { PathSegment, Problem } from './problem.js';
import { report, reportFatal } from './collect.js';
import type { Collector, Kept } from './collect.js';

export interface Collection<T> {
  readonly records: Kept<T>[];
  /** Ids of records left out, with their place: references to them are not "unknown". */
  readonly dropped: Map<string, string>;
}

/**
 * Parses each record of one top-level list on its own, so one bad record costs only itself; one
 * record per unit of work.
 * With `part`, a bad item of that nested list (a learning need, an agenda question) costs only
 * that item. Returns `undefined` when the list is absent or not a list.
 */
export function* readCollection<S extends z.core.$ZodType>(
  collector: Collector,
  root: Record<string, unknown>,
  key: string,
  schema: S,
  options: { readonly optional?: boolean; readonly part?: string } = {},
): Steps<Collection<z.output<S>> | undefined> {
  const raw = root[key];
  if (raw === undefined && options.optional) return undefined;
  if (!Array.isArray(raw)) {
    reportFatal(collector, notAList([key], raw));
    return undefined;
  }
  const collection: Collection<z.output<S>> = { records: [], dropped: new Map() };
  for (let index = 0; index < raw.length; index++) {
    const item: unknown = raw[index];
    const kept = readRecord(collector, schema, item, [key, index], options.part);
    if (kept !== undefined) {
      collection.records.push({ index, ...kept });
    } else {
      const id = isRecord(item) ? item['id'] : undefined;
      if (typeof id === 'string' && !collection.dropped.has(id)) collection.dropped.set(id, `${key}[${index}]`);
    }
    yield;
  }
  return collection;
}

function notAList(path: readonly PathSegment[], value: unknown): Problem {
  if (value === undefined) return problem(path, 'missing', { expected: 'array' });
  if (isPlaceholder(value)) return problem(path, value === CYCLIC ? 'cyclic' : 'unreadable');
  const received = showReceived(value);
  return problem(path, 'wrong-type', {
    expected: 'array',
    receivedType: typeOf(value),
    ...(received === undefined ? {} : { received }),
  });
}

function readRecord<S extends z.core.$ZodType>(
  collector: Collector,
  schema: S,
  item: unknown,
  at: readonly PathSegment[],
  part: string | undefined,
): { value: z.output<S>; parts?: number[] } | undefined {
  const first = z.safeParse(schema, item);
  if (first.success) {
    const list = part === undefined || !isRecord(item) ? undefined : item[part];
    return { value: first.data, ...(Array.isArray(list) ? { parts: list.map((_, i) => i) } : {}) };
  }
  const problems = issuesToProblems(first.error.issues, item, { prefix: at, reveal: true });
  const bad = part === undefined ? undefined : badParts(first.error.issues, part);
  if (part !== undefined && bad !== undefined && isRecord(item) && Array.isArray(item[part])) {
    const list: unknown[] = item[part];
    const parts = list.map((_, i) => i).filter((i) => !bad.has(i));
    const retry = z.safeParse(schema, { ...item, [part]: parts.map((i) => list[i]) });
    if (retry.success) {
      for (const found of problems) report(collector, found, found.path.slice(0, at.length + 2));
      return { value: retry.data, parts };
    }
  }
  for (const found of problems) report(collector, found, at);
  return undefined;
}

/** The items of `part` that the issues are about, or `undefined` if any issue lies elsewhere. */
function badParts(issues: readonly z.core.$ZodIssue[], part: string): Set<number> | undefined {
  const bad = new Set<number>();
  for (const issue of issues) {
    const [head, index] = issue.path;
    if (head !== part || typeof index !== 'number') return undefined;
    bad.add(index);
  }
  return bad;
}

/**
 * Keeps the first record of each id; a later one is reported and left out.
 *
 * @example
 * keepFirstById(collector, [{ index: 0, value: { id: 'a' } }, { index: 1, value: { id: 'a' } }], ['themes']);
 * // keeps index 0; reports themes[1].id as 'duplicate-id' with { id: 'a', first: 'themes[0]' }
 */
export function keepFirstById<T extends { readonly id: string }, K extends Kept<T>>(
  collector: Collector,
  records: readonly K[],
  prefix: readonly PathSegment[],
): K[] {
  const first = new Map<string, number>();
  return records.filter((record) => {
    const earlier = first.get(record.value.id);
    if (earlier === undefined) {
      first.set(record.value.id, record.index);
      return true;
    }
    const at = [...prefix, record.index];
    const firstAt = formatPath([...prefix, earlier]);
    report(collector, problem([...at, 'id'], 'duplicate-id', { id: record.value.id, first: firstAt }), at);
    return false;
  });
}

/** Keeps the first learning need of each id within each target group. */
export function keepFirstNeedById(
  collector: Collector,
  records: readonly Kept<TargetGroupRecord>[],
  key: string,
): Kept<TargetGroupRecord>[] {
  return records.map((record) => {
    const needs = record.value.learningNeeds.map((value, k) => ({ index: record.parts?.[k] ?? k, value }));
    const kept = keepFirstById(collector, needs, [key, record.index, 'learningNeeds']);
    if (kept.length === needs.length) return record;
    return {
      index: record.index,
      value: { ...record.value, learningNeeds: kept.map((need) => need.value) },
      parts: kept.map((need) => need.index),
    };
  });
}
