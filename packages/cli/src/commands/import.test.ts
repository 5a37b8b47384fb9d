import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset, type Dataset } from '@leernetwerk/sdk';
import { defaultDataset } from '@leernetwerk/data';
import { defaultDatasetJson, fixtures, lines, runCli } from '../testing/run-cli.js';
import { tempDir } from '../testing/temp-dir.js';

const dir = tempDir();
const readDataset = (file: string): Dataset => {
  const parsed = parseDataset(JSON.parse(readFileSync(file, 'utf8')), { mode: 'strict' });
  assert.ok(parsed.ok, JSON.stringify(parsed.problems));
  return parsed.dataset;
};

test('an Excel export: rejected rows reported, good rows written as a full valid dataset', async () => {
  const output = join(dir, 'excel.json');
  const run = await runCli(['import', 'aanbod-excel.csv', '-o', output]);
  assert.equal(run.code, 1, 'rows were rejected');
  assert.deepEqual(lines(run.stdout), [
    'aanbod-excel.csv: 7 rijen gelezen, 4 geïmporteerd, 3 afgewezen',
    `geschreven: ${output} (4 aanbod)`,
  ]);
  assert.deepEqual(
    lines(run.stderr).map((l) => /^leernetwerk: aanbod-excel\.csv:(\d+): ([^:]+):/.exec(l)?.slice(1).join(' ')),
    [undefined, '5 Schaal[0]', '8 Titel', '10 Doelgroepen[0]', '10 Website'],
  );

  const dataset = readDataset(output);
  assert.deepEqual(dataset.agenda, defaultDataset.agenda);
  assert.deepEqual(dataset.themes, defaultDataset.themes);
  assert.match(dataset.updated, /^\d{4}-\d{2}-\d{2}$/);
  const byId = new Map(dataset.offerings.map((o) => [o.id, o]));
  assert.deepEqual([...byId.keys()], ['wijkagenten-intervisie', 'buurtbouwers-leren-van-elkaar', 'wijkteams-regio', 'masterclass-ondermijning']);
  const intervisie = byId.get('wijkagenten-intervisie')!;
  assert.equal(intervisie.description.nl, 'Wijkagenten bespreken casussen met vakgenoten.\nKleine groepen, vaste deelnemers.');
  assert.equal(intervisie.title.en, 'Peer consultation for community police officers');
  assert.deepEqual(
    [intervisie.scale, intervisie.targetGroups, intervisie.direction, intervisie.domainScope, intervisie.duration, intervisie.network],
    [['national'], ['professional'], ['horizontal'], ['within-domain'], 'long-running', 'lppw'],
  );
  const regio = byId.get('wijkteams-regio')!;
  assert.deepEqual(regio.themes, ['housing', 'health-care']);
  assert.deepEqual(regio.targetGroups, ['policymaker', 'professional']);
  assert.deepEqual(regio.scale, ['regional', 'local']);
  assert.equal(regio.description.nl, 'Onderzoek, beleid en praktijk werken samen; "leren door te doen".');
  assert.equal(byId.get('buurtbouwers-leren-van-elkaar')?.targetGroups[0], 'resident');
});

test('a comma CSV without -o: the dataset on stdout, the summary on stderr, exit 0', async () => {
  const run = await runCli(['import', 'aanbod-komma.csv', '--lang', 'en']);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(lines(run.stderr), ['aanbod-komma.csv: 3 rows read, 3 imported, 0 rejected']);
  const dataset = JSON.parse(run.stdout) as Dataset;
  assert.deepEqual(dataset.offerings.map((o) => o.id), ['krachtproef', 'leerkring-vertrouwen', 'energie-en-werk']);
  assert.deepEqual(dataset.offerings[2]?.themes, ['energy-transition', 'work']);
  assert.equal(parseDataset(dataset, { mode: 'strict' }).ok, true);
});

test('a Windows-1252 export (Excel\'s plain CSV) keeps its accents and quotes', async () => {
  const run = await runCli(['import', 'aanbod-ansi.csv']);
  assert.equal(run.code, 0, run.stderr);
  const [offering] = (JSON.parse(run.stdout) as Dataset).offerings;
  assert.equal(offering?.id, 'cafe-overleg-over-veiligheid');
  assert.equal(offering?.title.nl, 'Café-overleg over veiligheid');
  assert.equal(offering?.description.nl, '“Eén keer per maand” praten bewoners en wijkagent bij.');
  assert.deepEqual(offering?.targetGroups, ['resident', 'professional']);
});

test('--into merges: an existing id is updated, new ones are added, the rest stays', async () => {
  const base = join(dir, 'base.json');
  copyFileSync(defaultDatasetJson, base);
  const run = await runCli(['import', join(fixtures, 'aanbod-komma.csv'), '--into', base, '-o', base], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.match(lines(run.stdout)[0]!, /3 rijen gelezen, 3 geïmporteerd \(waarvan 1 bijgewerkt\), 0 afgewezen$/);
  const dataset = readDataset(base);
  assert.equal(dataset.offerings.length, defaultDataset.offerings.length + 2);
  assert.equal(dataset.offerings.find((o) => o.id === 'krachtproef')?.title.nl, 'Krachtproef: opbouwwerkers leren samen');
  assert.deepEqual(dataset.networks, defaultDataset.networks);
});

test('a broken CSV is one line with its line number, and leaves the output untouched', async () => {
  const broken = join(dir, 'kapot.csv');
  writeFileSync(broken, 'id;titel;aanbieder\r\neen;"Open aanhalingsteken;X\r\ntwee;B;C\r\n');
  const output = join(dir, 'blijft.json');
  writeFileSync(output, '{"oud": true}\n');
  const run = await runCli(['import', broken, '-o', output]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^leernetwerk: .*kapot\.csv:\d+: CSV onleesbaar: aanhalingsteken niet gesloten\n$/);
  assert.equal(readFileSync(output, 'utf8'), '{"oud": true}\n');
});

test('a write that fails leaves neither a half file nor a temporary one', async () => {
  const missing = await runCli(['import', join(fixtures, 'aanbod-komma.csv'), '-o', join(dir, 'geen-map', 'x.json')]);
  assert.equal(missing.code, 1);
  assert.match(lines(missing.stderr).at(-1)!, /geen-map\/x\.json: kan bestand niet schrijven \(ENOENT\)$/);

  const occupied = join(dir, 'bezet');
  mkdirSync(occupied);
  writeFileSync(join(occupied, 'inhoud.txt'), 'x');
  const renameFails = await runCli(['import', join(fixtures, 'aanbod-komma.csv'), '-o', occupied]);
  assert.equal(renameFails.code, 1);
  assert.match(lines(renameFails.stderr).at(-1)!, /bezet: kan bestand niet schrijven \(E[A-Z]+\)$/);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('--into and --data together are a usage error', async () => {
  const run = await runCli(['import', 'aanbod-komma.csv', '--into', defaultDatasetJson, '--data', defaultDatasetJson]);
  assert.equal(run.code, 2);
  assert.equal(lines(run.stderr)[0], 'leernetwerk: gebruik --into of --data, niet allebei');
});
