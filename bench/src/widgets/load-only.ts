// Only the load part of the widgets section, for quick iterations: loads the demo page with the
// default dataset, the 10k catalogue and the 10k prebuilt index `runs` times each and prints
// first results and the longest task of every run (no keystrokes, writes no results).
//   node --conditions=source --import tsx bench/src/widgets/load-only.ts [runs=3] [default,10k,10k-prebuilt] [--source]
// Measures packages/elements/dist/cdn (run `pnpm build` first), or with --source an unminified
// esbuild bundle of packages/elements/src/cdn.ts (no build needed; names readable).
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../../../test/budgets/measure.mjs';
import { launchChromium } from '../browser/chromium.js';
import { median } from '../stats.js';
import { measureLoads, serveVariants, startServer } from './run.js';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const only = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a))?.split(',');
if (args.includes('--source')) {
  const outdir = mkdtempSync(join(tmpdir(), 'ln-load-'));
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
}
const names: Record<string, string> = { default: 'default', '10k catalogue': '10k', '10k prebuilt index': '10k-prebuilt' };
const server = await startServer();
const variants = (await serveVariants(server)).filter((v) => !only || only.includes(names[v.dataset]!));
const browser = await launchChromium();
try {
  for (const variant of variants) {
    const loads = await measureLoads(browser, `${server.origin}${variant.path}`, runs);
    await loads.page.context().close();
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    console.log(
      `${variant.dataset.padEnd(20)} first results median ${median(loads.firstResults).toFixed(0)} ms (${list(loads.firstResults)}); ` +
        `longest task median ${median(loads.longest).toFixed(0)} ms (${list(loads.longest)}), by CPU time ${median(loads.longestCpu).toFixed(0)} ms (${list(loads.longestCpu)})${loads.notes.length ? `; ${loads.notes.join('; ')}` : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
