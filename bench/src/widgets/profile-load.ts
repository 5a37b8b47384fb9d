// Profiles the demo page's load in Chromium with readable function names: bundles the elements'
// CDN entry unminified with esbuild (sources, lazy dataset chunk kept), serves the demo with it,
// records a CPU profile until the finder shows results, and prints the hottest functions.
//   node --conditions=source --import tsx bench/src/widgets/profile-load.ts [default|10k|10k-prebuilt]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../../test/budgets/measure.mjs';
import { LOADABLE } from '../build.js';
import { launchChromium } from '../browser/chromium.js';
import { makeCorpus } from '../corpus.js';
import { installLoadProbe, readLoadProbe } from './probe.js';
import { FINDER, demoPageWith, startServer } from './run.js';

const variant = process.argv[2] ?? 'default';
const outdir = mkdtempSync(join(tmpdir(), 'ln-profile-'));
await build({
  entryPoints: { leernetwerk: join(root, 'packages/elements/src/cdn.ts') },
  bundle: true,
  splitting: true,
  format: 'esm',
  outdir,
  conditions: ['source', 'browser'],
  target: 'es2022',
  tsconfig: join(root, 'packages/elements/tsconfig.json'),
  logLevel: 'error',
});
process.env.LN_BENCH_CDN_DIR = outdir;
const server = await startServer();
let path = '/';
if (variant !== 'default') {
  const corpus = makeCorpus(10000);
  const ours = LOADABLE.find((l) => l.engine === 'leernetwerk')!;
  const body =
    variant === '10k-prebuilt'
      ? `{"dataset":${JSON.stringify(corpus.dataset)},"index":${ours.serialize(ours.build(corpus.dataset))}}`
      : JSON.stringify(corpus.dataset);
  server.set('/bench-data/profile.json', body, 'application/json');
  server.set('/profile.html', demoPageWith('/bench-data/profile.json'), 'text/html; charset=utf-8');
  path = '/profile.html';
}
const browser = await launchChromium();
const page = await browser.newPage();
await page.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
await page.addInitScript(installLoadProbe, FINDER);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`${server.origin}${path}`);
await page.waitForFunction(() => (globalThis as unknown as { __lnProbe: { firstResults: number | null } }).__lnProbe.firstResults !== null, undefined, { timeout: 120_000 });
await page.waitForTimeout(1000);
const { profile } = await cdp.send('Profiler.stop');
const probe = await page.evaluate(readLoadProbe, 'leernetwerk.js');
await browser.close();
await server.close();

const dir = join(root, 'bench/results/profiles');
mkdirSync(dir, { recursive: true });
const file = join(dir, `load-${variant}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));
console.log(`first results at ${probe.firstResults?.toFixed(0)} ms; long tasks: ${probe.longTasks.map((t) => t.duration.toFixed(0)).join(', ') || 'none'}`);
console.log(execFileSync(process.execPath, [join(root, 'bench/src/node/cpuprofile-summary.mjs'), file, '35'], { encoding: 'utf8' }));
