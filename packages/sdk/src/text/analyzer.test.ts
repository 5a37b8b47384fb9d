import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, processTerm, tokenize } from './analyze.js';
import { createAnalyzer, isSynonymTerm } from './analyzer.js';

const shares = (a: string, b: string) => {
  const left = new Set(analyze(a));
  return analyze(b).some((term) => left.has(term));
};

test('stop words disappear, domain words stay', () => {
  assert.deepEqual(analyze('hoe kunnen we dat doen'), []);
  assert.equal(processTerm('de'), null);
  for (const word of ['wijk', 'buurt', 'zorg', 'werk', 'school', 'veiligheid']) {
    assert.ok(processTerm(word)?.length, word);
  }
});

test('word forms meet through the Snowball stemmer and plural folding', () => {
  assert.ok(shares('buurten', 'buurt'));
  assert.ok(shares('corporaties', 'corporatie'));
  assert.ok(shares('masterclasses', 'masterclass'));
  assert.ok(shares('signaleren', 'signalering'));
});

test('synonyms from the lexicon meet, unrelated words do not', () => {
  const pairs: [string, string][] = [
    ['inwoners', 'bewoners'],
    ['burgers', 'buurtbewoners'],
    ['wantrouwen', 'vertrouwen'],
    ['spanningen', 'polarisatie'],
    ['woningbouwvereniging', 'corporatie'],
    ['community of practice', 'leergemeenschap'],
    ['lerende praktijk', 'kenniswerkplaats'],
    ['covid', 'pandemie'],
    ['tweedeling', 'segregatie'],
    ['aardgasvrij', 'energietransitie'],
    ['gemeente', 'instituties'],
    ['baan', 'arbeidsmarkt'],
  ];
  for (const [a, b] of pairs) assert.ok(shares(a, b), `${a} ~ ${b}`);
  assert.ok(!shares('corona', 'corporatie'));
  assert.ok(!shares('school', 'schulden'));
});

test('multi-word synonyms work written apart, hyphenated or as one word', () => {
  for (const form of ['wij-zij', 'wij zij', 'Wij/zij', 'wijzij']) {
    assert.ok(analyze(form).includes('~polarisatie'), form);
  }
  assert.deepEqual(tokenize('wij-zij denken').slice(0, 3), ['wij', 'zij', 'denken']);
});

test('known compounds reach their parts', () => {
  assert.ok(shares('buurtbewoners', 'bewoners'));
  assert.ok(shares('wijkaanpak', 'aanpak'));
  assert.ok(shares('veiligheidsaanpak', 'veiligheid'));
  assert.ok(shares('jeugdcriminaliteit', 'criminaliteit'));
  // A word is split only at listed parts: "netwerk" is not about jobs.
  assert.ok(!analyze('netwerk').includes('~werk'));
});

test('a custom lexicon replaces the built-in one', () => {
  const custom = createAnalyzer({ synonyms: [{ id: 'fiets', terms: ['fiets', 'rijwiel', 'stalen ros'] }] });
  assert.ok(custom.analyze('stalen ros').includes('~fiets'));
  assert.ok(!custom.analyze('inwoners').some(isSynonymTerm));
});

test('analyze never throws and yields only non-empty terms, for any Unicode text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      for (const term of analyze(text)) assert.ok(term.length > 0);
    }),
    { numRuns: 1000 },
  );
});
