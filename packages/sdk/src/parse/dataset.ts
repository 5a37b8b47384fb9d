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
import type { Dataset } from '../schema/index.js';
import { isPlaceholder, isRecord, showReceived, typeOf } from './describe.js';
import { CYCLIC, toInert } from './inert.js';
import { issuesToProblems } from './issues.js';
import { problem } from './problem.js';
import type { DatasetProblem } from './problem.js';
import { createCollector, reportFatal } from './collect.js';
import type { Collector } from './collect.js';
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
  let collector: Collector = createCollector(true);
  try {
    collector = createCollector(options?.mode !== 'strict');
    const dataset = readDataset(collector, input);
    const ok = dataset !== undefined && (collector.lenient ? !collector.fatal : collector.problems.length === 0);
    return ok ? { ok, dataset, problems: collector.problems } : { ok: false, problems: collector.problems };
  } catch {
    // Reading works on an inert copy with safeParse, so this is a last line of defence only.
    return { ok: false, problems: [...collector.problems, problem([], 'invalid')] };
  }
}

function readDataset(collector: Collector, input: unknown): Dataset | undefined {
  const inert = toInert(input);
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
  const themes = unique(collector, 'themes', readCollection(collector, root, 'themes', ThemeSchema));
  const groupsRead = unique(
    collector,
    'targetGroups',
    readCollection(collector, root, 'targetGroups', TargetGroupSchema, { part: 'learningNeeds' }),
  );
  const groups = groupsRead && { ...groupsRead, records: keepFirstNeedById(collector, groupsRead.records, 'targetGroups') };
  const forms = unique(collector, 'learningForms', readCollection(collector, root, 'learningForms', LearningFormSchema));
  const agenda = unique(
    collector,
    'agenda',
    readCollection(collector, root, 'agenda', AgendaItemSchema, { part: 'questions' }),
  );
  const offerings = unique(collector, 'offerings', readCollection(collector, root, 'offerings', OfferingSchema));
  const networks = unique(collector, 'networks', readCollection(collector, root, 'networks', NetworkSchema));
  const shared = unique(
    collector,
    'sharedQuestions',
    readCollection(collector, root, 'sharedQuestions', SharedQuestionSchema, { optional: true }),
  );
  if (!header.success || !themes || !groups || !forms || !agenda || !offerings || !networks) return undefined;
  if (root['sharedQuestions'] !== undefined && !shared) return undefined;

  const themeIds = targetsOf(themes);
  const networkRecords = pruneList(collector, networks, 'networks', 'themes', themeIds, 'unknown-theme', false);
  const agendaThemed = { ...agenda, records: pruneList(collector, agenda, 'agenda', 'themes', themeIds, 'unknown-theme', true) };
  const agendaIds = targetsOf(agendaThemed);
  const agendaRecords = pruneList(collector, agendaThemed, 'agenda', 'related', agendaIds, 'unknown-agenda-item', false);
  const networkIds = targetsOf({ ...networks, records: networkRecords });
  const offeringsThemed = pruneList(collector, offerings, 'offerings', 'themes', themeIds, 'unknown-theme', true);
  const offeringsLinked = pruneList(
    collector,
    { records: offeringsThemed },
    'offerings',
    'agendaItems',
    agendaIds,
    'unknown-agenda-item',
    false,
  );
  const offeringRecords = pruneNetwork(collector, offeringsLinked, 'offerings', networkIds);
  const groupRecords = pruneNeedForms(collector, groups.records, 'targetGroups', targetsOf(forms));
  const sharedRecords = shared && pruneList(collector, shared, 'sharedQuestions', 'themes', themeIds, 'unknown-theme', false);

  return {
    schemaVersion: SCHEMA_VERSION,
    updated: header.data.updated,
    ...(header.data.title === undefined ? {} : { title: header.data.title }),
    themes: themes.records.map((r) => r.value),
    targetGroups: groupRecords.map((r) => r.value),
    learningForms: forms.records.map((r) => r.value),
    agenda: agendaRecords.map((r) => r.value),
    offerings: offeringRecords.map((r) => r.value),
    networks: networkRecords.map((r) => r.value),
    ...(sharedRecords === undefined ? {} : { sharedQuestions: sharedRecords.map((r) => r.value) }),
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

function unique<T extends { readonly id: string }>(
  collector: Collector,
  key: string,
  collection: Collection<T> | undefined,
): Collection<T> | undefined {
  if (collection === undefined) return undefined;
  return { records: keepFirstById(collector, collection.records, [key]), dropped: collection.dropped };
}
