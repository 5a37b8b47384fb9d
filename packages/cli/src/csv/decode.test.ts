import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeCsv } from './decode.js';

test('UTF-8 (with or without BOM) is read as UTF-8, without the BOM', () => {
  assert.equal(decodeCsv(Buffer.from('\uFEFFthema;één', 'utf8')), 'thema;één');
  assert.equal(decodeCsv(Buffer.from('beleidsmakers;€ 5', 'utf8')), 'beleidsmakers;€ 5');
});

test('Windows-1252 from an Excel export is recognised: é, ë and the euro sign survive', () => {
  const bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x70, 0x6f, 0xeb, 0x7a, 0x69, 0x65, 0x3b, 0x80, 0x93, 0x9f, 0x94]);
  assert.equal(decodeCsv(bytes), 'café;poëzie;€“Ÿ”');
});
