// Only the load part of the widgets section, for quick iterations: loads the demo page with the
// default dataset, the 10k catalogue and the 10k prebuilt index `runs` times each and prints
// first results and the longest task of every run (no keystrokes, writes no results).
//   node --conditions=source --import tsx bench/src/widgets/load-only.ts [runs=3] [default,10k,10k-prebuilt] [--source] [--from=<git rev> [--paths=<prefix,…>]]
// Measures packages/elements/dist/cdn (run `pnpm build` first), or with --source an unminified
// esbuild bundle of packages/elements/src/cdn.ts (no build needed; names readable).
// --from=<rev> (implies --source) also bundles the elements with the files under --paths (path
// prefixes, default packages/elements/src/provider/) as they were at <rev>, and interleaves the
// loads of both bundles, so that an A/B comparison shares the machine's noise.
import type { Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { root } from '../../../test/budgets/measure.mjs';
import { launchChromium } from '../browser/chromium.js';
import { median } from '../stats.js';
import { measureLoads, serveVariants, startServer, type LoadTimes } from './run.js';
import { bundleElementSources, VARIANT_NAMES } from './source-bundle.js';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  // The usage is the comment at the top of this file.
  const head = readFileSync(new URL(import.meta.url), 'utf8').split('\n');
  console.log(head.slice(0, head.findIndex((line) => !line.startsWith('//'))).map((line) => line.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const only = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a))?.split(',');
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const from = option('from');
const paths = (option('paths') ?? 'packages/elements/src/provider/').split(',');

/** Serves the TypeScript files under `paths` as they were at `rev` (when they existed). */
function filesAt(rev: string): Plugin {
  return {
    name: 'files-at',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (file) => {
        const path = relative(root, file.path);
        if (!paths.some((p) => path.startsWith(p))) return undefined;
        try {
          const contents = execFileSync('git', ['show', `${rev}:${path}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
          return { contents, loader: 'ts', resolveDir: dirname(file.path) };
        } catch {
          return undefined;
        }
      });
    },
  };
}

const bundles: { name: string; dir?: string }[] = [];
if (from) bundles.push({ name: `${paths.length > 1 ? 'files' : paths[0]!.replace(/^packages\/elements\/src\//, '')}@${from}`, dir: await bundleElementSources([filesAt(from)]) });
if (from || args.includes('--source')) bundles.push({ name: 'source', dir: await bundleElementSources() });
else bundles.push({ name: 'dist/cdn' });

const servers = [];
for (const b of bundles) {
  if (b.dir) process.env.LN_BENCH_CDN_DIR = b.dir;
  else delete process.env.LN_BENCH_CDN_DIR;
  const server = await startServer();
  servers.push({ ...b, server, variants: (await serveVariants(server)).filter((v) => !only || only.includes(VARIANT_NAMES[v.dataset]!)) });
}
const browser = await launchChromium();
const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
try {
  for (let v = 0; v < servers[0]!.variants.length; v++) {
    const results = servers.map(() => ({ firstResults: [] as number[], longest: [] as number[], longestCpu: [] as number[], notes: new Set<string>() }));
    for (let run = 0; run < runs; run++) {
      for (const [i, s] of servers.entries()) {
        const loads: LoadTimes & { page: { context(): { close(): Promise<void> } } } = await measureLoads(browser, `${s.server.origin}${s.variants[v]!.path}`, 1);
        await loads.page.context().close();
        results[i]!.firstResults.push(...loads.firstResults);
        results[i]!.longest.push(...loads.longest);
        results[i]!.longestCpu.push(...loads.longestCpu);
        for (const n of loads.notes) results[i]!.notes.add(n);
      }
    }
    for (const [i, s] of servers.entries()) {
      const r = results[i]!;
      console.log(
        `${s.variants[v]!.dataset.padEnd(20)} ${s.name.padEnd(22)} first results median ${median(r.firstResults).toFixed(0)} ms (${list(r.firstResults)}); ` +
          `longest task median ${median(r.longest).toFixed(0)} ms (${list(r.longest)}), by CPU time ${median(r.longestCpu).toFixed(0)} ms (${list(r.longestCpu)})` +
          `${r.notes.size ? `; ${[...r.notes].join('; ')}` : ''}`,
      );
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.server.close();
}
