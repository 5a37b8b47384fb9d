#!/usr/bin/env node
// Renders every story and docs page of the built Storybook in headless Chromium and fails on:
// a render or play-function error, a failed accessibility report (parameters.a11y.test 'error'),
// an uncaught page error, a console error, or any request that leaves this machine.
// Run after `pnpm build-storybook`:  node test/storybook/smoke.mjs [storybook-static] [id-filter]
// In emulated forced-colours mode: STORYBOOK_FORCED_COLORS=active node test/storybook/smoke.mjs
// Against a running dev server instead: STORYBOOK_URL=http://localhost:6006 node test/storybook/smoke.mjs - [id-filter]
// Ends with the plain line `N passed, N failed`.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(process.argv[2] ?? 'storybook-static');
const filter = process.argv[3] ?? '';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const STORY_TIMEOUT = Number(process.env.STORYBOOK_SMOKE_TIMEOUT ?? 20_000);

const devUrl = process.env.STORYBOOK_URL?.replace(/\/$/, '');
if (!devUrl && !existsSync(join(root, 'index.json'))) {
  console.error(`storybook smoke: ${root}/index.json is missing; run \`pnpm build-storybook\` first`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
    return;
  }
  const hashed = /-[A-Za-z0-9_-]{8}\.(js|css)$/.test(file) || file.includes(`${sep}sb-`);
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Hashed bundles never change: caching them lets every page reuse the parsed code.
    'Cache-Control': hashed ? 'public, max-age=3600, immutable' : 'no-cache',
  });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = devUrl ?? `http://127.0.0.1:${server.address().port}`;

// Installed before any page script: records the preview's channel events on window.
function recordChannel() {
  const seen = (window.__lnSmoke = { finished: null, docs: false, errors: [] });
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (event) => (seen.finished = event));
      value.on('docsRendered', () => (seen.docs = true));
      for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        value.on(name, (error) => seen.errors.push(`${name}: ${error?.message ?? error?.title ?? JSON.stringify(error)}`));
      }
    },
  });
}

const index = devUrl
  ? await (await fetch(`${devUrl}/index.json`)).json()
  : JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => entry.id.includes(filter));

const browser = await chromium.launch({ executablePath: CHROMIUM });
// STORYBOOK_FORCED_COLORS=active runs everything in emulated forced-colours (high contrast) mode.
const forcedColors = process.env.STORYBOOK_FORCED_COLORS === 'active' ? 'active' : 'none';
const context = await browser.newContext({ reducedMotion: 'reduce', forcedColors });
await context.addInitScript(recordChannel);

async function check(entry) {
  const problems = [];
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    const local = url.startsWith(origin) || (devUrl && /^wss?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(url));
    if (local || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    problems.push(`request leaves the machine: ${url}`);
    return route.abort('blockedbyclient');
  });

  const viewMode = entry.type === 'docs' ? 'docs' : 'story';
  const started = Date.now();
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`);
    const done = viewMode === 'docs' ? 'window.__lnSmoke.docs' : 'window.__lnSmoke.finished';
    await page.waitForFunction(`${done} || window.__lnSmoke.errors.length > 0`, null, { timeout: STORY_TIMEOUT });
    const seen = await page.evaluate(() => window.__lnSmoke);
    problems.push(...seen.errors);
    if (seen.finished?.status === 'error') {
      for (const report of seen.finished.reporters ?? []) {
        if (report.status !== 'failed') continue;
        const violations = report.result?.violations ?? [];
        const detail = violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`).join('; ');
        problems.push(`${report.type} report failed${detail ? `: ${detail}` : ''}`);
      }
      if (problems.length === 0) problems.push('story finished with status "error"');
    }
  } catch (error) {
    problems.push(`did not finish rendering: ${error.message.split('\n')[0]}`);
  }
  await page.close();
  return { entry, viewMode, problems, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

let passed = 0;
let failed = 0;
function report({ entry, viewMode, problems, seconds }) {
  if (problems.length === 0) {
    passed++;
    console.log(`ok   ${entry.id} (${viewMode}, ${seconds}s)`);
  } else {
    failed++;
    console.log(`FAIL ${entry.id} (${viewMode}, ${seconds}s)`);
    for (const problem of problems) console.log(`     ${problem}`);
  }
}

// A few pages at once (each story still gets its own page); 2 by default, for a 2-core machine.
const WORKERS = Math.max(1, Number(process.env.STORYBOOK_SMOKE_WORKERS ?? 2));
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(WORKERS, entries.length) }, async () => {
    while (next < entries.length) report(await check(entries[next++]));
  }),
);

await browser.close();
server.close();
if (entries.length === 0) console.log(`storybook smoke: no entry matches "${filter}"`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
