import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataset, exampleSharedQuestions } from '@leernetwerk/data';
import { lines, runCli } from '../testing/run-cli.js';
import { tempDir } from '../testing/temp-dir.js';

const TRUST = 'Hoe krijgen we bewoners weer vertrouwen in de gemeente?';

test('the trust question: priority 5 or white spot 2 first, each result with score and reasons in words', async () => {
  const run = await runCli(['match', TRUST]);
  assert.equal(run.code, 0, run.stderr);
  const out = lines(run.stdout);
  assert.equal(out[0], 'Leeragenda');
  assert.match(out[1]!, /^ {2}1\. .+ {2}\[(priority-5|gap-2)\] {2}score \d,\d\d$/);
  assert.match(out[2]!, /^ {7}- komt overeen met .*"vertrouwen"/);
  assert.ok(out.includes('Aanbod'));
  assert.ok(out.includes('Vergelijkbare vragen van anderen'));
});

test('--json: exactly agenda, offerings and similarQuestions with id, title, score and the SDK reasons', async () => {
  const run = await runCli(['match', TRUST, '--json', '--lang', 'en', '--limit', '3']);
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout) as Record<string, { id: string; title: string; score: number; reasons: { code: string; weight: number; params: object }[] }[]>;
  assert.deepEqual(Object.keys(result), ['agenda', 'offerings', 'similarQuestions']);
  for (const list of Object.values(result)) {
    assert.ok(list.length <= 3);
    for (const entry of list) {
      assert.deepEqual(Object.keys(entry), ['id', 'title', 'score', 'reasons']);
      for (const reason of entry.reasons) assert.deepEqual(Object.keys(reason).sort(), ['code', 'params', 'weight']);
    }
  }
  const first = result.agenda![0]!;
  assert.ok(['priority-5', 'gap-2'].includes(first.id));
  const item = defaultDataset.agenda.find((a) => a.id === first.id)!;
  assert.equal(first.title, item.title.en, 'title in the --lang language');
  assert.ok(first.reasons.some((r) => r.code === 'term'));
});

test('filters accept labels: bewoners, lokaal, leergemeenschap — and show up as reasons', async () => {
  const run = await runCli(['match', TRUST, '--target-group', 'bewoners', '--scale', 'lokaal', '--learning-form', 'leergemeenschap', '--limit', '2', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const { offerings } = JSON.parse(run.stdout) as { offerings: { reasons: { code: string; params: Record<string, unknown> }[] }[] };
  assert.equal(offerings.length, 2);
  const codes = offerings[0]!.reasons.map((r) => `${r.code}:${Object.values(r.params).join()}`);
  assert.ok(codes.includes('target-group:resident'), codes.join(' '));
  assert.ok(codes.includes('scale:local'), codes.join(' '));
  assert.ok(codes.includes('learning-form:learning-community'), codes.join(' '));
});

test('a value that names nothing, and a bad --limit, are usage errors naming the option', async () => {
  const bad = await runCli(['match', TRUST, '--scale', 'overal']);
  assert.equal(bad.code, 2);
  assert.match(lines(bad.stderr)[0]!, /^leernetwerk: --scale: verwacht een van local, regional, national, organisation/);
  const limit = await runCli(['match', TRUST, '--limit', '0']);
  assert.equal(limit.code, 2);
  assert.equal(lines(limit.stderr)[0], 'leernetwerk: --limit: verwacht een geheel getal groter dan 0');
});

test('similar questions come from the dataset given with --data', async () => {
  const file = join(tempDir(), 'met-vragen.json');
  writeFileSync(file, JSON.stringify({ ...defaultDataset, sharedQuestions: exampleSharedQuestions }));
  const run = await runCli(['match', TRUST, '--data', file, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const { similarQuestions } = JSON.parse(run.stdout) as { similarQuestions: { id: string; title: string }[] };
  assert.ok(similarQuestions.length > 0);
  const first = exampleSharedQuestions.find((q) => q.id === similarQuestions[0]!.id)!;
  assert.equal(similarQuestions[0]!.title, first.text);
});
