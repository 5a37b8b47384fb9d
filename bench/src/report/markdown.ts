import { OURS } from '../engines/index.js';
import type { LatencyResult } from '../latency.js';
import type { BenchResults, BrowserSection, BytesSection, ByteSizes, NodeSection, WidgetsSection } from './types.js';

const NUMERIC = /^[\d.,–×%()\s/]+(ms|kB)?$|^\*\*[\d.]+\*\*$|^\d+ \(1 in \d+\)$/;

/** A Markdown table; columns whose cells are all numbers are right-aligned. */
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string => {
  const numeric = head.map((_, c) => rows.length > 0 && rows.every((row) => NUMERIC.test(row[c] ?? '')));
  return [
    `| ${head.join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
};

const ms = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3);
const times = (x: number | undefined): string =>
  x === undefined || Number.isNaN(x) ? '–' : `${x >= 10 ? x.toFixed(0) : x >= 0.01 ? x.toFixed(2) : x.toFixed(4)}×`;
const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const mb = (bytes: number): string => (Number.isNaN(bytes) ? '–' : (bytes / 1e6).toFixed(1));
const pct = (x: number): string => (Number.isNaN(x) ? '–' : `${Math.round(x * 100)}%`);
const size = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n));
const day = (iso: string): string => iso.slice(0, 10);
/** ", load 3.1 → 2.4" when the section recorded the machine's load average. */
const loadNote = (section: { loadAverage?: readonly [number, number] }): string =>
  section.loadAverage ? `, load average ${section.loadAverage[0]} → ${section.loadAverage[1]}` : '';

function latencyTables(latency: LatencyResult): string {
  const parts: string[] = [];
  for (const kind of ['finder', 'question'] as const) {
    const rows = latency.latency.filter((r) => r.kind === kind);
    if (rows.length === 0) continue;
    parts.push(
      `*${kind === 'finder' ? 'Finder queries' : 'Questions'}*: ${latency.queries[kind]} queries, ${latency.keystrokes[kind]} keystrokes.`,
      '',
      table(
        ['engine', 'keystrokes timed', 'p50 ms', 'p95 ms', 'max ms', 'ours ÷ this (p95)'],
        rows.map((r) => {
          const ratio = latency.ratios.find((x) => x.kind === kind && x.engine === r.engine);
          return [
            r.engine === OURS ? `**${r.engine}**` : r.engine,
            r.stride > 1 ? `${r.n} (1 in ${r.stride})` : String(r.n),
            ms(r.p50),
            ms(r.p95),
            ms(r.max),
            r.engine === OURS ? '1×' : times(ratio?.oursOverTheirs),
          ];
        }),
      ),
      '',
    );
  }
  return parts.join('\n');
}

function agreementTable(node: NodeSection): string {
  const rows: string[][] = [];
  for (const s of node.sizes) {
    for (const a of s.latency.agreement ?? []) {
      rows.push([size(s.size), a.kind, a.engine === OURS ? `**${a.engine}**` : a.engine, pct(a.overlapWithOurs), pct(a.themePrecision), a.meanResults.toFixed(1), String(a.empty)]);
    }
  }
  return table(['size', 'kind', 'engine', 'overlap@10 with ours', 'on-theme@10', 'results (of 10)', 'queries with none'], rows);
}

function nodeSection(node: NodeSection): string {
  const out = [`## Node (${day(node.measuredAt)}${node.quick ? ', quick run' : ''}${loadNote(node)})`, ''];
  out.push(
    '### Do the engines answer alike?',
    '',
    'On the complete queries: the share of our top 10 that each engine also returns in its top 10, and the share of each ' +
      "engine's top 10 that carries the theme the query was generated for (the reference).",
    '',
    agreementTable(node),
    '',
    '### Latency per keystroke',
    '',
  );
  for (const s of node.sizes) out.push(`#### ${size(s.size)} offerings`, '', latencyTables(s.latency));
  out.push('### Index build and memory', '');
  out.push(
    table(
      ['size', 'engine', 'build ms', 'build + first query ms', 'heap MB', 'build ÷ MiniSearch addAll'],
      node.sizes.flatMap((s) => {
        const mini = s.build.build.find((r) => r.engine === 'minisearch')?.buildMs ?? Number.NaN;
        return s.build.build.map((r) => [size(s.size), r.engine === OURS ? `**${r.engine}**` : r.engine, ms(r.buildMs), ms(r.readyMs), mb(r.heapBytes), times(r.buildMs / mini)]);
      }),
    ),
    '',
    '### Prebuilt index against building from the dataset',
    '',
    table(
      ['size', 'engine', 'dataset JSON kB (gzip)', 'index JSON kB (gzip)', 'parse + build ms', 'parse + load prebuilt ms', 'faster'],
      node.sizes.flatMap((s) =>
        s.build.prebuilt.map((p) => [
          size(s.size),
          p.engine === OURS ? `**${p.engine}**` : p.engine,
          `${kb(s.build.datasetBytes)} (${kb(s.build.datasetGzipBytes)})`,
          `${kb(p.indexBytes)} (${kb(p.indexGzipBytes)})`,
          ms(p.parseAndBuildMs),
          ms(p.parseAndLoadMs),
          p.parseAndLoadMs < p.parseAndBuildMs ? 'prebuilt' : 'build',
        ]),
      ),
    ),
    '',
    prebuiltAdvice(node),
    '',
  );
  return out.join('\n');
}

/** Where loading a prebuilt index beats building, for our SDK, in words. */
export function prebuiltAdvice(node: NodeSection): string {
  const ours = node.sizes.map((s) => ({ size: s.size, row: s.build.prebuilt.find((p) => p.engine === OURS) })).filter((x) => x.row);
  if (ours.length === 0) return '';
  const faster = ours.filter((x) => x.row!.parseAndLoadMs < x.row!.parseAndBuildMs);
  const slower = ours.filter((x) => x.row!.parseAndLoadMs >= x.row!.parseAndBuildMs);
  const list = (xs: typeof ours) => xs.map((x) => size(x.size)).join(', ');
  if (faster.length === 0) return `**Recommendation:** build from the dataset at every measured size (${list(ours)}); the prebuilt index is not faster to parse and load, and it adds bytes to download.`;
  if (slower.length === 0) return `**Recommendation:** ship the prebuilt index at every measured size (${list(ours)}), weighing the extra download (index JSON size above) against the time saved.`;
  return `**Recommendation:** build from the dataset at ${list(slower)} offerings; ship the prebuilt index from ${list(faster)} offerings, where parsing and loading it is faster than building (mind the extra download shown above).`;
}

function browserSection(browser: BrowserSection): string {
  const out = [
    `## Chromium ${browser.chromium} (${day(browser.measuredAt)}${browser.quick ? ', quick run' : ''}${loadNote(browser)})`,
    '',
    `Same corpora, queries and interleaving as in Node, run in a cross-origin-isolated page (timer resolution ${ms(browser.timerResolutionMs)} ms).`,
    '',
  ];
  out.push('### Latency per keystroke', '');
  for (const s of browser.sizes) out.push(`#### ${size(s.size)} offerings`, '', latencyTables(s.latency));
  out.push(
    '### Build and load in the page',
    '',
    table(
      ['size', 'engine', 'build ms', 'fetch + parse + build ms', 'fetch + parse + load prebuilt ms'],
      browser.sizes.flatMap((s) =>
        s.build.map((b) => {
          const l = s.load.find((x) => x.engine === b.engine);
          return [size(s.size), b.engine === OURS ? `**${b.engine}**` : b.engine, ms(b.buildMs), ms(l?.fetchParseBuildMs), ms(l?.fetchParseLoadMs)];
        }),
      ),
    ),
    '',
  );
  return out.join('\n');
}

function widgetsSection(widgets: WidgetsSection): string {
  const out = [`## Widgets in Chromium (${day(widgets.measuredAt)}${widgets.quick ? ', quick run' : ''}${loadNote(widgets)})`, ''];
  if (widgets.skipped || !widgets.pages) return [...out, `Not measured: ${widgets.skipped ?? 'no pages'}.`, ''].join('\n');
  if (widgets.from) out.push(`The embed bundle served here is the build in \`${widgets.from}\`, not packages/elements/dist/cdn.`, '');
  out.push(
    'Load: navigation (or the embed script\'s request) to the first finder result; longest task until a second after that, worst of the runs. ' +
      'Keystrokes: real key presses, from `keydown` to the first frame after the results changed.',
    '',
  );
  const k = (x?: { p50: number; p95: number; max: number; n: number }) => (x ? `${ms(x.p50)} / ${ms(x.p95)} / ${ms(x.max)} (${x.n})` : '–');
  out.push(
    table(
      ['dataset', 'offerings', 'navigation → first results ms', 'script → first results ms', 'longest task ms', 'finder keystroke p50 / p95 / max ms (n)', 'question keystroke p50 / p95 / max ms (n)'],
      widgets.pages.map((p) => [p.dataset, String(p.offerings), ms(p.firstResultsMs), ms(p.scriptToResultsMs), p.longestTaskMs > 50 ? `**${ms(p.longestTaskMs)}**` : ms(p.longestTaskMs), k(p.finderKeystroke), k(p.questionKeystroke)]),
    ),
    '',
  );
  for (const p of widgets.pages) for (const note of p.notes) out.push(`- ${p.dataset}: ${note}`);
  out.push('');
  return out.join('\n');
}

const sizesRow = (label: string, s: ByteSizes): string[] => [label, kb(s.raw), kb(s.gzip), kb(s.brotli)];

function bytesSection(bytes: BytesSection): string {
  const out = [`## Bytes (${day(bytes.measuredAt)})`, '', 'kB = 1000 bytes; gzip level 9, brotli quality 11.', ''];
  if (bytes.skipped) out.push(`Partly not measured: ${bytes.skipped}.`, '');
  if (bytes.embed?.from) out.push(`The embed bundle measured here is the build in \`${bytes.embed.from}\`, not packages/elements/dist/cdn.`, '');
  const rows: string[][] = [];
  if (bytes.embed) {
    rows.push(sizesRow('embed bundle: main file `leernetwerk.js`', bytes.embed.main));
    for (const p of bytes.embed.pages ?? []) {
      rows.push(sizesRow(`embed bundle: a ${p.lang} page with every widget (${p.files.map((f) => `\`${f}\``).join(' + ')})`, p));
    }
    rows.push(sizesRow('embed bundle: main + every lazy chunk but the dataset (all languages)', bytes.embed.totalWithoutDataset));
    if (bytes.embed.datasetChunk) rows.push(sizesRow(`embed bundle: dataset chunk \`${bytes.embed.datasetChunk.file}\``, bytes.embed.datasetChunk));
  }
  for (const e of bytes.elements ?? []) rows.push(sizesRow(`element \`${e.entry}\` alone (with Lit and SDK)`, e));
  if (bytes.sdk) {
    rows.push(sizesRow('SDK entry, with its dependencies', bytes.sdk.withDeps));
    rows.push(sizesRow('SDK entry, dependencies external', bytes.sdk.withoutDeps));
  }
  out.push(table(['what', 'raw kB', 'gzip kB', 'brotli kB'], rows), '');
  if (bytes.sdk?.parts?.length) {
    out.push(
      'What each part adds to the SDK bundle (gzip kB; the bundle minus the bundle without that part, so the parts need not add up):',
      '',
      table(['part', 'gzip kB'], bytes.sdk.parts.map((p) => [p.part, kb(p.gzip)])),
      '',
    );
  }
  return out.join('\n');
}

export function renderMarkdown(results: BenchResults): string {
  const m = results.machine;
  const out = [
    '# Benchmark results',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node}; Chromium ${m.chromium}; written ${m.date}.`,
    '',
    '## Goals',
    '',
    table(
      ['goal', 'target', 'measured', 'met'],
      results.goals.map((g) => [g.text, `${g.target} ${g.unit}`, g.measured === null ? '–' : `${g.unit === '×' ? g.measured.toFixed(g.measured < 0.01 ? 4 : 2) : g.measured.toFixed(1)} ${g.unit}`, g.ok === null ? 'not measured' : g.ok ? 'yes' : '**no**']),
    ),
    '',
    '## Engines',
    '',
    ...results.engines.map((e) => `- **${e.name}**: ${e.config}`),
    '',
  ];
  if (results.node) out.push(nodeSection(results.node));
  if (results.browser) out.push(browserSection(results.browser));
  if (results.widgets) out.push(widgetsSection(results.widgets));
  if (results.bytes) out.push(bytesSection(results.bytes));
  return `${out.join('\n').trimEnd()}\n`;
}
