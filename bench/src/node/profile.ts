// Runs one of our SDK's workloads alone, for `node --cpu-prof`:
//   node --cpu-prof --cpu-prof-dir=bench/results/profiles --conditions=source --import tsx \
//     bench/src/node/profile.ts <build|load|search|match> <size> [queries per kind]
// then `node bench/src/node/cpuprofile-summary.mjs <file.cpuprofile>` lists the hottest functions.
import { createMatcher } from '@leernetwerk/sdk';
import { clock } from '../clock.js';
import { makeCorpus, makeQueries } from '../corpus.js';
import { keystrokesOf } from '../replay.js';

const [task = 'search', sizeArg = '10000', countArg] = process.argv.slice(2);
const corpus = makeCorpus(Number(sizeArg));
const queries = makeQueries({ finderQueries: Number(countArg ?? 30), questions: Number(countArg ?? 12) });
const start = clock();
let calls = 0;
if (task === 'build') {
  for (let i = 0; i < 3; i++, calls++) createMatcher(JSON.parse(JSON.stringify(corpus.dataset)));
} else if (task === 'load') {
  const json = JSON.stringify(createMatcher(corpus.dataset));
  const t = clock();
  for (let i = 0; i < 3; i++, calls++) createMatcher(corpus.dataset, { prebuilt: JSON.parse(json) });
  console.log(`load only: ${((clock() - t) / 3).toFixed(1)} ms per call`);
} else {
  const matcher = createMatcher(corpus.dataset);
  const kind = task === 'match' ? 'question' : 'finder';
  const keystrokes = keystrokesOf(queries.filter((q) => q.kind === kind));
  const t = clock();
  for (const k of keystrokes) {
    if (kind === 'finder') matcher.search({ query: k.text });
    else matcher.match(k.text);
    calls++;
  }
  console.log(`${task}: ${((clock() - t) / calls).toFixed(2)} ms per keystroke over ${calls}`);
}
console.log(`${task} at ${sizeArg}: ${(clock() - start).toFixed(0)} ms total, ${calls} calls`);
