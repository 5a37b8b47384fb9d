import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, lines, runCli } from '../testing/run-cli.js';
import { tempDir } from '../testing/temp-dir.js';

const dir = tempDir();
const QUESTION = 'Hoe krijgen we bewoners weer vertrouwen in de gemeente?';

test('build-index writes the prebuilt index and reports its size; match gives the same result with it', async () => {
  const index = join(dir, 'index.json');
  const run = await runCli(['build-index', '-o', index]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(lines(run.stdout)[0]!, /^geschreven: .*index\.json \(\d+(,\d)? kB\) — index over 16 agendapunten, \d+ aanbod en 0 gedeelde vragen$/);
  assert.equal((JSON.parse(readFileSync(index, 'utf8')) as { format: string }).format, 'leernetwerk-index');

  const built = await runCli(['match', QUESTION, '--json']);
  const loaded = await runCli(['match', QUESTION, '--json', '--data', index]);
  assert.equal(loaded.code, 0, loaded.stderr);
  assert.equal(loaded.stdout, built.stdout);

  const valid = await runCli(['validate', index]);
  assert.equal(valid.code, 0, valid.stderr);
  assert.match(valid.stdout, /index\.json: geldige index voor de meegeleverde dataset\n$/);
});

test('an index for another dataset is refused with a hint to rebuild', async () => {
  const dataset = join(dir, 'eigen.json');
  const index = join(dir, 'eigen-index.json');
  await runCli(['import', join(fixtures, 'aanbod-komma.csv'), '-o', dataset]);
  assert.equal((await runCli(['build-index', '-o', index, '--data', dataset])).code, 0);
  const withOwn = await runCli(['match', QUESTION, '--data', dataset, '--data', index, '--json']);
  assert.equal(withOwn.code, 0, withOwn.stderr);

  const mismatch = await runCli(['match', QUESTION, '--data', index]);
  assert.equal(mismatch.code, 1);
  assert.deepEqual(lines(mismatch.stderr), [`leernetwerk: ${index}: de index hoort niet bij deze dataset; bouw hem opnieuw met build-index`]);
});

test('-o is required, and an index is no dataset for other commands', async () => {
  const none = await runCli(['build-index']);
  assert.equal(none.code, 2);
  assert.equal(lines(none.stderr)[0], 'leernetwerk: -o <index.json> ontbreekt');
  const gaps = await runCli(['gaps', '--data', join(dir, 'index.json')]);
  assert.equal(gaps.code, 2);
  assert.match(gaps.stderr, /een vooraf gebouwde index wordt alleen door match gebruikt/);
});
