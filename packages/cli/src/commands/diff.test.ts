import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataset } from '@leernetwerk/data';
import type { DatasetDiff } from '../diff/diff-datasets.js';
import { defaultDatasetJson, lines, runCli } from '../testing/run-cli.js';
import { tempDir } from '../testing/temp-dir.js';

const dir = tempDir();
const changed = join(dir, 'nieuw.json');
const [first, second, ...rest] = defaultDataset.offerings;
writeFileSync(
  changed,
  JSON.stringify({
    ...defaultDataset,
    updated: '2024-05-01',
    agenda: defaultDataset.agenda.map((a) => (a.id === 'gap-6' ? { ...a, status: undefined } : a)),
    offerings: [
      { ...second!, title: { ...second!.title, en: 'A new English title' }, scale: ['regional'] },
      ...rest,
      { ...first!, id: 'nieuw-aanbod' },
    ],
  }),
);

test('diff lists per collection what was added, changed (with fields) and removed', async () => {
  const run = await runCli(['diff', defaultDatasetJson, changed]);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(lines(run.stdout), [
    'Gewijzigde velden: updated',
    'agenda: 0 toegevoegd, 1 gewijzigd, 0 verwijderd',
    '  ~ gap-6: status',
    'offerings: 1 toegevoegd, 1 gewijzigd, 1 verwijderd',
    '  + nieuw-aanbod',
    `  ~ ${second!.id}: scale, title.en`,
    `  - ${first!.id}`,
  ]);
});

test('diff --json has the same facts per collection', async () => {
  const run = await runCli(['diff', defaultDatasetJson, changed, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const diff = JSON.parse(run.stdout) as DatasetDiff;
  assert.deepEqual(diff.fields, ['updated']);
  assert.deepEqual(diff.collections.offerings, { added: ['nieuw-aanbod'], changed: [{ id: second!.id, fields: ['scale', 'title.en'] }], removed: [first!.id] });
  assert.deepEqual(Object.keys(diff.collections), ['themes', 'targetGroups', 'learningForms', 'agenda', 'offerings', 'networks']);
});

test('the same file twice has no differences; a file that is not JSON is an error', async () => {
  const same = await runCli(['diff', defaultDatasetJson, defaultDatasetJson, '--lang', 'en']);
  assert.equal(same.code, 0);
  assert.deepEqual(lines(same.stdout), ['No differences.']);
  const broken = await runCli(['diff', defaultDatasetJson, 'invalid.json']);
  assert.equal(broken.code, 1);
  assert.deepEqual(lines(broken.stderr), ['leernetwerk: invalid.json: dit is geen geldige JSON (regel 6, kolom 1)']);
});
