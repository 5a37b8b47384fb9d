// What the long main-thread tasks consist of while the demo page loads: records a Chrome trace
// (with JS samples) until the finder shows results plus a second, then prints every task over
// 50 ms on the page's main thread with its parts (script evaluation, style, layout, …) and the
// JS functions with the most inclusive time inside it.
//   node --conditions=source --import tsx bench/src/widgets/trace-load.ts [default|10k|10k-prebuilt] [--built]
// Without --built it bundles packages/elements/src/cdn.ts unminified with esbuild (readable
// names); with --built it measures packages/elements/dist/cdn as shipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../browser/chromium.js';
import { installLoadProbe, readLoadProbe } from './probe.js';
import { FINDER, serveVariants, startServer } from './run.js';
import { bundleElementSources, variantNamed } from './source-bundle.js';
import { longestTaskCpu, longTaskBreakdown, type TraceEvent } from './trace-breakdown.js';

const variant = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'default';
/** file name → module start lines, from esbuild's `// path/to/module.ts` comments. */
const modules = new Map<string, { line: number; module: string }[]>();
if (!process.argv.includes('--built')) {
  const outdir = await bundleElementSources();
  process.env.LN_BENCH_CDN_DIR = outdir;
  for (const file of readdirSync(outdir)) {
    const starts: { line: number; module: string }[] = [];
    readFileSync(join(outdir, file), 'utf8').split('\n').forEach((text, i) => {
      const m = /^\/\/ ((?:packages|node_modules|\.\.)\S+\.[cm]?[jt]s)$/.exec(text);
      if (m) starts.push({ line: i + 1, module: m[1]!.replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '') });
    });
    modules.set(file, starts);
  }
}
/** `fn leernetwerk.js:123` → `fn packages/elements/src/…/x.ts` when the bundle is ours. */
const where = (name: string) =>
  name.replace(/(\S+\.js):(\d+)$/, (all, file: string, line: string) => {
    const found = modules.get(file)?.filter((m) => m.line <= Number(line)).pop();
    return found ? found.module : all;
  });
const server = await startServer();
const { path } = variantNamed(await serveVariants(server), variant);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
await page.addInitScript(installLoadProbe, FINDER);
await browser.startTracing(page, {
  categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing'],
});
await page.goto(`${server.origin}${path}`);
await page.waitForFunction(() => (globalThis as unknown as { __lnProbe: { firstResults: number | null } }).__lnProbe.firstResults !== null, undefined, { timeout: 120_000 });
await page.waitForTimeout(1000);
const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
const probe = await page.evaluate(readLoadProbe, 'leernetwerk.js');
await browser.close();
await server.close();

console.log(`longest task by CPU time: ${longestTaskCpu(trace.traceEvents, server.origin).toFixed(0)} ms`);
console.log(`${variant}: first results at ${probe.firstResults?.toFixed(0)} ms; long tasks (PerformanceObserver): ${probe.longTasks.map((t) => t.duration.toFixed(0)).join(', ') || 'none'}`);
const group = (frame: string) => {
  const m = / (packages\/(?:elements|sdk)\/src\/[^/ ]+)| ((?:@[^/ ]+\/)?[^/ ]+)\/\S+\.js$/.exec(frame);
  return m?.[1] ?? m?.[2];
};
for (const task of longTaskBreakdown(trace.traceEvents, 50, { origin: server.origin, rename: where, group })) {
  console.log(`\ntask at +${task.startMs.toFixed(0)} ms: ${task.durationMs.toFixed(0)} ms (CPU ${task.cpuMs.toFixed(0)} ms)`);
  for (const [name, ms] of task.parts) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  console.log('  JS (inclusive, sampled):');
  for (const [name, ms] of task.functions) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
  console.log('  by folder or package (inclusive):');
  for (const [name, ms] of task.groups) console.log(`  ${ms.toFixed(1).padStart(7)} ms  ${name}`);
}
