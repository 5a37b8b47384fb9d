import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize } from './normalize.js';

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
