import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDatasetJson, lines, runCli } from '../testing/run-cli.js';

test('a valid dataset: exit 0 and one summary line', async () => {
  const run = await runCli(['validate', defaultDatasetJson]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, '');
  const [summary, ...rest] = lines(run.stdout);
  assert.match(summary!, /dataset\.json: geldig — 10 thema's, 4 doelgroepen, 14 leervormen, 16 agendapunten, \d+ aanbod, \d+ netwerken$/);
  assert.deepEqual(rest, []);
});

test('a dataset with problems: exit 1, one line per problem naming file and place, no stack trace', async () => {
  const run = await runCli(['validate', 'dataset-with-problems.json']);
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '');
  const found = lines(run.stderr);
  assert.ok(found.length >= 3, run.stderr);
  for (const line of found) assert.match(line, /^leernetwerk: dataset-with-problems\.json: /);
  assert.ok(found.some((l) => l.includes(': updated: ') && l.includes('JJJJ-MM-DD')));
  assert.ok(found.some((l) => l.includes(': offerings[0].scale[0]: ') && l.includes('national')));
  assert.ok(found.some((l) => l.includes(': offerings[1].title: ')));
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});

test('invalid JSON: exit 1 with the line and column, in the chosen language', async () => {
  const nl = await runCli(['validate', 'invalid.json']);
  assert.equal(nl.code, 1);
  assert.deepEqual(lines(nl.stderr), ['leernetwerk: invalid.json: dit is geen geldige JSON (regel 6, kolom 1)']);
  const en = await runCli(['validate', 'invalid.json', '--lang', 'en']);
  assert.match(en.stderr, /^leernetwerk: invalid\.json: .*line 6, column 1/);
});

test('an Excel CSV: bad rows by line number and column, good rows counted', async () => {
  const run = await runCli(['validate', 'aanbod-excel.csv']);
  assert.equal(run.code, 1);
  assert.deepEqual(lines(run.stdout), ['aanbod-excel.csv: 3 van 7 rijen afgewezen']);
  const problems = lines(run.stderr);
  assert.equal(problems[0], 'leernetwerk: aanbod-excel.csv: onbekende kolommen genegeerd: Opmerking');
  assert.match(problems[1]!, /^leernetwerk: aanbod-excel\.csv:5: Schaal\[0\]: verwacht een van local, regional, national, organisation/);
  assert.match(problems[2]!, /^leernetwerk: aanbod-excel\.csv:8: Titel: ontbreekt/);
  assert.match(problems[3]!, /^leernetwerk: aanbod-excel\.csv:10: Doelgroepen\[0\]: /);
  assert.match(problems[4]!, /^leernetwerk: aanbod-excel\.csv:10: Website: /);
  assert.equal(problems.length, 5);
});

test('a valid comma-separated CSV: exit 0', async () => {
  const run = await runCli(['validate', 'aanbod-komma.csv', '--lang', 'en']);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(lines(run.stdout), ['aanbod-komma.csv: 3 rows, all valid']);
});

test('a missing file and a missing argument', async () => {
  const missing = await runCli(['validate', 'bestaat-niet.json']);
  assert.equal(missing.code, 1);
  assert.deepEqual(lines(missing.stderr), ['leernetwerk: bestaat-niet.json: bestand niet gevonden']);
  const none = await runCli(['validate']);
  assert.equal(none.code, 2);
  assert.deepEqual(lines(none.stderr), ['leernetwerk: <bestand.json|bestand.csv> ontbreekt', 'Zie: leernetwerk validate --help']);
});
