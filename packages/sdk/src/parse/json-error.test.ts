import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineAndColumn, locateJsonError } from './json-error.js';

const cases: Array<[text: string, offset: number]> = [
  ['{"a":}', 5],
  ['', 0],
  ['   ', 3],
  ['[1,2', 4],
  ['[1,]', 3],
  ['{"a":1,}', 7],
  ['{"a" 1}', 5],
  ["{'a':1}", 1],
  ['{"a":1}x', 7],
  ['nul', 3],
  ['tru e', 3],
  ['"abc', 4],
  ['"a\\xb"', 3],
  ['"\\u12G4"', 5],
  ['"tab\there"', 4],
  ['01', 1],
  ['-', 1],
  ['1.', 2],
  ['1e+', 3],
  ['{"a":[1,{"b":2]}', 14],
];

for (const [text, offset] of cases) {
  test(`finds the error in ${JSON.stringify(text)} at ${offset}`, () => {
    assert.throws(() => JSON.parse(text));
    assert.equal(locateJsonError(text), offset);
  });
}

test('valid JSON has no error, also when nested 100 000 deep', () => {
  for (const text of ['0', '-0.5e-3', '"\\u00e9\\n"', '{"a":[true,false,null,{}],"b":[]}', ' [ 1 , 2 ] ']) {
    assert.equal(locateJsonError(text), -1, text);
  }
  assert.equal(locateJsonError('['.repeat(100_000) + ']'.repeat(100_000)), -1);
  assert.equal(locateJsonError('['.repeat(100_000) + ']'.repeat(99_999)), 200_000 - 1);
});

test('agrees with JSON.parse on what is valid, for JSON and for JSON with one character changed', () => {
  const validity = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  const texts = fc.oneof(
    fc.json(),
    fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', '"', '{', '}', '[', ']', ',', ':', '\\', 'x', '1', '-', '.', 'e', ' '))
      .map(([text, at, ch]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + ch + text.slice(i + 1);
      }),
  );
  fc.assert(
    fc.property(texts, (text) => {
      const offset = locateJsonError(text);
      assert.equal(offset === -1, validity(text), `${JSON.stringify(text)} -> ${offset}`);
      assert.ok(offset <= text.length);
    }),
    { numRuns: 2000 },
  );
});

test('line and column are 1-based', () => {
  assert.deepEqual(lineAndColumn('abc', 0), { line: 1, column: 1 });
  assert.deepEqual(lineAndColumn('{\n  x\n}', 4), { line: 2, column: 3 });
  assert.deepEqual(lineAndColumn('a\r\nb', 3), { line: 2, column: 1 });
});
