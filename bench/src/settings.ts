/** How much to measure: `--quick` trades precision for a run of a minute or two. */
export interface Plan {
  readonly finderQueries: number;
  readonly questions: number;
  /** Time each engine may spend per query kind and size before it replays only every n-th keystroke. */
  readonly budgetMs: number;
  readonly buildReps: number;
}

export const DEFAULT_SIZES = [1000, 10000, 100000] as const;
export const QUICK_SIZES = [1000, 10000] as const;
export const SEED = 2021;

export function settings(quick: boolean, size: number): Plan {
  const buildReps = size >= 100000 ? 3 : size >= 10000 ? 5 : 9;
  return quick
    ? { finderQueries: 8, questions: 3, budgetMs: 3000, buildReps: Math.min(3, buildReps) }
    : { finderQueries: 30, questions: 12, budgetMs: 20000, buildReps };
}
