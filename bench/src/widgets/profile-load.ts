// Profiles the demo page's load in Chromium with readable function names: bundles the elements'
// CDN entry unminified with esbuild (sources, lazy dataset chunk kept), serves the demo with it,
// records a CPU profile until the finder shows results, and prints the hottest functions.
//   node --conditions=source --import tsx bench/src/widgets/profile-load.ts [default|10k|10k-prebuilt]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../../../test/budgets/measure.mjs';
import { launchChromium } from '../browser/chromium.js';
import { installLoadProbe, readLoadProbe } from './probe.js';
import { FINDER, serveVariants, startServer } from './run.js';
import { bundleElementSources, variantNamed } from './source-bundle.js';

const variant = process.argv[2] ?? 'default';
process.env.LN_BENCH_CDN_DIR = await bundleElementSources();
const server = await startServer();
const { path } = variantNamed(await serveVariants(server), variant);
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
