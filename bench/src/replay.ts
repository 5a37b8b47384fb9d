import type { Clock } from './clock.js';
import type { Engine, QueryKind } from './engines/types.js';
import { summarize, percentile, type Summary } from './stats.js';

/** A query as a person finishes typing it. */
export interface BenchQuery {
  readonly kind: QueryKind;
  readonly text: string;
  /** The theme the query was generated for, when the generator tells. */
  readonly theme?: string;
}

/** What is in the box after one keystroke. */
export interface Keystroke {
  readonly kind: QueryKind;
  readonly text: string;
}

/** Every prefix of every query that has a non-space character, in typing order. */
export function keystrokesOf(queries: readonly BenchQuery[]): Keystroke[] {
  const keystrokes: Keystroke[] = [];
  for (const query of queries) {
    for (let end = 1; end <= query.text.length; end++) {
      const text = query.text.slice(0, end);
      if (text.trim() !== '') keystrokes.push({ kind: query.kind, text });
    }
  }
  return keystrokes;
}

export interface ReplayOptions {
  readonly engines: readonly Engine[];
  readonly keystrokes: readonly Keystroke[];
  readonly clock: Clock;
  /** Time each engine may spend per query kind; slower engines replay every n-th keystroke. */
  readonly budgetMs: number;
  readonly limit?: number;
}

/** Timings of one engine on one kind: `samples[i]` is NaN where it skipped keystroke i. */
export interface EngineRun {
  readonly engine: string;
  readonly kind: QueryKind;
  /** Replays every `stride`-th keystroke (1: all). */
  readonly stride: number;
  readonly samples: number[];
}

let sink = 0;
/** Keeps the engines' answers alive so no runtime can drop the calls. */
export const replaySink = (): number => sink;

function estimateMs(engine: Engine, keystrokes: readonly Keystroke[], clock: Clock, limit: number): number {
  const step = Math.max(1, Math.floor(keystrokes.length / 8));
  let spent = 0;
  let count = 0;
  engine.top(keystrokes[0]!.text, keystrokes[0]!.kind, limit);
  for (let i = 0; i < keystrokes.length; i += step) {
    const k = keystrokes[i]!;
    const start = clock();
    sink += engine.top(k.text, k.kind, limit).length;
    spent += clock() - start;
    count++;
  }
  return count ? spent / count : 0;
}

/**
 * Replays keystrokes through all engines, interleaved: at each keystroke every engine answers
 * once, starting with a different engine each time, so that they share the machine's noise.
 */
export function replay({ engines, keystrokes, clock, budgetMs, limit = 10 }: ReplayOptions): EngineRun[] {
  const runs: EngineRun[] = [];
  for (const kind of ['finder', 'question'] as const) {
    const own = keystrokes.filter((k) => k.kind === kind);
    if (own.length === 0) continue;
    const strides = engines.map((engine) => {
      const perCall = estimateMs(engine, own, clock, limit);
      return Math.max(1, Math.ceil((perCall * own.length) / budgetMs));
    });
    const samples = engines.map(() => new Array<number>(own.length).fill(Number.NaN));
    own.forEach((k, i) => {
      for (let j = 0; j < engines.length; j++) {
        const e = (i + j) % engines.length;
        if (i % strides[e]! !== 0) continue;
        const start = clock();
        sink += engines[e]!.top(k.text, kind, limit).length;
        samples[e]![i] = clock() - start;
      }
    });
    engines.forEach((engine, e) => runs.push({ engine: engine.name, kind, stride: strides[e]!, samples: samples[e]! }));
  }
  return runs;
}

export interface LatencyRow extends Summary {
  readonly engine: string;
  readonly kind: QueryKind;
  readonly stride: number;
}

export const summarizeRun = (run: EngineRun): LatencyRow => ({
  engine: run.engine,
  kind: run.kind,
  stride: run.stride,
  ...summarize(run.samples.filter((x) => !Number.isNaN(x))),
});

/** p95 of `a` over p95 of `b`, both on the keystrokes that both replayed. */
export function pairedP95Ratio(a: EngineRun, b: EngineRun): { ratio: number; n: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  a.samples.forEach((x, i) => {
    const y = b.samples[i]!;
    if (!Number.isNaN(x) && !Number.isNaN(y)) {
      xs.push(x);
      ys.push(y);
    }
  });
  const p = (v: number[]) => percentile(v.sort((m, n) => m - n), 95);
  return { ratio: xs.length ? p(xs) / p(ys) : Number.NaN, n: xs.length };
}
