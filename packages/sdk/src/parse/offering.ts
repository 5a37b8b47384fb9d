import * as z from 'zod/mini';
import { OfferingSchema } from '../schema/index.js';
import type { Dataset, Offering } from '../schema/index.js';
import { isPlaceholder, isRecord, typeOf } from './describe.js';
import { CYCLIC, toInert } from './inert.js';
import { issuesToProblems } from './issues.js';
import { formatPath, problem } from './problem.js';
import type { Problem } from './problem.js';

/** One offering is small; more values than this is not an offering. */
export const OFFERING_MAX_VALUES = 10_000;

export interface ParseOfferingOptions {
  /** The catalogue it is meant for: its themes, networks and agenda items must exist there, its id must be new. */
  readonly dataset?: Dataset;
}

export type ParseOfferingResult =
  | { readonly ok: true; readonly offering: Offering; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly offering?: undefined; readonly problems: readonly Problem[] };

/**
 * Checks one learning offering from outside (a form, an API) against the schema and, with a
 * dataset, against the catalogue: themes, network and agenda items must exist there and the id
 * must not be taken. Never throws. Like `parseQuestion`, its problems name the field and what was
 * expected but never what was typed, so they are safe to log and to show back: an unknown theme
 * is `themes[0]`, not its id. (`parseDataset`, for coordinators, does show dataset values.)
 *
 * @example
 * const result = parseOffering({ id: 'buurtkring', title: { nl: 'Buurtkring' }, themes: ['veiligheid'], … }, { dataset });
 * // result.ok === false; result.problems includes { where: 'themes[0]', code: 'unknown-theme', params: {} }
 */
export function parseOffering(input: unknown, options: ParseOfferingOptions = {}): ParseOfferingResult {
  try {
    const inert = toInert(input, OFFERING_MAX_VALUES);
    if (!inert.complete) return failed([problem([], 'input-too-large', { limit: inert.limit })]);
    const root = inert.value;
    if (isPlaceholder(root)) return failed([problem([], root === CYCLIC ? 'cyclic' : 'unreadable')]);
    if (!isRecord(root)) return failed([problem([], 'not-an-object', { receivedType: typeOf(root) })]);
    const result = z.safeParse(OfferingSchema, root);
    if (!result.success) return failed(issuesToProblems(result.error.issues, root, { prefix: [], reveal: false }));
    const problems = options.dataset === undefined ? [] : referenceProblems(result.data, options.dataset);
    return problems.length === 0 ? { ok: true, offering: result.data, problems } : failed(problems);
  } catch {
    // Reading works on an inert copy with safeParse, so this is a last line of defence only.
    return failed([problem([], 'invalid')]);
  }
}

function referenceProblems(offering: Offering, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  const taken = dataset.offerings.findIndex((o) => o.id === offering.id);
  // The params name places only: the ids are what the person typed.
  if (taken !== -1) problems.push(problem(['id'], 'duplicate-id', { first: formatPath(['offerings', taken]) }));
  const themes = new Set(dataset.themes.map((t) => t.id));
  offering.themes.forEach((id, i) => {
    if (!themes.has(id)) problems.push(problem(['themes', i], 'unknown-theme'));
  });
  if (offering.network !== undefined && !dataset.networks.some((n) => n.id === offering.network)) {
    problems.push(problem(['network'], 'unknown-network'));
  }
  const agenda = new Set(dataset.agenda.map((a) => a.id));
  (offering.agendaItems ?? []).forEach((id, i) => {
    if (!agenda.has(id)) problems.push(problem(['agendaItems', i], 'unknown-agenda-item'));
  });
  return problems;
}

function failed(problems: Problem[]): ParseOfferingResult {
  return { ok: false, problems };
}
