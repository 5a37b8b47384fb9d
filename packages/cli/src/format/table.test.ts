import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTable } from './table.js';

test('pads columns to the widest cell, right-aligns where asked, and counts é as one character', () => {
  const lines = formatTable(
    ['thema', 'vraag', 'aanbod'],
    [
      ['Wonen', '12', '7'],
      ['Gezondheid, zorg en welzijn', '3', '15'],
      ['Café', '0', '0'],
    ],
    ['left', 'right', 'right'],
  );
  assert.deepEqual(lines, [
    'thema                        vraag  aanbod',
    '---------------------------  -----  ------',
    'Wonen                           12       7',
    'Gezondheid, zorg en welzijn      3      15',
    'Café                             0       0',
  ]);
});

test('trailing padding is trimmed from each line', () => {
  assert.deepEqual(formatTable(['a', 'b'], [['x', '']]), ['a  b', '-  -', 'x']);
});
