import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { embedMain, root } from '../../../test/budgets/measure.mjs';
import { launchChromium } from '../browser/chromium.js';
import { makeCorpus, makeQueries } from '../corpus.js';
import { LOADABLE } from '../build.js';
import type { BenchOptions } from '../options.js';
import type { WidgetPageResult, WidgetsSection } from '../report/types.js';
import { median, summarize } from '../stats.js';
import { longestTaskCpu, type TraceEvent } from './trace-breakdown.js';
import { armKeystroke, awaitKeystroke, focusInput, installLoadProbe, readLoadProbe, type WidgetSelectors } from './probe.js';

/** Where the widgets keep their text box and results (kept in one place for when markup changes). */
export const FINDER: WidgetSelectors = { tag: 'ln-offering-finder', input: 'input[type="search"]', results: 'ol.finder__list > li' };
const QUESTION: WidgetSelectors = { tag: 'ln-question-form', input: 'textarea', results: '.qf-result' };
const SCRIPT = 'leernetwerk.js';
const CATALOGUE_SIZE = 10000;

/** The built embed bundle; LN_BENCH_CDN_DIR points at another build of it (for development). */
const bundleDir = () => process.env.LN_BENCH_CDN_DIR ?? dirname(embedMain);

export interface Variant {
  readonly dataset: string;
  readonly path: string;
  readonly offerings: number;
}

