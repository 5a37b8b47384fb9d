import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showReceived, typeOf } from './describe.js';

test('a received value is shown on one line, short, with invisible controls spelled out', () => {
  assert.equal(showReceived('landelijk'), 'landelijk');
  assert.equal(showReceived('regel\neen "twee"\t'), 'regel\\neen \\"twee\\"\\t');
  assert.equal(showReceived('abc\u202Edef\u2028'), 'abc\\u202edef\\u2028');
  assert.equal(showReceived('x'.repeat(200)), `${'x'.repeat(79)}…`);
  assert.equal(showReceived(42), '42');
  assert.equal(showReceived(false), 'false');
  assert.equal(showReceived(null), 'null');
  assert.equal(showReceived(['a']), undefined);
  assert.equal(showReceived({ a: 1 }), undefined);
});

test('types are named as JSON names them', () => {
  assert.deepEqual(
    [null, [], {}, 'x', 1, true, undefined, 1n, Symbol('s'), () => 1].map(typeOf),
    ['null', 'array', 'object', 'string', 'number', 'boolean', 'undefined', 'other', 'other', 'other'],
  );
});
