import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatSize } from './size.js';

test('bytes, kilobytes and megabytes with the language decimal separator', () => {
  assert.equal(formatSize(812, 'nl'), '812 B');
  assert.equal(formatSize(14_230, 'nl'), '14,2 kB');
  assert.equal(formatSize(14_230, 'en'), '14.2 kB');
  assert.equal(formatSize(1_320_000, 'nl'), '1,3 MB');
});
