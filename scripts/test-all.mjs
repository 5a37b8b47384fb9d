#!/usr/bin/env node
// The one test command: build, type-check, Node tests, browser tests, Storybook build and its
// smoke test (every story rendered in Chromium with axe).
// Prints each stage's result and ends with the plain line `N passed, N failed`.
// Fails when any stage fails or when no test ran at all.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const only = new Set(process.argv.slice(2));
const wanted = (stage) => only.size === 0 || only.has(stage);

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tee = (target) => (chunk) => {
      output += chunk;
      target.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const nodeCounts = (output) => ({
  passed: Number(/^ℹ pass (\d+)$/m.exec(output)?.[1] ?? 0),
  failed: Number(/^ℹ fail (\d+)$/m.exec(output)?.[1] ?? 0) + Number(/^ℹ cancelled (\d+)$/m.exec(output)?.[1] ?? 0),
});

const stages = [];
let passed = 0;
let failed = 0;

async function stage(name, fn) {
  if (!wanted(name)) return;
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = await fn();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  stages.push({ name, ...result, seconds });
  passed += result.passed ?? 0;
  failed += result.failed ?? 0;
}

await stage('build', async () => {
  const { code } = await run('pnpm', ['build']);
  return { ok: code === 0, failed: code === 0 ? 0 : 1 };
});

await stage('typecheck', async () => {
  const { code } = await run('pnpm', ['exec', 'tsc', '-b', 'tsconfig.json']);
  // The benchmarks ship nothing, but they must keep compiling against the packages they measure.
  const bench = code === 0 ? await run('pnpm', ['exec', 'tsc', '-p', 'bench/tsconfig.json']) : { code: 1 };
  return { ok: bench.code === 0, failed: bench.code === 0 ? 0 : 1 };
});

await stage('node', async () => {
  const { code, output } = await run('node', ['scripts/run-node-tests.mjs']);
  const counts = nodeCounts(output);
  return { ok: code === 0 && counts.passed > 0, ...counts, failed: counts.failed || (code === 0 ? 0 : 1) };
});

await stage('browser', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ln-wtr-'));
  const countsFile = join(dir, 'counts.json');
  const { code } = await run('pnpm', ['exec', 'web-test-runner'], { WTR_COUNTS_FILE: countsFile });
  const counts = existsSync(countsFile)
    ? JSON.parse(readFileSync(countsFile, 'utf8'))
    : { passed: 0, failed: 0, sessionErrors: 0 };
  rmSync(dir, { recursive: true, force: true });
  const broken = counts.sessionErrors > 0 || counts.passed === 0 ? 1 : 0;
  if (counts.passed === 0) console.error('browser: no browser test ran — did Chromium start?');
  return {
    ok: code === 0 && broken === 0,
    passed: counts.passed,
    failed: counts.failed + (code !== 0 && counts.failed === 0 ? 1 : 0) + broken,
  };
});

await stage('storybook', async () => {
  const { code } = await run('pnpm', ['build-storybook']);
  return { ok: code === 0, failed: code === 0 ? 0 : 1 };
});

await stage('stories', async () => {
  const built = stages.find((s) => s.name === 'storybook');
  if (built && !built.ok) return { ok: false, failed: 1 };
  const { code, output } = await run('pnpm', ['test:storybook']);
  const line = /^(\d+) passed, (\d+) failed$/m.exec(output);
  const counts = { passed: Number(line?.[1] ?? 0), failed: Number(line?.[2] ?? 0) };
  return { ok: code === 0 && counts.passed > 0, ...counts, failed: counts.failed || (code === 0 ? 0 : 1) };
});

console.log('\n=== summary ===');
for (const s of stages) {
  const counts = s.passed !== undefined ? ` (${s.passed} passed, ${s.failed} failed)` : '';
  console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name}${counts} ${s.seconds}s`);
}
const allOk = stages.every((s) => s.ok) && passed > 0;
if (passed === 0) console.log('no test ran: failing');
console.log(`${passed} passed, ${failed === 0 && !allOk ? 1 : failed} failed`);
process.exit(allOk ? 0 : 1);
