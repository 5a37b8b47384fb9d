import { REASON_CODES, type Ranked, type Reason, type ReasonCode, type ReasonParams } from '../reasons.js';
import type { LearningNeed } from '../schema/index.js';
import type { Asker } from './asker.js';
import { topK } from '../search/top-k.js';
import type { TextResults } from './text-index.js';

/** Everything a criterion may look at besides the item itself. Built once per `match` call. */
export interface ScoringContext {
  readonly asker: Asker;
  /** Full-text results for this kind of item. */
  readonly text: TextResults;
  /** Whether the question had any words to search for. */
  readonly hasText: boolean;
  /** Final agenda scores (0..1) of the agenda items that matched, by id. */
  readonly agendaScores: ReadonlyMap<string, number>;
  /** Themes of the best agenda matches, used when the asker named none. */
  readonly inferredThemes: readonly string[];
  /** The learning needs the report gives for the asker's target group (section 2.3). */
  readonly needs: readonly LearningNeed[];
}

/**
 * One named, pure scoring criterion. `value` says how well an item meets it (0..1, 0 for no
 * signal); `explain` gives the reason params for an item with a positive value. A criterion that
 * does not apply to a question (the asker said nothing it could judge) is left out, so the weights
 * that remain still reach 1.
 */
export interface Criterion<T> {
  readonly code: ReasonCode;
  /** Share of the score; 0 for reasons that explain without ranking. */
  readonly weight: number;
  applies(context: ScoringContext): boolean;
  value(item: T, context: ScoringContext): number;
  /** One reason per entry; the criterion's contribution is shared among them. */
  explain(item: T, context: ScoringContext): readonly ReasonParams[];
}

export type CriteriaRegistry<T> = Readonly<Record<string, Criterion<T>>>;

const codeRank = (code: ReasonCode): number => REASON_CODES.indexOf(code);
const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareReasons(a: Reason, b: Reason): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  if (a.code !== b.code) return codeRank(a.code) - codeRank(b.code);
  return compareIds(JSON.stringify(a.params), JSON.stringify(b.params));
}

const clamp = (value: number): number => (value > 0 ? Math.min(1, value) : 0);

function reasonsFor<T>(item: T, criteria: readonly Criterion<T>[], totalWeight: number, context: ScoringContext): Reason[] {
  const reasons: Reason[] = [];
  for (const criterion of criteria) {
    const value = clamp(criterion.value(item, context));
    if (value === 0) continue;
    const params = criterion.explain(item, context);
    const contribution = totalWeight > 0 ? (criterion.weight * value) / totalWeight : 0;
    for (const entry of params) reasons.push({ code: criterion.code, weight: contribution / params.length, params: entry });
  }
  return reasons.sort(compareReasons);
}

/** An item with its score, before its reasons are worked out. */
export interface Scored<T> {
  readonly item: T;
  readonly score: number;
}

const compareScored = <T extends { readonly id: string }>(a: Scored<T>, b: Scored<T>): number =>
  b.score - a.score || compareIds(a.item.id, b.item.id);

/**
 * Scores items by the weighted mean of the applicable criteria, in the order given. An item is
 * kept only if one of the `gate` criteria gives it a signal (structure alone never brings an item
 * in), so passing only the items a gate can let through gives the same result.
 */
export function scoreUnordered<T extends { readonly id: string }>(
  items: Iterable<T>,
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
  gate: readonly ReasonCode[],
): Scored<T>[] {
  const criteria = Object.values(registry).filter((criterion) => criterion.applies(context));
  const gates = criteria.filter((criterion) => gate.includes(criterion.code));
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (gates.length === 0) return [];

  const scored: Scored<T>[] = [];
  for (const item of items) {
    if (!gates.some((g) => g.value(item, context) > 0)) continue;
    let sum = 0;
    for (const criterion of criteria) sum += criterion.weight * clamp(criterion.value(item, context));
    const score = totalWeight > 0 ? Math.min(1, sum / totalWeight) : 0;
    if (score > 0) scored.push({ item, score });
  }
  return scored;
}

/** {@link scoreUnordered}, best first, ties broken by id. */
export function scoreItems<T extends { readonly id: string }>(
  items: readonly T[],
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
  gate: readonly ReasonCode[],
): Scored<T>[] {
  return scoreUnordered(items, registry, context, gate).sort(compareScored);
}

/** The best `limit` of scored items, best first (ties by id), without sorting the rest. */
export function bestScored<T extends { readonly id: string }>(scored: readonly Scored<T>[], limit: number): Scored<T>[] {
  const positions = topK(
    Uint32Array.from(scored, (_, i) => i),
    limit,
    (a, b) => compareScored(scored[a]!, scored[b]!),
  );
  return positions.map((position) => scored[position]!);
}

/** The first `limit` scored items with their reasons. */
export function explainItems<T extends { readonly id: string }>(
  scored: readonly Scored<T>[],
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
  limit: number,
): Ranked<T>[] {
  const criteria = Object.values(registry).filter((criterion) => criterion.applies(context));
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  return scored.slice(0, Math.max(0, limit)).map(({ item, score }) => ({
    item,
    score,
    reasons: reasonsFor(item, criteria, totalWeight, context),
  }));
}

/**
 * Ranks items by the weighted mean of the applicable criteria ({@link scoreItems}) and works out
 * the reasons of the `limit` items returned ({@link explainItems}).
 */
export function rankItems<T extends { readonly id: string }>(
  items: readonly T[],
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
  options: { gate: readonly ReasonCode[]; limit: number },
): Ranked<T>[] {
  if (options.limit <= 0) return [];
  return explainItems(scoreItems(items, registry, context, options.gate), registry, context, options.limit);
}

/** The values two lists share, in the order of the first. */
export function overlap<T>(wanted: readonly T[], offered: readonly T[]): T[] {
  return wanted.filter((value) => offered.includes(value));
}

/** How many of the wanted values are offered. */
export function countShared<T>(wanted: readonly T[], offered: readonly T[]): number {
  let count = 0;
  for (const value of wanted) if (offered.includes(value)) count++;
  return count;
}
