import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDataset } from '@leernetwerk/data';
import { createVocabularyLookup, splitList } from './vocabulary.js';

const lookup = createVocabularyLookup(defaultDataset);

test('ids and Dutch and English labels map to ids, whatever the case or accents', () => {
  const cases: [Parameters<typeof lookup>[0], string, string | undefined][] = [
    ['scale', 'landelijk', 'national'],
    ['scale', 'National', 'national'],
    ['scale', 'regional', 'regional'],
    ['targetGroup', 'bewoners', 'resident'],
    ['targetGroup', 'Residents', 'resident'],
    ['targetGroup', '(wijk)professionals', 'professional'],
    ['targetGroup', 'professionals', 'professional'],
    ['theme', 'Gezondheid, zorg en welzijn', 'health-care'],
    ['theme', 'onderwijs', 'education'],
    ['direction', 'horizontaal', 'horizontal'],
    ['domainScope', 'domeinoverstijgend', 'cross-domain'],
    ['learningForm', 'Kenniswerkplaats', 'knowledge-workshop'],
    ['learningForm', 'proeftuin', 'living-lab'],
    ['duration', 'eenmalig', 'one-off'],
    ['scale', 'overal', undefined],
    ['scale', 'lo', undefined],
    ['theme', 'landelijk', undefined],
  ];
  for (const [kind, value, id] of cases) assert.equal(lookup(kind, value), id, `${kind} ${value}`);
});

test('a network is found by id or by name', () => {
  const network = defaultDataset.networks[0]!;
  assert.equal(lookup('network', network.id), network.id);
  assert.equal(lookup('network', network.name.toUpperCase()), network.id);
});

test('list cells split on | or , and keep labels that contain a comma together', () => {
  const isTheme = (name: string) => lookup('theme', name) !== undefined;
  assert.deepEqual(splitList('Wonen, Gezondheid, zorg en welzijn, veiligheid', isTheme), ['Wonen', 'Gezondheid, zorg en welzijn', 'veiligheid']);
  assert.deepEqual(splitList('wonen|veiligheid, extra', isTheme), ['wonen', 'veiligheid, extra']);
  assert.deepEqual(splitList('a,,b\nc', isTheme), ['a', 'b', 'c']);
});