export async function startServer(): Promise<{ origin: string; set: (path: string, body: string, type: string) => void; close: () => Promise<void> }> {
  const demo = (await import(join(root, 'scripts/serve-demo.mjs'))) as {
    createDemoHandler: (o: { mounts: Record<string, string>; log: (s: string) => void }) => (req: unknown, res: unknown) => Promise<void>;
    PAGE_ROOT: string;
    BUNDLE_DIR: string;
    DEMO_CSP: string;
  };
  const handle = demo.createDemoHandler({ mounts: { '/leernetwerk/': bundleDir(), '/': demo.PAGE_ROOT }, log: () => {} });
  const memory = new Map<string, { body: string; type: string }>();
  const server = createServer((req, res) => {
    const route = memory.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!route) return void handle(req, res);
    res.writeHead(200, { 'Content-Type': route.type, 'Content-Security-Policy': demo.DEMO_CSP, 'Cache-Control': 'no-cache' });
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    set: (path, body, type) => void memory.set(path, { body, type }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The debounce constants of the finder and the question form, read from their sources. */
function debounces(): string {
  const read = (file: string, name: string) => {
    const source = readFileSync(join(root, 'packages/elements/src', file), 'utf8');
    return new RegExp(`${name}\\s*=\\s*(\\d+)`).exec(source)?.[1] ?? '?';
  };
  return `finder ${read('offering-finder/offering-finder.controller.ts', 'FINDER_DEBOUNCE')} ms, question form ${read('question-form/question-form.state.ts', 'DEFAULT_DEBOUNCE')} ms`;
}

/** The demo page pointed at another data file, everything else as served. */
export function demoPageWith(src: string): string {
  const html = readFileSync(join(root, 'examples/municipality/index.html'), 'utf8');
  if (!html.includes('<ln-provider>')) throw new Error('bench: the demo page has no <ln-provider> to point at a catalogue');
  return html.replace('<ln-provider>', `<ln-provider src="${src}">`);
}

async function typeAndTime(page: Page, selectors: WidgetSelectors, texts: readonly string[], timeoutMs: number) {
  const samples: number[] = [];
  let unchanged = 0;
  for (const text of texts) {
    if (!(await page.evaluate(focusInput, selectors))) throw new Error(`bench: no text box in <${selectors.tag}>`);
    await page.waitForTimeout(300);
    for (const char of text) {
      await page.evaluate(armKeystroke, { selectors, timeoutMs });
      await page.keyboard.type(char);
      const latency = await page.evaluate(awaitKeystroke);
      if (latency === null) unchanged++;
      else samples.push(latency);
    }
  }
  const s = summarize(samples);
  return { stats: { p50: s.p50, p95: s.p95, max: s.max, n: s.n }, unchanged };
}

export interface LoadTimes {
  readonly firstResults: number[];
  readonly scriptToResults: number[];
  /** Longest task of each run, until a second after first results. */
  readonly longest: number[];
  /**
   * The main thread's CPU time in the longest task of each run (from a Chrome trace of the load):
   * unlike the wall-clock figure, not stretched while the OS ran other processes.
   */
  readonly longestCpu: number[];
  readonly longTasks: number;
  readonly notes: string[];
}

/** Loads the page `runs` times, each in a fresh context; keeps the last page open and returns it. */
export async function measureLoads(browser: Browser, url: string, runs: number): Promise<LoadTimes & { page: Page }> {
  const firstResults: number[] = [];
  const scriptToResults: number[] = [];
  const longest: number[] = [];
  const longestCpu: number[] = [];
  let longTasks = 0;
  const notes: string[] = [];
  let page: Page | undefined;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // tsx keeps function names with an `__name` helper that the page does not have.
    await page.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn);');
    await page.addInitScript(installLoadProbe, FINDER);
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(url);
    await page.waitForFunction(() => (globalThis as unknown as { __lnProbe: { firstResults: number | null } }).__lnProbe.firstResults !== null, undefined, { timeout: 120_000 });
    await page.waitForTimeout(1000);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    longestCpu.push(longestTaskCpu(trace.traceEvents, new URL(url).origin));
    const probe = await page.evaluate(readLoadProbe, SCRIPT);
    firstResults.push(probe.firstResults!);
    if (probe.scriptStart !== null) scriptToResults.push(probe.firstResults! - probe.scriptStart);
    const tasks = probe.longTasks.filter((t) => t.start <= probe.firstResults! + 1000);
    longest.push(Math.max(...tasks.map((t) => t.duration), 0));
    if (process.env.LN_BENCH_LIST_TASKS) console.log(`  long tasks at (ms after navigation): ${tasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(', ')}; first results ${probe.firstResults!.toFixed(0)}; longest by CPU time ${longestCpu.at(-1)!.toFixed(0)}`);
    longTasks = Math.max(longTasks, tasks.length);
    if (errors.length) notes.push(`page errors: ${[...new Set(errors)].join('; ')}`);
    if (run < runs - 1) await context.close();
  }
  return { firstResults, scriptToResults, longest, longestCpu, longTasks, notes, page: page! };
}

async function measurePage(browser: Browser, origin: string, variant: Variant, options: BenchOptions): Promise<WidgetPageResult> {
  const runs = options.quick ? 1 : 3;
  const loads = await measureLoads(browser, `${origin}${variant.path}`, runs);
  const { firstResults, scriptToResults, longTasks, notes, page } = loads;
  const longest = Math.max(...loads.longest);
  notes.push(`longest task by main-thread CPU time: ${Math.max(...loads.longestCpu).toFixed(0)} ms (wall-clock includes time the OS gave other processes)`);
  const plan = options.quick ? { finderQueries: 3, questions: 1 } : { finderQueries: 8, questions: 2 };
  const queries = makeQueries(plan);
  const timeoutMs = variant.offerings > 1000 ? 2000 : 1000;
  const finder = await typeAndTime(page, FINDER, queries.filter((q) => q.kind === 'finder').map((q) => q.text), timeoutMs);
  if (finder.unchanged) notes.push(`finder: ${finder.unchanged} keystrokes left the results as they were (not timed)`);
  let question: Awaited<ReturnType<typeof typeAndTime>> | undefined;
  if (await page.evaluate((tag) => Boolean(document.querySelector(tag)), QUESTION.tag)) {
    question = await typeAndTime(page, QUESTION, queries.filter((q) => q.kind === 'question').map((q) => q.text), timeoutMs);
    if (question.unchanged) notes.push(`question form: ${question.unchanged} keystrokes left the matches as they were (not timed)`);
  }
  await page.context().close();
  notes.push(`keystroke times include the widgets' typing debounce (${debounces()})`);
  if (longest > 50 && variant.offerings >= CATALOGUE_SIZE) notes.push(`longest main-thread task ${longest.toFixed(0)} ms at ${variant.offerings} offerings: over 50 ms`);
  return {
    dataset: variant.dataset,
    offerings: variant.offerings,
    firstResultsMs: median(firstResults),
    scriptToResultsMs: scriptToResults.length ? median(scriptToResults) : Number.NaN,
    longestTaskMs: longest,
    longTasks,
    finderKeystroke: finder.stats,
    ...(question && question.stats.n > 0 ? { questionKeystroke: question.stats } : {}),
    runs,
    notes,
  };
}

/** Puts the 10k catalogue (plain and as a prebuilt index) and pages pointing at them on the server. */
export async function serveVariants(server: Awaited<ReturnType<typeof startServer>>): Promise<Variant[]> {
  const corpus = makeCorpus(CATALOGUE_SIZE);
  const ours = LOADABLE.find((l) => l.engine === 'leernetwerk')!;
  server.set(`/bench-data/catalogue-${CATALOGUE_SIZE}.json`, JSON.stringify(corpus.dataset), 'application/json');
  server.set(`/bench-data/index-${CATALOGUE_SIZE}.json`, `{"dataset":${JSON.stringify(corpus.dataset)},"index":${ours.serialize(ours.build(corpus.dataset))}}`, 'application/json');
  server.set('/bench-10k.html', demoPageWith(`/bench-data/catalogue-${CATALOGUE_SIZE}.json`), 'text/html; charset=utf-8');
  server.set('/bench-10k-prebuilt.html', demoPageWith(`/bench-data/index-${CATALOGUE_SIZE}.json`), 'text/html; charset=utf-8');
  const { defaultDataset } = (await import('@leernetwerk/data')) as { defaultDataset: { offerings: unknown[] } };
  const variants: Variant[] = [
    { dataset: 'default', path: '/', offerings: defaultDataset.offerings.length },
    { dataset: '10k catalogue', path: '/bench-10k.html', offerings: CATALOGUE_SIZE },
    { dataset: '10k prebuilt index', path: '/bench-10k-prebuilt.html', offerings: CATALOGUE_SIZE },
  ];
  return variants;
}

/** Load and keystroke timings of the widgets on the municipality demo page, in Chromium. */
export async function runWidgets(options: BenchOptions, log: (line: string) => void): Promise<Omit<WidgetsSection, 'measuredAt'>> {
  if (!existsSync(join(bundleDir(), SCRIPT))) return { skipped: 'the embed bundle is missing (run `pnpm build`)' };
  const server = await startServer();
  const variants = await serveVariants(server);
  const browser = await launchChromium();
  try {
    const pages: WidgetPageResult[] = [];
    for (const variant of variants) {
      log(`chromium: demo page, ${variant.dataset} …`);
      pages.push(await measurePage(browser, server.origin, variant, options));
    }
    return { ...(process.env.LN_BENCH_CDN_DIR ? { from: process.env.LN_BENCH_CDN_DIR } : {}), pages };
  } finally {
    await browser.close();
    await server.close();
  }
}
