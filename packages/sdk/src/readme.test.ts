// Keeps the README honest: every ```ts example in packages/sdk/README.md is type-checked and run
// against the real SDK (from its sources), and where a ```text block follows an example, that block
// must be exactly what the example prints. README_UPDATE=1 rewrites those blocks from the actual
// output instead of comparing (review the diff before committing it).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url));
const update = process.env['README_UPDATE'] === '1';

interface Example {
  /** 1-based line of the opening fence in the README. */
  readonly line: number;
  readonly heading: string;
  readonly code: string;
  /** The ```text block right after the example: its content and the lines it spans (fences excluded). */
  readonly output?: { readonly text: string; readonly from: number; readonly to: number };
}

const FENCE = /^```(\S*)\s*$/;

/** The ```ts blocks of a Markdown text, each with the ```text block that directly follows it, if any. */
function extractExamples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const blocks: { lang: string; line: number; from: number; to: number; heading: string }[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (open === null) {
      if (lines[i]!.startsWith('#')) heading = lines[i]!.replace(/^#+\s*/, '');
      continue;
    }
    let end = i + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    if (end === lines.length) throw new Error(`README.md:${i + 1}: code block is not closed`);
    blocks.push({ lang: open[1]!, line: i + 1, from: i + 1, to: end, heading });
    i = end;
  }
  const onlyBlankBetween = (a: number, b: number) => lines.slice(a + 1, b).every((l) => l.trim() === '');
  return blocks.flatMap((block, k) => {
    if (block.lang !== 'ts') return [];
    const next = blocks[k + 1];
    const output =
      next !== undefined && next.lang === 'text' && onlyBlankBetween(block.to, next.line - 1)
        ? { text: lines.slice(next.from, next.to).join('\n'), from: next.from, to: next.to }
        : undefined;
    return [{ line: block.line, heading: block.heading, code: lines.slice(block.from, block.to).join('\n'), ...(output ? { output } : {}) }];
  });
}

const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();

function run(command: string, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const readme = readFileSync(readmePath, 'utf8');
const examples = extractExamples(readme);
const fileOf = (example: Example) => `readme-line-${example.line}.ts`;

describe('README examples', { concurrency: 2 }, () => {
  let dir = '';
  const actual = new Map<Example, string>();

  before(() => {
    // A scratch folder outside the repository that resolves packages like the repository root does.
    dir = mkdtempSync(join(tmpdir(), 'leernetwerk-readme-'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const example of examples) writeFileSync(join(dir, fileOf(example)), example.code);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: join(root, 'tsconfig.base.json'),
        compilerOptions: {
          noEmit: true,
          composite: false,
          declaration: false,
          declarationMap: false,
          sourceMap: false,
          incremental: false,
          lib: ['ES2022'],
          types: ['node'],
        },
        files: examples.map(fileOf),
      }),
    );
  });

  after(() => {
    if (update) {
      const lines = readme.split('\n');
      // From the bottom up, so earlier line numbers stay valid.
      for (const example of [...examples].reverse()) {
        const out = actual.get(example);
        if (example.output !== undefined && out !== undefined) {
          lines.splice(example.output.from, example.output.to - example.output.from, ...tidy(out).split('\n'));
        }
      }
      writeFileSync(readmePath, lines.join('\n'));
    }
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('has examples for every part of the SDK, each importing from @leernetwerk/sdk', () => {
    assert.ok(examples.length >= 15, `found only ${examples.length} ts examples`);
    for (const example of examples) {
      assert.match(example.code, /from '@leernetwerk\/sdk'/, `README.md:${example.line} does not import @leernetwerk/sdk`);
    }
  });

  it('type-checks every example against the SDK sources', async () => {
    const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
    const { code, stdout, stderr } = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')]);
    // tsc names the scratch file; its name holds the README line of the example.
    assert.equal(code, 0, `tsc failed:\n${stdout}${stderr}`);
  });

  for (const example of examples) {
    it(`README.md:${example.line} (${example.heading}) runs${example.output ? ' and prints what the README shows' : ''}`, async () => {
      const { code, stdout, stderr } = await run(process.execPath, ['--conditions=source', '--import', 'tsx', join(dir, fileOf(example))]);
      assert.equal(code, 0, `exited with ${code}:\n${stderr}`);
      actual.set(example, stdout);
      if (example.output !== undefined && !update) assert.equal(tidy(stdout), tidy(example.output.text));
    });
  }
});
