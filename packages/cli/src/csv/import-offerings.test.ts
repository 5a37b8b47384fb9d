import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDataset } from '@leernetwerk/data';
import { importOfferings } from './import-offerings.js';

const HEADER = 'id,title,provider,description,themes,target_groups,learning_forms,scale,direction,domain_scope';
const row = (id: string, scale: string, title = `Titel ${id}`) =>
  `${id},${title},Movisie,Beschrijving,participation,resident,intervisie,${scale},horizontal,within-domain`;
const options = { mode: 'merge', updated: '2024-01-01' } as const;

test('merge: a rejected row that would replace an offering leaves the old one in place', () => {
  const existing = defaultDataset.offerings[0]!;
  const source = [HEADER, row(existing.id, 'overal'), row('nieuw', 'local')].join('\n');
  const result = importOfferings(source, defaultDataset, options);
  assert.deepEqual(result.rejectedLines, [2]);
  assert.deepEqual(result.added, ['nieuw']);
  assert.deepEqual(result.updated, []);
  assert.deepEqual(result.dataset?.offerings.find((o) => o.id === existing.id), existing);
  assert.equal(result.dataset?.offerings.length, defaultDataset.offerings.length + 1);
  assert.equal(result.dataset?.updated, '2024-01-01');
});

test('merge: an accepted row replaces the offering with its id, in its place', () => {
  const existing = defaultDataset.offerings[3]!;
  const result = importOfferings([HEADER, row(existing.id, 'regional', 'Nieuwe titel')].join('\n'), defaultDataset, options);
  assert.deepEqual(result.updated, [existing.id]);
  assert.equal(result.dataset?.offerings[3]?.title.nl, 'Nieuwe titel');
  assert.deepEqual(result.dataset?.offerings[3]?.scale, ['regional']);
});

test('replace: only the imported offerings; two rows with one id keep the first and reject the second', () => {
  const source = [HEADER, row('dubbel', 'local'), row('dubbel', 'national')].join('\n');
  const result = importOfferings(source, defaultDataset, { ...options, mode: 'replace' });
  assert.deepEqual(result.dataset?.offerings.map((o) => [o.id, o.scale[0]]), [['dubbel', 'local']]);
  assert.deepEqual(result.rejectedLines, [3]);
  assert.equal(result.rowProblems[0]?.problem.code, 'duplicate-id');
  assert.equal(result.rowProblems[0]?.column, 'id');
});

test('a theme or network the dataset does not have rejects the row, naming the column', () => {
  const source = [`${HEADER},network`, `${row('a', 'local')},onbekend-netwerk`, row('b', 'local').replace('participation', 'sport')].join('\n');
  const result = importOfferings(source, defaultDataset, options);
  assert.deepEqual(
    result.rowProblems.map((p) => [p.line, p.column, p.rest, p.problem.code]),
    [
      [2, 'network', '', 'unknown-network'],
      [3, 'themes', '[0]', 'unknown-theme'],
    ],
  );
  assert.equal(result.dataset?.offerings.length, defaultDataset.offerings.length);
});
