import type { BuildRow, PrebuiltRow } from '../build.js';
import type { LatencyResult } from '../latency.js';
import type { Machine } from '../machine.js';
import type { Section } from '../options.js';

export interface BuildResult {
  readonly size: number;
  readonly datasetBytes: number;
  readonly datasetGzipBytes: number;
  readonly build: BuildRow[];
  readonly prebuilt: PrebuiltRow[];
}

export interface NodeSizeResult {
  readonly size: number;
  readonly build: BuildResult;
  readonly latency: LatencyResult;
}

export interface NodeSection {
  readonly measuredAt: string;
  /** One-minute load average when the section started and ended (2 cores: above 2 means sharing). */
  readonly loadAverage?: readonly [number, number];
  readonly quick: boolean;
  readonly sizes: NodeSizeResult[];
}

/** Loading in the page: fetch and parse JSON, then build from the dataset or load the prebuilt index. */
export interface BrowserLoadRow {
  readonly engine: string;
  readonly fetchParseBuildMs: number;
  readonly fetchParseLoadMs: number;
  readonly reps: number;
}

export interface BrowserSizeResult {
  readonly size: number;
  readonly latency: LatencyResult;
  readonly build: BuildRow[];
  readonly load: BrowserLoadRow[];
}

export interface BrowserSection {
  readonly measuredAt: string;
  /** One-minute load average when the section started and ended (2 cores: above 2 means sharing). */
  readonly loadAverage?: readonly [number, number];
  readonly quick: boolean;
  readonly chromium: string;
  /** `performance.now()` resolution seen in the page, ms (the page is cross-origin isolated). */
  readonly timerResolutionMs: number;
  readonly sizes: BrowserSizeResult[];
}

export interface WidgetPageResult {
  /** 'default' (the demo's own dataset) or the generated catalogue's size. */
  readonly dataset: string;
  readonly offerings: number;
  /** From navigation start to the first result rendered in the finder, ms (median of runs). */
  readonly firstResultsMs: number;
  /** From the embed script starting to load to the first result, ms. */
  readonly scriptToResultsMs: number;
  /** Longest main-thread task during load, ms (PerformanceObserver longtask; 0 when none over 50 ms). */
  readonly longestTaskMs: number;
  readonly longTasks: number;
  /** Keystroke in the finder's search box until its results changed, ms. */
  readonly finderKeystroke: { readonly p50: number; readonly p95: number; readonly max: number; readonly n: number };
  /** Keystroke in the question form until its matches changed, ms; absent when the form updates only on submit. */
  readonly questionKeystroke?: { readonly p50: number; readonly p95: number; readonly max: number; readonly n: number };
  readonly runs: number;
  readonly notes: string[];
}

export interface WidgetsSection {
  readonly measuredAt: string;
  /** One-minute load average when the section started and ended (2 cores: above 2 means sharing). */
  readonly loadAverage?: readonly [number, number];
  readonly quick?: boolean;
  /** Set when LN_BENCH_CDN_DIR pointed at a build other than packages/elements/dist/cdn. */
  readonly from?: string;
  readonly skipped?: string;
  readonly pages?: WidgetPageResult[];
}

export interface ByteSizes {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface BytesSection {
  readonly measuredAt: string;
  readonly skipped?: string;
  readonly embed?: {
    /** Set when LN_BENCH_CDN_DIR pointed at a build other than packages/elements/dist/cdn. */
    readonly from?: string;
    readonly main: ByteSizes;
    /** Main file and every lazy chunk except the dataset chunk (every language's messages included). */
    readonly totalWithoutDataset: ByteSizes;
    /**
     * What a page with every widget downloads in each language: the main file and its lazy
     * chunks, without the dataset chunk and without other languages' message chunks.
     */
    readonly pages?: ({ readonly lang: string; readonly files: readonly string[] } & ByteSizes)[];
    readonly datasetChunk?: { readonly file: string } & ByteSizes;
    readonly chunks: ({ readonly file: string } & ByteSizes)[];
  };
  /** Each `ln-*.ts` registration file bundled alone (all its dependencies, Lit included). */
  readonly elements?: ({ readonly entry: string } & ByteSizes)[];
  readonly sdk?: {
    readonly withDeps: ByteSizes;
    readonly withoutDeps: ByteSizes;
    /** gzip bytes each part adds to the SDK bundle (the bundle's size minus its size without that part). */
    readonly parts?: { readonly part: string; readonly gzip: number }[];
  };
}

export interface Goal {
  readonly id: string;
  readonly text: string;
  readonly measured: number | null;
  readonly target: number;
  readonly unit: string;
  /** null when not measured in this run (section skipped or missing). */
  readonly ok: boolean | null;
}

export interface BenchResults {
  machine: Machine;
  options: { sizes: number[]; sections: Section[]; quick: boolean };
  engines: { name: string; config: string }[];
  node?: NodeSection | undefined;
  browser?: BrowserSection | undefined;
  widgets?: WidgetsSection | undefined;
  bytes?: BytesSection | undefined;
  goals: Goal[];
}
