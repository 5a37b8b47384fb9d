import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { toJsonLdScriptText } from './script.js';

test('nothing in the text can end the script element or start a comment', () => {
  const text = toJsonLdScriptText({ name: '</script><script>alert(1)</script><!-- & \u2028\u2029' });
  assert.equal(
    text,
    '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\\u2029"}',
  );
  assert.equal(toJsonLdScriptText(undefined), 'null');
});

test('parses back to the same value, and holds none of < > & U+2028 U+2029', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
      for (const input of [value, { text, nested: [text, { text }] }]) {
        const out = toJsonLdScriptText(input);
        assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
        assert.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(input)));
      }
    }),
    { numRuns: 500 },
  );
});
