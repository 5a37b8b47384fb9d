import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize, normalizeUnicode } from './normalize.js';

test('normalize lowercases, folds diacritics and turns punctuation into single spaces', () => {
  const cases: [string, string][] = [
    ['Wij-zij denken in België!', 'wij zij denken in belgie'],
    ['  Coördinatie,   café  ', 'coordinatie cafe'],
    ['Covid-19 (2020)', 'covid 19 2020'],
    ['ﬁnanciën', 'financien'],
    ["foto's", 'foto s'],
    ['İstanbul', 'istanbul'],
    ['', ''],
    ['?!…', ''],
  ];
  for (const [input, expected] of cases) assert.equal(normalize(input), expected, input);
});

test('normalize keeps digits and letters of other scripts', () => {
  assert.equal(normalize('Прогноз 2030'), 'прогноз 2030');
  assert.equal(normalize('٣ buurten'), '٣ buurten');
});

test('normalising twice changes nothing, for any Unicode text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      const once = normalize(text);
      assert.equal(normalize(once), once);
    }),
    { numRuns: 2000 },
  );
});

test('normalised text has no leading, trailing or double spaces and no upper case', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const out = normalize(text);
      assert.equal(out, out.trim());
      assert.ok(!out.includes('  '));
      assert.equal(out, out.toLowerCase());
    }),
  );
});

test('the Latin fast path gives what the general path gives, for every character it covers', () => {
  const characters: string[] = [];
  for (let code = 0; code <= 0x24f; code++) characters.push(String.fromCharCode(code));
  for (let code = 0x2000; code <= 0x206f; code++) characters.push(String.fromCharCode(code));
  for (const c of characters) {
    for (const text of [c, `A${c}b`, ` ${c} `, `${c}${c}`, `Wij${c}zij`, `9${c}`]) {
      assert.equal(normalize(text), normalizeUnicode(text), `U+${c.charCodeAt(0).toString(16)} in ${JSON.stringify(text)}`);
    }
  }
});

test('the Latin fast path gives what the general path gives, for any mix of such text', () => {
  const latin = fc.oneof(
    fc.integer({ min: 0, max: 0x24f }),
    fc.integer({ min: 0x2000, max: 0x206f }),
    fc.integer({ min: 0x61, max: 0x7a }),
  );
  fc.assert(
    fc.property(fc.array(latin.map((code) => String.fromCharCode(code)), { maxLength: 40 }), (chars) => {
      const text = chars.join('');
      assert.equal(normalize(text), normalizeUnicode(text));
    }),
    { numRuns: 3000 },
  );
});
