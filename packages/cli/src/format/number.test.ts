import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatAmount, formatPercent, formatScore } from './number.js';

test('scores, amounts and percentages in the language number format', () => {
  assert.equal(formatScore(0.8400445, 'nl'), '0,84');
  assert.equal(formatScore(1, 'en'), '1.00');
  assert.equal(formatAmount(2.5, 'nl'), '2,5');
  assert.equal(formatAmount(12, 'en'), '12');
  assert.equal(formatAmount(1234.56, 'nl'), '1.234,6');
  assert.equal(formatPercent(0.4146), '41%');
  assert.equal(formatPercent(1), '100%');
});
