import MiniSearch from 'minisearch';
import { createMatcher, type Dataset } from '@leernetwerk/sdk';
import type { Clock } from './clock.js';
import { ENGINES, flatten, type Corpus, type EngineFactory } from './engines/index.js';
import { median } from './stats.js';

export interface BuildRow {
  readonly engine: string;
  /** Median wall time of `build`, ms. */
  readonly buildMs: number;
  /** Median time to build and answer a first finder query (our facet columns are built lazily). */
  readonly readyMs: number;
  readonly reps: number;
  /** Heap growth after GC, with the index alive, bytes; NaN without --expose-gc. */
  readonly heapBytes: number;
}

export interface PrebuiltRow {
  readonly engine: string;
  /** JSON of the serialized index, bytes. */
  readonly indexBytes: number;
  /** The same gzipped (level 9), when the caller passes a compressor; NaN otherwise. */
  readonly indexGzipBytes: number;
  /** Parse the dataset JSON and build the index from it, ms (median). */
  readonly parseAndBuildMs: number;
  /** Parse the dataset JSON and the index JSON and load the index, ms (median). */
  readonly parseAndLoadMs: number;
  readonly reps: number;
}

/** How one engine serializes and loads its index, for the prebuilt comparison. */
export interface Loadable {
  readonly engine: string;
  build(dataset: Dataset): unknown;
  serialize(index: unknown): string;
  load(dataset: Dataset, indexJson: string): unknown;
}

const MINISEARCH_OPTIONS = { fields: ['title', 'description', 'provider'] };

export const LOADABLE: readonly Loadable[] = [
  {
    engine: 'leernetwerk',
    build: (dataset) => createMatcher(dataset),
    serialize: (matcher) => JSON.stringify(matcher),
    load: (dataset, json) => createMatcher(dataset, { prebuilt: JSON.parse(json) }),
  },
  {
    engine: 'minisearch',
    build: (dataset) => {
      const index = new MiniSearch(MINISEARCH_OPTIONS);
      index.addAll(flatten(dataset));
      return index;
    },
    serialize: (index) => JSON.stringify(index),
    load: (_dataset, json) => MiniSearch.loadJSON(json, MINISEARCH_OPTIONS),
  },
];

export interface BuildOptions {
  readonly datasetJson: string;
  readonly clock: Clock;
  readonly reps: number;
  readonly gc?: () => void;
  readonly engines?: readonly EngineFactory[];
}

const corpusOf = (json: string): Corpus => {
  const dataset = JSON.parse(json) as Dataset;
  return { dataset, documents: flatten(dataset) };
};

/**
 * Build time (interleaved reps, each on a fresh copy of the dataset so no per-dataset cache
 * helps) and heap growth of every engine.
 */
export function measureBuild({ datasetJson, clock, reps, gc, engines = ENGINES }: BuildOptions): BuildRow[] {
  const build: number[][] = engines.map(() => []);
  const ready: number[][] = engines.map(() => []);
  const firstQuery = 'wijk';
  for (let rep = 0; rep < reps; rep++) {
    for (let j = 0; j < engines.length; j++) {
      const e = (rep + j) % engines.length;
      const corpus = corpusOf(datasetJson);
      gc?.();
      const start = clock();
      const engine = engines[e]!.build(corpus);
      const built = clock();
      engine.top(firstQuery, 'finder', 10);
      const answered = clock();
      build[e]!.push(built - start);
      ready[e]!.push(answered - start);
    }
  }
  return engines.map((factory, e) => ({
    engine: factory.name,
    buildMs: median(build[e]!),
    readyMs: median(ready[e]!),
    reps,
    heapBytes: gc ? heapGrowth(factory, datasetJson, gc) : Number.NaN,
  }));
}

function heapGrowth(factory: EngineFactory, datasetJson: string, gc: () => void): number {
  const corpus = corpusOf(datasetJson);
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const engine = factory.build(corpus);
  engine.top('wijk', 'finder', 10);
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (engine.top('wijk', 'finder', 1).length < 0) throw new Error('unreachable');
  return after - before;
}

/**
 * Prebuilt index against building: both start from JSON text as a page would receive it.
 */
export function measurePrebuilt(
  { datasetJson, clock, reps }: BuildOptions,
  compressedSize?: (json: string) => number,
  loadables = LOADABLE,
): PrebuiltRow[] {
  return loadables.map((loadable) => {
    const indexJson = loadable.serialize(loadable.build(JSON.parse(datasetJson) as Dataset));
    const fromData: number[] = [];
    const fromIndex: number[] = [];
    for (let rep = 0; rep < reps; rep++) {
      let start = clock();
      loadable.build(JSON.parse(datasetJson) as Dataset);
      fromData.push(clock() - start);
      start = clock();
      loadable.load(JSON.parse(datasetJson) as Dataset, indexJson);
      fromIndex.push(clock() - start);
    }
    return {
      engine: loadable.engine,
      indexBytes: new TextEncoder().encode(indexJson).length,
      indexGzipBytes: compressedSize ? compressedSize(indexJson) : Number.NaN,
      parseAndBuildMs: median(fromData),
      parseAndLoadMs: median(fromIndex),
      reps,
    };
  });
}
