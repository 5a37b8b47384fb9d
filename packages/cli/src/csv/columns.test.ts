import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapHeader } from './columns.js';

test('Dutch, English and differently spelled headers find their column', () => {
  const map = mapHeader(['ID', 'Titel', "Thema's", 'Target groups', 'learningForms', 'Schaalniveau', 'Titel (EN)', 'Opmerking', '']);
  assert.deepEqual(
    [...map.columns].map(([column, { index }]) => [column, index]),
    [
      ['id', 0],
      ['title', 1],
      ['themes', 2],
      ['target_groups', 3],
      ['learning_forms', 4],
      ['scale', 5],
      ['title_en', 6],
    ],
  );
  assert.deepEqual(map.unknown, ['Opmerking']);
});

test('the first of two headers for one column wins', () => {
  const map = mapHeader(['title', 'titel']);
  assert.equal(map.columns.get('title')?.index, 0);
  assert.equal(map.columns.size, 1);
});
