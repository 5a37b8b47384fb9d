// One Node measurement in a fresh process (so sizes and tasks do not share heap or JIT state):
//   node --expose-gc --conditions=source --import tsx bench/src/node/child.ts <task> <size> <quick> <out.json>
import { writeFileSync } from 'node:fs';
import { measureBuild, measurePrebuilt } from '../build.js';
import { clock } from '../clock.js';
import { makeCorpus, makeQueries } from '../corpus.js';
import { measureLatency } from '../latency.js';
import { gzipSize } from '../../../test/budgets/measure.mjs';
import { settings } from '../settings.js';

const [task, sizeArg, quickArg, out] = process.argv.slice(2);
const size = Number(sizeArg);
const plan = settings(quickArg === 'quick', size);
const gc = (globalThis as { gc?: () => void }).gc;

const corpus = makeCorpus(size);
let result: unknown;
if (task === 'latency') {
  result = measureLatency({
    corpus,
    queries: makeQueries(plan),
    clock,
    budgetMs: plan.budgetMs,
    withAgreement: true,
  });
} else if (task === 'build') {
  const datasetJson = JSON.stringify(corpus.dataset);
  const options = { datasetJson, clock, reps: plan.buildReps, ...(gc ? { gc } : {}) };
  const prebuilt = measurePrebuilt(options, (json) => gzipSize(Buffer.from(json)));
  result = {
    size,
    datasetBytes: Buffer.byteLength(datasetJson),
    datasetGzipBytes: gzipSize(Buffer.from(datasetJson)),
    build: measureBuild(options),
    prebuilt,
  };
} else {
  throw new Error(`bench child: unknown task ${task}`);
}
writeFileSync(out!, JSON.stringify(result));
