import { OURS, type QueryKind } from '../engines/index.js';
import type { BenchResults, Goal } from './types.js';

const KB = 1000;

const goal = (id: string, text: string, measured: number | null | undefined, target: number, unit: string, atMost = true): Goal => {
  const value = measured === undefined || measured === null || Number.isNaN(measured) ? null : measured;
  return { id, text, measured: value, target, unit, ok: value === null ? null : atMost ? value <= target : value < target };
};

const KIND_LABEL: Record<QueryKind, string> = { finder: 'finder search', question: 'question match' };

/** The goals, each judged on this run's numbers (null where the section did not run). */
export function evaluateGoals(results: BenchResults): Goal[] {
  const goals: Goal[] = [];
  const nodeAt = (size: number) => results.node?.sizes.find((s) => s.size === size);
  for (const kind of ['finder', 'question'] as const) {
    const at10k = nodeAt(10000)?.latency;
    const ratio = (engine: string) => at10k?.ratios.find((r) => r.kind === kind && r.engine === engine)?.oursOverTheirs;
    const p95 = (size: number) => nodeAt(size)?.latency.latency.find((r) => r.kind === kind && r.engine === OURS)?.p95;
    const label = KIND_LABEL[kind];
    goals.push(goal(`${kind}-10k-vs-fuse`, `${label}: p95 per keystroke at 10k ≤ 0.1× Fuse.js (Node)`, ratio('fuse'), 0.1, '×'));
    goals.push(goal(`${kind}-10k-vs-minisearch`, `${label}: p95 per keystroke at 10k ≤ 1.5× plain MiniSearch (Node)`, ratio('minisearch'), 1.5, '×'));
    goals.push(goal(`${kind}-10k-ms`, `${label}: p95 per keystroke at 10k < 8 ms (Node)`, p95(10000), 8, 'ms', false));
    goals.push(goal(`${kind}-100k-ms`, `${label}: p95 per keystroke at 100k < 16 ms (Node)`, p95(100000), 16, 'ms', false));
  }
  const build10k = nodeAt(10000)?.build.build;
  const ours = build10k?.find((r) => r.engine === OURS)?.buildMs;
  const mini = build10k?.find((r) => r.engine === 'minisearch')?.buildMs;
  goals.push(goal('build-10k', 'index build at 10k ≤ 1.3× MiniSearch addAll (Node, median)', ours !== undefined && mini ? ours / mini : null, 1.3, '×'));
  const bytes = results.bytes;
  // A page downloads the main file and its language's lazy chunks; the goal holds for every language.
  const pages = bytes?.embed?.pages;
  const embedGzip = pages?.length ? Math.max(...pages.map((p) => p.gzip)) : bytes?.embed?.main.gzip;
  goals.push(goal('embed-gzip', 'embed bundle, a page with every widget in its language (the larger of nl/en) ≤ 45 kB gzip', embedGzip !== undefined ? embedGzip / KB : null, 45, 'kB'));
  goals.push(goal('sdk-gzip', 'SDK entry with its dependencies ≤ 14 kB gzip', bytes?.sdk ? bytes.sdk.withDeps.gzip / KB : null, 14, 'kB'));
  const demo = results.widgets?.pages?.find((p) => p.dataset === 'default');
  goals.push(goal('demo-longtask', 'no main-thread task > 50 ms while the demo loads the default dataset', demo?.longestTaskMs, 50, 'ms'));
  return goals;
}
