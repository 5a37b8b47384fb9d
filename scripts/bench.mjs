#!/usr/bin/env node
// `pnpm bench [--sizes 1000,10000] [--only node|browser|widgets|bytes] [--quick]`: the kit's benchmarks
// side by side with MiniSearch, Fuse.js and FlexSearch, plus byte sizes. See bench/README.md.
import { spawn } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const child = spawn(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', 'bench/src/cli.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_NO_WARNINGS: '1' } },
);
child.on('exit', (code) => process.exit(code ?? 1));
