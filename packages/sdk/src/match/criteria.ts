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

/** 0, 1, … `length − 1` (a typed array's `from` with a map function is slow in V8). */
function countingUp(length: number): Uint32Array {
  const numbers = new Uint32Array(length);
  for (let i = 0; i < length; i++) numbers[i] = i;
  return numbers;
}

/** The best `limit` of scored items, best first (ties by id), without sorting the rest. */
export function bestScored<T extends { readonly id: string }>(scored: readonly Scored<T>[], limit: number): Scored<T>[] {
  const positions = topK(
    countingUp(scored.length),
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

/** What a caller of {@link rankBest} may know about the items beforehand. */
export interface KnownValues {
  /** Called with an item's index before its criteria or coverage are asked, so lookups can be made ready. */
  readonly focus?: (index: number) => void;
  /**
   * Per gate criterion code, each item's value (by index), exactly as the criterion's `value` would
   * give it: the gates are then read from here without touching the items.
   */
  readonly gateValues?: Partial<Record<ReasonCode, ArrayLike<number>>>;
}

/** Far above the rounding error of a sum of a few weighted values in [0, 1], far below any real score gap. */
const BOUND_SLACK = 1e-9;

/** The best items of a list and the best `score × coverage` over all of it; see {@link rankBest}. */
export interface BestOf<T> {
  /** The best `limit` scored items, best first, ties by id. */
  readonly best: Scored<T>[];
  /** The largest `score × coverage` of any scored item, 0 when none scores. */
  readonly fit: number;
}

/**
 * {@link scoreUnordered} for the best `limit` items and the best fit, without working out every
 * criterion for every item. The gate criteria are evaluated for all items first (they decide who
 * is in); the others can add at most their weight, which bounds an item's score. An item whose
 * bound cannot reach the best `limit` scores nor raise the fit is not scored further. Scores, order
 * and fit are the same as scoring everything.
 */
export function rankBest<T extends { readonly id: string }>(
  items: readonly T[],
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
  gate: readonly ReasonCode[],
  limit: number,
  coverage: (id: string) => number,
  known: KnownValues = {},
): BestOf<T> {
  const { focus, gateValues } = known;
  const criteria = Object.values(registry).filter((criterion) => criterion.applies(context));
  const isGate = criteria.map((criterion) => gate.includes(criterion.code));
  const gates = criteria.filter((_, i) => isGate[i]);
  const totalWeight = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (gates.length === 0 || !(totalWeight > 0)) return { best: [], fit: 0 };
  const restWeight = criteria.reduce((sum, criterion, i) => (isGate[i] ? sum : sum + criterion.weight), 0);

  // Pass 1: the gates, and a bound on each gated item's score (typed arrays: at 100k candidates,
  // growing plain arrays item by item is most of this pass).
  const gatedAll = new Uint32Array(items.length);
  const values = new Float64Array(items.length * gates.length);
  const boundsAll = new Float64Array(items.length);
  let gatedCount = 0;
  const given = gates.map((g) => gateValues?.[g.code]);
  const allGiven = given.every((list) => list !== undefined);
  for (let index = 0; index < items.length; index++) {
    if (!allGiven) focus?.(index);
    let open = false;
    let partial = 0;
    const start = gatedCount * gates.length;
    for (let k = 0; k < gates.length; k++) {
      const g = gates[k]!;
      const list = given[k];
      const value = clamp(list === undefined ? g.value(items[index]!, context) : list[index]!);
      if (value > 0) open = true;
      values[start + k] = value;
      partial += g.weight * value;
    }
    if (!open) continue;
    gatedAll[gatedCount] = index;
    boundsAll[gatedCount++] = Math.min(1, (partial + restWeight) / totalWeight);
  }
  const gated = gatedAll.subarray(0, gatedCount);
  const bounds = boundsAll.subarray(0, gatedCount);

  // The exact score, summed in registry order as scoreUnordered does, reusing the gate values.
  const exact = (g: number): number => {
    const item = items[gated[g]!]!;
    let sum = 0;
    let k = g * gates.length;
    for (let i = 0; i < criteria.length; i++) {
      const criterion = criteria[i]!;
      sum += criterion.weight * (isGate[i] ? values[k++]! : clamp(criterion.value(item, context)));
    }
    return Math.min(1, sum / totalWeight);
  };

  const scored: Scored<T>[] = [];
  let fit = 0;
  const score = (g: number): void => {
    focus?.(gated[g]!);
    const value = exact(g);
    if (!(value > 0)) return;
    const item = items[gated[g]!]!;
    scored.push({ item, score: value });
    fit = Math.max(fit, value * coverage(item.id));
  };
  // Pass 2: score the items with the highest bounds first, which sets the bar the others must reach.
  const idOf = (g: number): string => items[gated[g]!]!.id;
  const byBound = (a: number, b: number): number => bounds[b]! - bounds[a]! || (idOf(a) < idOf(b) ? -1 : 1);
  const first = topK(countingUp(gated.length), limit + 8, byBound);
  const done = new Uint8Array(gated.length);
  for (const g of first) {
    done[g] = 1;
    score(g);
  }
  let bar = Infinity;
  if (limit > 0) bar = scored.length >= limit ? bestScored(scored, limit)[limit - 1]!.score : -Infinity;
  for (let g = 0; g < gated.length; g++) {
    if (done[g] === 1) continue;
    // The exact sum may round a last bit above the bound's: a bound that ties must still be scored.
    const bound = bounds[g]! + BOUND_SLACK;
    if (bound >= bar) {
      score(g);
      continue;
    }
    if (!(bound > fit)) continue;
    // It cannot be among the best, but it may fit better than any so far.
    focus?.(gated[g]!);
    const covered = coverage(idOf(g));
    if (!(bound * covered > fit)) continue;
    const value = exact(g);
    if (value > 0) fit = Math.max(fit, value * covered);
  }
  return { best: bestScored(scored, limit), fit };
}
