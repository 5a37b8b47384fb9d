import * as z from 'zod/mini';
import {
  AgendaItemSchema,
  DatasetSchema,
  LearningFormSchema,
  NetworkSchema,
  OfferingSchema,
  SCHEMA_VERSION,
  SharedQuestionSchema,
  TargetGroupSchema,
  ThemeSchema,
} from '../schema/index.js';
import type {
  AgendaItem,
  Dataset,
  LearningFormRecord,
  Network,
  Offering,
  SharedQuestion,
  TargetGroupRecord,
  Theme,
} from '../schema/index.js';
import { runInSlices, runToEnd, type AbortSignalLike, type Steps } from '../internal/slices.js';
import { isPlaceholder, isRecord, showReceived, typeOf } from './describe.js';
import { CYCLIC, toInertSteps } from './inert.js';
import { issuesToProblems } from './issues.js';
import { problem } from './problem.js';
import type { DatasetProblem } from './problem.js';
import { createCollector, reportFatal } from './collect.js';
import type { Collector, Kept } from './collect.js';
import { keepFirstById, keepFirstNeedById, readCollection } from './records.js';
import type { Collection } from './records.js';
import { pruneList, pruneNeedForms, pruneNetwork, targetsOf } from './references.js';

export type ParseMode = 'strict' | 'lenient';

export interface ParseDatasetOptions {
  /** `strict`: any problem fails. `lenient` (default): leave out bad records, keep the rest. */
  readonly mode?: ParseMode;
}

export type ParseDatasetResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly DatasetProblem[] }
  | { readonly ok: false; readonly dataset?: undefined; readonly problems: readonly DatasetProblem[] };

const HeaderSchema = z.object({ updated: DatasetSchema.shape.updated, title: DatasetSchema.shape.title });

/**
 * Checks a dataset from outside (a file, a host page, an API) and says what is wrong, as data.
 * Never throws. Besides the schema it checks references: themes, networks, agenda items and
 * learning forms must exist, and ids must be unique per collection. In lenient mode each bad
 * record (or dangling reference) is left out and named in its problem's `dropped`; problems with
 * the dataset as a whole (not an object, another `schemaVersion`) fail in both modes.
 *
 * @example
 * const { ok, dataset, problems } = parseDataset(JSON.parse(text), { mode: 'lenient' });
 * for (const p of problems) console.warn(formatProblem(p, 'nl'));
 */
export function parseDataset(
  input: unknown,
  options: ParseDatasetOptions = { mode: 'lenient' },
): ParseDatasetResult {
  return runToEnd(parseSteps(input, options));
}

