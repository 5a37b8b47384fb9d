import { REASON_CODES, type Ranked, type Reason, type ReasonCode, type ReasonParams } from '../reasons.js';
import type { LearningNeed } from '../schema/index.js';
import type { Asker } from './asker.js';
import type { TextHit } from './types.js';

/** Everything a criterion may look at besides the item itself. Built once per `match` call. */
export interface ScoringContext {
  readonly asker: Asker;
  /** Full-text hits of this kind of item, by id. */
  readonly text: ReadonlyMap<string, TextHit>;
  /** Whether the question had any words to search for. */
  readonly hasText: boolean;
  /** Final agenda scores (0..1) of the agenda items that matched, by id. */
  readonly agendaScores: ReadonlyMap<string, number>;
  /** Themes of the best agenda matches, used when the asker named none. */
  readonly inferredThemes: readonly string[];
  /** The learning needs the report gives for the asker's target group (section 2.3). */
  readonly needs: readonly LearningNeed[];
}

/** How well an item meets one criterion (0..1) and what to say about it. */
export interface Signal {
  readonly value: number;
  /** One reason per entry; the criterion's contribution is shared among them. */
  readonly params: readonly ReasonParams[];
}

/**
 * One named, pure scoring criterion. A criterion that does not apply to a question (the asker
 * said nothing it could judge) is left out, so the remaining weights still reach 1.
 */
export interface Criterion<T> {
  readonly code: ReasonCode;
  /** Share of the score; 0 for reasons that explain without ranking. */
  readonly weight: number;
  applies(context: ScoringContext): boolean;
  score(item: T, context: ScoringContext): Signal | null;
}

export type CriteriaRegistry<T> = Readonly<Record<string, Criterion<T>>>;

const codeRank = (code: ReasonCode): number => REASON_CODES.indexOf(code);

function compareReasons(a: Reason, b: Reason): number {
  return (
    b.weight - a.weight ||
    codeRank(a.code) - codeRank(b.code) ||
    (JSON.stringify(a.params) < JSON.stringify(b.params) ? -1 : JSON.stringify(a.params) > JSON.stringify(b.params) ? 1 : 0)
  );
}

/** Scores one item: the weighted mean of the applicable criteria, with a reason per signal. */
export function scoreItem<T>(
  item: T,
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
): { score: number; reasons: Reason[]; signals: ReadonlyMap<ReasonCode, number> } {
  const applicable = Object.values(registry).filter((criterion) => criterion.applies(context));
  const totalWeight = applicable.reduce((sum, criterion) => sum + criterion.weight, 0);
  const reasons: Reason[] = [];
  const signals = new Map<ReasonCode, number>();
  let score = 0;
  for (const criterion of applicable) {
    const signal = criterion.score(item, context);
    if (signal === null || !(signal.value > 0) || signal.params.length === 0) continue;
    const value = Math.min(1, signal.value);
    signals.set(criterion.code, value);
    const contribution = totalWeight > 0 ? (criterion.weight * value) / totalWeight : 0;
    score += contribution;
    for (const params of signal.params) {
      reasons.push({ code: criterion.code, weight: contribution / signal.params.length, params });
    }
  }
  reasons.sort(compareReasons);
  return { score: Math.min(1, score), reasons, signals };
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks items by their criteria. An item is kept only if one of the `gate` criteria gave it a
 * signal (structure alone never brings an item in). Ties are broken by id.
 */
export function rankItems<T extends { readonly id: string }>(
  items: readonly T[],
  registry: CriteriaRegistry<T>,
  context: ScoringContext,
  gate: readonly ReasonCode[],
): Ranked<T>[] {
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const { score, reasons, signals } = scoreItem(item, registry, context);
    if (!gate.some((code) => signals.has(code)) || !(score > 0)) continue;
    ranked.push({ item, score, reasons });
  }
  return ranked.sort((a, b) => b.score - a.score || compareIds(a.item.id, b.item.id));
}

/** The values two lists share, in the order of the first. */
export function overlap<T>(wanted: readonly T[], offered: readonly T[]): T[] {
  return wanted.filter((value) => offered.includes(value));
}
