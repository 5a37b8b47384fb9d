// `pnpm bench`: runs the sections, prints the tables and writes bench/results/latest.{json,md}.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ENGINES } from './engines/index.js';
import { describeMachine } from './machine.js';
import { parseOptions, type Section } from './options.js';
import { evaluateGoals } from './report/goals.js';
import { renderMarkdown } from './report/markdown.js';
import type { BenchResults, NodeSizeResult } from './report/types.js';
import { runBrowser } from './browser/run.js';
import { runWidgets } from './widgets/run.js';
import { measureBytes } from './bytes/measure.js';

const root = new URL('../../', import.meta.url).pathname;
const resultsDir = join(root, 'bench/results');

function runChild(task: 'build' | 'latency', size: number, quick: boolean): Promise<unknown> {
  const out = join(resultsDir, `${task}-${size}.tmp`);
  const args = ['--expose-gc', '--conditions=source', '--import', 'tsx', join(root, 'bench/src/node/child.ts'), task, String(size), quick ? 'quick' : 'full', out];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`bench: node ${task} at ${size} exited with ${code}`));
      const result = JSON.parse(readFileSync(out, 'utf8')) as unknown;
      rmSync(out);
      resolve(result);
    });
  });
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/** One-minute load average at a moment: other processes on the machine make timings pessimistic. */
const load = (): number => Math.round(loadavg()[0]! * 100) / 100;

/** Puts the results, headings one level down, between the markers of bench/README.md. */
function updateReadme(markdown: string): void {
  const readme = join(root, 'bench/README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error('bench: bench/README.md lost its results markers');
  const body = markdown
    .replace(/^# .*\n+/, '')
    .replace(/^(#{2,5}) /gm, '#$1 ')
    .trimEnd();
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  mkdirSync(resultsDir, { recursive: true });
  const latestJson = join(resultsDir, 'latest.json');
  const previous = existsSync(latestJson) ? (JSON.parse(readFileSync(latestJson, 'utf8')) as Partial<BenchResults>) : {};
  const runs = (section: Section) => options.sections.includes(section);
  const now = () => new Date().toISOString();

  if (options.render && !previous.machine) throw new Error('bench: --render needs bench/results/latest.json');
  const results: BenchResults = {
    machine: options.render ? previous.machine! : describeMachine(),
    options: options.render ? previous.options! : { sizes: [...options.sizes], sections: [...options.sections], quick: options.quick },
    engines: ENGINES.map(({ name, config }) => ({ name, config })),
    node: previous.node,
    browser: previous.browser,
    widgets: previous.widgets,
    bytes: previous.bytes,
    goals: [],
  };

  if (runs('node')) {
    const loadAtStart = load();
    const sizes: NodeSizeResult[] = [];
    for (const size of options.sizes) {
      log(`node: ${size} offerings — build and memory …`);
      const build = (await runChild('build', size, options.quick)) as NodeSizeResult['build'];
      log(`node: ${size} offerings — keystrokes …`);
      const latency = (await runChild('latency', size, options.quick)) as NodeSizeResult['latency'];
      sizes.push({ size, build, latency });
    }
    results.node = { measuredAt: now(), quick: options.quick, loadAverage: [loadAtStart, load()], sizes };
  }
  if (runs('browser')) {
    log('chromium: keystrokes, build and load …');
    const loadAtStart = load();
    const browser = await runBrowser(options, log);
    results.browser = { measuredAt: now(), quick: options.quick, loadAverage: [loadAtStart, load()], ...browser };
    results.machine = describeMachine(browser.chromium);
  }
  if (runs('widgets')) {
    log('chromium: widgets on the demo page …');
    const loadAtStart = load();
    const widgets = await runWidgets(options, log);
    results.widgets = { measuredAt: now(), quick: options.quick, loadAverage: [loadAtStart, load()], ...widgets };
  }
  if (runs('bytes')) {
    log('bytes: embed bundle, element entries, SDK …');
    results.bytes = { measuredAt: now(), ...(await measureBytes()) };
  }

  results.goals = evaluateGoals(results);
  const markdown = renderMarkdown(results);
  writeFileSync(latestJson, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'latest.md'), markdown);
  log('');
  log(markdown);
  log('wrote bench/results/latest.json and bench/results/latest.md');
  // The README shows only full measurements: every section present, none from a --quick run.
  const complete = results.node && results.browser && results.widgets && results.bytes;
  if (!options.quick && complete && !results.node?.quick && !results.browser?.quick && !results.widgets?.quick) {
    updateReadme(markdown);
    log('updated the results in bench/README.md');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
