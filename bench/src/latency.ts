import { agreement, type AgreementRow } from './agreement.js';
import type { Clock } from './clock.js';
import { ENGINES, OURS, type Corpus, type EngineFactory, type QueryKind } from './engines/index.js';
import { keystrokesOf, pairedP95Ratio, replay, summarizeRun, type BenchQuery, type LatencyRow } from './replay.js';

export interface RatioRow {
  readonly kind: QueryKind;
  readonly engine: string;
  /** Our p95 divided by this engine's p95, on the keystrokes both replayed. */
  readonly oursOverTheirs: number;
  readonly pairedKeystrokes: number;
}

export interface LatencyResult {
  readonly size: number;
  readonly keystrokes: Record<QueryKind, number>;
  readonly queries: Record<QueryKind, number>;
  readonly latency: LatencyRow[];
  readonly ratios: RatioRow[];
  readonly agreement?: AgreementRow[];
}

export interface LatencyOptions {
  readonly corpus: Corpus;
  readonly queries: readonly BenchQuery[];
  readonly clock: Clock;
  readonly budgetMs: number;
  readonly withAgreement: boolean;
  readonly engines?: readonly EngineFactory[];
}

const count = (items: readonly { kind: QueryKind }[], kind: QueryKind) => items.filter((i) => i.kind === kind).length;

/** Builds every engine over the corpus, checks how far they agree, then replays the keystrokes. */
export function measureLatency({ corpus, queries, clock, budgetMs, withAgreement, engines = ENGINES }: LatencyOptions): LatencyResult {
  const built = engines.map((factory) => factory.build(corpus));
  const agreementRows = withAgreement ? agreement(built, OURS, queries, corpus.dataset) : undefined;
  const keystrokes = keystrokesOf(queries);
  const runs = replay({ engines: built, keystrokes, clock, budgetMs });
  const ratios: RatioRow[] = [];
  for (const ours of runs.filter((run) => run.engine === OURS)) {
    for (const theirs of runs.filter((run) => run.kind === ours.kind && run.engine !== OURS)) {
      const { ratio, n } = pairedP95Ratio(ours, theirs);
      ratios.push({ kind: ours.kind, engine: theirs.engine, oursOverTheirs: ratio, pairedKeystrokes: n });
    }
  }
  return {
    size: corpus.documents.length,
    keystrokes: { finder: count(keystrokes, 'finder'), question: count(keystrokes, 'question') },
    queries: { finder: count(queries, 'finder'), question: count(queries, 'question') },
    latency: runs.map(summarizeRun),
    ratios,
    ...(agreementRows ? { agreement: agreementRows } : {}),
  };
}
