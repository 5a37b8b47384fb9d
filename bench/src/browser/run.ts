import { build as esbuild } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LOADABLE } from '../build.js';
import { makeCorpus, makeQueries } from '../corpus.js';
import type { BenchOptions } from '../options.js';
import type { BrowserSection, BrowserSizeResult } from '../report/types.js';
import { settings } from '../settings.js';
import { launchChromium } from './chromium.js';
import { serve } from './server.js';

const here = new URL('.', import.meta.url).pathname;

/** Bundles the page side with esbuild, resolving workspace packages to their sources. */
async function bundleEntry(): Promise<string> {
  const result = await esbuild({
    entryPoints: [join(here, 'entry.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const PAGE = '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>';

type BenchApi = {
  bench: {
    latency: (a: unknown) => Promise<BrowserSizeResult['latency']>;
    build: (a: unknown) => Promise<BrowserSizeResult['build']>;
    load: (a: unknown) => Promise<BrowserSizeResult['load']>;
    timerResolution: () => number;
    isolated: () => boolean;
  };
};

async function openBenchPage(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'bench' in globalThis);
}

/** Keystroke latency, build and load of every size in Chromium, one fresh page per size. */
export async function runBrowser(options: BenchOptions, log: (line: string) => void): Promise<Omit<BrowserSection, 'measuredAt' | 'quick'>> {
  const server = await serve();
  server.set('/', { body: PAGE, type: 'text/html; charset=utf-8' });
  server.set('/bench.js', { body: await bundleEntry(), type: 'text/javascript; charset=utf-8' });
  const browser = await launchChromium();
  try {
    const sizes: BrowserSizeResult[] = [];
    let timerResolutionMs = Number.NaN;
    for (const size of options.sizes) {
      const plan = settings(options.quick, size);
      const corpus = makeCorpus(size);
      server.set(`/data/catalogue-${size}.json`, { body: JSON.stringify(corpus.dataset), type: 'application/json' });
      for (const loadable of LOADABLE) {
        server.set(`/data/index-${size}-${loadable.engine}.json`, { body: loadable.serialize(loadable.build(corpus.dataset)), type: 'application/json' });
      }
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await openBenchPage(page, server.origin);
      if (!(await page.evaluate(() => (globalThis as unknown as BenchApi).bench.isolated()))) log('chromium: page is not cross-origin isolated; timer is coarse');
      timerResolutionMs = await page.evaluate(() => (globalThis as unknown as BenchApi).bench.timerResolution());
      log(`chromium: ${size} offerings — build and load …`);
      const build = await page.evaluate((a) => (globalThis as unknown as BenchApi).bench.build(a), { size, reps: plan.buildReps });
      const load = await page.evaluate((a) => (globalThis as unknown as BenchApi).bench.load(a), { size, reps: plan.buildReps });
      log(`chromium: ${size} offerings — keystrokes …`);
      const latency = await page.evaluate((a) => (globalThis as unknown as BenchApi).bench.latency(a), {
        size,
        queries: makeQueries(plan),
        budgetMs: plan.budgetMs,
      });
      if (errors.length) throw new Error(`bench: errors in the Chromium page: ${errors.join('; ')}`);
      sizes.push({ size, latency, build, load });
      await context.close();
    }
    return { chromium: browser.version(), timerResolutionMs, sizes };
  } finally {
    await browser.close();
    await server.close();
  }
}