/** Options of {@link parseDatasetAsync}: those of {@link parseDataset}, and a signal to stop it. */
export interface ParseDatasetAsyncOptions extends ParseDatasetOptions {
  /** Stops parsing between two slices; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignalLike;
}

/**
 * {@link parseDataset} without long tasks: checks the dataset in slices of a few milliseconds,
 * giving the event loop back between them, so a page stays responsive while a large catalogue
 * is read. The result is the same as `parseDataset`'s; it never rejects, except when aborted.
 *
 * @example
 * const response = await fetch('/leernetwerk/dataset.json');
 * const { ok, dataset, problems } = await parseDatasetAsync(await response.json(), { signal: AbortSignal.timeout(10_000) });
 */
export function parseDatasetAsync(input: unknown, options: ParseDatasetAsyncOptions = {}): Promise<ParseDatasetResult> {
  const { signal, ...parseOptions } = options;
  return runInSlices(parseSteps(input, { mode: 'lenient', ...parseOptions }), { signal });
}

/** {@link parseDataset} in units of work: a few thousand values copied, a record checked. */
export function* parseSteps(input: unknown, options: ParseDatasetOptions | undefined): Steps<ParseDatasetResult> {
  let collector: Collector = createCollector(true);
  try {
    collector = createCollector(options?.mode !== 'strict');
    const dataset = yield* readDataset(collector, input);
    const ok = dataset !== undefined && (collector.lenient ? !collector.fatal : collector.problems.length === 0);
    return ok ? { ok, dataset, problems: collector.problems } : { ok: false, problems: collector.problems };
  } catch {
    // Reading works on an inert copy with safeParse, so this is a last line of defence only.
    return { ok: false, problems: [...collector.problems, problem([], 'invalid')] };
  }
}

function* readDataset(collector: Collector, input: unknown): Steps<Dataset | undefined> {
  const inert = yield* toInertSteps(input);
  if (!inert.complete) {
    reportFatal(collector, problem([], 'input-too-large', { limit: inert.limit }));
    return undefined;
  }
  const root = inert.value;
  if (isPlaceholder(root)) {
    reportFatal(collector, problem([], root === CYCLIC ? 'cyclic' : 'unreadable'));
    return undefined;
  }
  if (!isRecord(root)) {
    reportFatal(collector, problem([], 'not-an-object', { receivedType: typeOf(root) }));
    return undefined;
  }
  if (!readVersion(collector, root['schemaVersion'])) return undefined;

  const header = z.safeParse(HeaderSchema, root);
  if (!header.success) {
    for (const found of issuesToProblems(header.error.issues, root, { prefix: [], reveal: true })) {
      reportFatal(collector, found);
    }
  }
  const collections = yield* readCollections(collector, root);
  if (!header.success || collections === undefined) return undefined;
  const resolved = yield* resolveReferences(collector, collections);
  return {
    schemaVersion: SCHEMA_VERSION,
    updated: header.data.updated,
    ...(header.data.title === undefined ? {} : { title: header.data.title }),
    ...resolved,
  };
}

interface Collections {
  readonly themes: Collection<Theme>;
  readonly targetGroups: Collection<TargetGroupRecord>;
  readonly learningForms: Collection<LearningFormRecord>;
  readonly agenda: Collection<AgendaItem>;
  readonly offerings: Collection<Offering>;
  readonly networks: Collection<Network>;
  readonly sharedQuestions?: Collection<SharedQuestion>;
}

/** Each collection's records that pass on their own, first of each id; `undefined` if one is not a list. */
function* readCollections(collector: Collector, root: Record<string, unknown>): Steps<Collections | undefined> {
  function* read<S extends z.core.$ZodType & z.core.$ZodType<{ readonly id: string }>>(
    key: string,
    schema: S,
    options?: { readonly optional?: boolean; readonly part?: string },
  ): Steps<Collection<z.output<S>> | undefined> {
    const collection = yield* readCollection(collector, root, key, schema, options);
    return collection && { records: keepFirstById(collector, collection.records, [key]), dropped: collection.dropped };
  }
  const themes = yield* read('themes', ThemeSchema);
  const groups = yield* read('targetGroups', TargetGroupSchema, { part: 'learningNeeds' });
  const learningForms = yield* read('learningForms', LearningFormSchema);
  const agenda = yield* read('agenda', AgendaItemSchema, { part: 'questions' });
  const offerings = yield* read('offerings', OfferingSchema);
  const networks = yield* read('networks', NetworkSchema);
  const sharedQuestions = yield* read('sharedQuestions', SharedQuestionSchema, { optional: true });
  if (!themes || !groups || !learningForms || !agenda || !offerings || !networks) return undefined;
  if (root['sharedQuestions'] !== undefined && !sharedQuestions) return undefined;
  const targetGroups = { ...groups, records: keepFirstNeedById(collector, groups.records, 'targetGroups') };
  return {
    themes,
    targetGroups,
    learningForms,
    agenda,
    offerings,
    networks,
    ...(sharedQuestions === undefined ? {} : { sharedQuestions }),
  };
}

/**
 * Checks references in an order that lets each check see the result of the one before: an
 * agenda item that loses all its themes is gone before anything is checked against the agenda.
 */
function* resolveReferences(
  collector: Collector,
  c: Collections,
): Steps<Omit<Dataset, 'schemaVersion' | 'updated' | 'title'>> {
  const themes = targetsOf(c.themes);
  const networks = yield* pruneList(collector, c.networks, 'networks', 'themes', themes, 'unknown-theme', false);
  const agendaThemed = {
    ...c.agenda,
    records: yield* pruneList(collector, c.agenda, 'agenda', 'themes', themes, 'unknown-theme', true),
  };
  const agendaIds = targetsOf(agendaThemed);
  const agenda = yield* pruneList(collector, agendaThemed, 'agenda', 'related', agendaIds, 'unknown-agenda-item', false);
  const offeringsThemed = yield* pruneList(collector, c.offerings, 'offerings', 'themes', themes, 'unknown-theme', true);
  const offeringsLinked = yield* pruneList(
    collector,
    { records: offeringsThemed },
    'offerings',
    'agendaItems',
    agendaIds,
    'unknown-agenda-item',
    false,
  );
  const offerings = yield* pruneNetwork(collector, offeringsLinked, 'offerings', targetsOf({ ...c.networks, records: networks }));
  const targetGroups = pruneNeedForms(collector, c.targetGroups.records, 'targetGroups', targetsOf(c.learningForms));
  const shared =
    c.sharedQuestions &&
    (yield* pruneList(collector, c.sharedQuestions, 'sharedQuestions', 'themes', themes, 'unknown-theme', false));
  const values = <T>(records: readonly Kept<T>[]): T[] => records.map((r) => r.value);
  return {
    themes: values(c.themes.records),
    targetGroups: values(targetGroups),
    learningForms: values(c.learningForms.records),
    agenda: values(agenda),
    offerings: values(offerings),
    networks: values(networks),
    ...(shared === undefined ? {} : { sharedQuestions: values(shared) }),
  };
}

/** False when the rest cannot be read as this version's dataset. */
function readVersion(collector: Collector, version: unknown): boolean {
  if (version === SCHEMA_VERSION) return true;
  if (isPlaceholder(version)) {
    reportFatal(collector, problem(['schemaVersion'], version === CYCLIC ? 'cyclic' : 'unreadable'));
    return false;
  }
  if (version === undefined) {
    reportFatal(collector, problem(['schemaVersion'], 'missing', { expected: 'number' }));
    return true;
  }
  const received = showReceived(version);
  reportFatal(
    collector,
    problem(['schemaVersion'], 'unsupported-version', {
      expected: String(SCHEMA_VERSION),
      receivedType: typeOf(version),
      ...(received === undefined ? {} : { received }),
    }),
  );
  return false;
}
