#!/usr/bin/env node
// Runs every Node-side test (`*.test.ts` under packages/{sdk,data,cli}/src, and examples/*/ tests)
// with node:test through tsx, resolving workspace packages to their TypeScript sources.
// Usage: node scripts/run-node-tests.mjs [path-filter …]
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const roots = ['packages/sdk/src', 'packages/data/src', 'packages/cli/src', 'examples/sdk-node', 'test/budgets'];
const filters = process.argv.slice(2);

function* walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (/\.test\.(ts|mjs)$/.test(name)) yield path;
  }
}

const files = roots
  .flatMap((r) => [...walk(join(root, r))])
  .map((f) => relative(root, f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0) {
  console.error('run-node-tests: no test files found');
  process.exit(1);
}

const child = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_NO_WARNINGS: '1' } },
);
child.on('exit', (code) => process.exit(code ?? 1));
