import type { GoldenQuestion } from './questions.js';

export interface GoldenScore {
  /** Share of questions whose first result is one of the expected items. */
  readonly top1: number;
  /** Share of questions with an expected item among the first three results. */
  readonly top3: number;
  /** Questions whose first result was not expected, with what came first. */
  readonly misses: readonly { readonly question: string; readonly expected: readonly string[]; readonly got: readonly string[] }[];
}

/**
 * Scores a ranking function on a golden set: top-1 and top-3 accuracy.
 *
 * @example
 * evaluateGolden(GOLDEN_QUESTIONS, (q) => matcher.match(q).agenda.map((r) => r.item.id)).top1; // 0.9…
 */
export function evaluateGolden(
  golden: readonly GoldenQuestion[],
  rank: (question: string) => readonly string[],
): GoldenScore {
  let top1 = 0;
  let top3 = 0;
  const misses: GoldenScore['misses'][number][] = [];
  for (const { question, expected } of golden) {
    const ids = rank(question);
    if (expected.includes(ids[0] ?? '')) top1++;
    else misses.push({ question, expected, got: ids.slice(0, 3) });
    if (ids.slice(0, 3).some((id) => expected.includes(id))) top3++;
  }
  const n = Math.max(1, golden.length);
  return { top1: top1 / n, top3: top3 / n, misses };
}
