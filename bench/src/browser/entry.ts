// The page side of the Chromium benchmarks, bundled by browser/run.ts. The Node side serves the
// corpora as JSON (generated there, so both runtimes see the very same bytes) and calls these.
import type { Dataset } from '@leernetwerk/sdk';
import { LOADABLE, measureBuild } from '../build.js';
import { clock } from '../clock.js';
import { flatten } from '../engines/index.js';
import { measureLatency } from '../latency.js';
import type { BenchQuery } from '../replay.js';
import type { BrowserLoadRow } from '../report/types.js';
import { median } from '../stats.js';

const catalogueUrl = (size: number) => `/data/catalogue-${size}.json`;
const indexUrl = (size: number, engine: string) => `/data/index-${size}-${engine}.json`;
const text = async (url: string) => (await fetch(url, { cache: 'no-store' })).text();

async function latency({ size, queries, budgetMs }: { size: number; queries: BenchQuery[]; budgetMs: number }) {
  const dataset = JSON.parse(await text(catalogueUrl(size))) as Dataset;
  return measureLatency({ corpus: { dataset, documents: flatten(dataset) }, queries, clock, budgetMs, withAgreement: false });
}

async function build({ size, reps }: { size: number; reps: number }) {
  return measureBuild({ datasetJson: await text(catalogueUrl(size)), clock, reps });
}

/** Fetch, parse and build against fetch, parse and load the prebuilt index, interleaved. */
async function load({ size, reps }: { size: number; reps: number }): Promise<BrowserLoadRow[]> {
  const rows: BrowserLoadRow[] = [];
  for (const loadable of LOADABLE) {
      const fromData: number[] = [];
      const fromIndex: number[] = [];
      for (let rep = 0; rep < reps; rep++) {
        let start = clock();
        loadable.build(JSON.parse(await text(catalogueUrl(size))) as Dataset);
        fromData.push(clock() - start);
        start = clock();
        const [datasetJson, indexJson] = await Promise.all([text(catalogueUrl(size)), text(indexUrl(size, loadable.engine))]);
        loadable.load(JSON.parse(datasetJson) as Dataset, indexJson);
        fromIndex.push(clock() - start);
      }
      rows.push({ engine: loadable.engine, fetchParseBuildMs: median(fromData), fetchParseLoadMs: median(fromIndex), reps });
  }
  return rows;
}

/** The smallest step `performance.now()` takes here. */
function timerResolution(): number {
  let smallest = Infinity;
  for (let i = 0; i < 2000; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    smallest = Math.min(smallest, b - a);
  }
  return smallest;
}

Object.assign(globalThis, { bench: { latency, build, load, timerResolution, isolated: () => globalThis.crossOriginIsolated } });
