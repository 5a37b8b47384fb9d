import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runToEnd } from '../internal/slices.js';
import { analyzerSteps, createAnalyzer, defaultAnalyzerSteps, getDefaultAnalyzer } from './analyzer.js';
import { compileLexicon, lexiconSteps } from './lexicon.js';
import { SYNONYM_GROUPS } from './synonyms.js';

/** Runs steps to the end and counts the units (the yields) on the way. */
function countUnits<T>(steps: Generator<void, T, void>): { units: number; value: T } {
  let units = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { units, value: next.value };
    units++;
  }
}

test('lexiconSteps compiles one synonym group per unit, to exactly what compileLexicon makes', () => {
  const { units, value } = countUnits(lexiconSteps(SYNONYM_GROUPS));
  assert.equal(units, SYNONYM_GROUPS.length);
  assert.deepEqual(value, compileLexicon(SYNONYM_GROUPS));
  const own = [{ id: 'a', terms: ['wijkteam', 'wij zij'] }, { id: 'b', terms: ['buurten'] }];
  assert.equal(countUnits(lexiconSteps(own)).units, 2);
  assert.deepEqual(runToEnd(lexiconSteps(own)), compileLexicon(own));
});

test('analyzerSteps makes an analyzer that analyses like createAnalyzer', () => {
  const synonyms = [{ id: 'wijk', terms: ['wijk', 'buurt'] }];
  const stepped = runToEnd(analyzerSteps({ synonyms }));
  const direct = createAnalyzer({ synonyms });
  for (const text of ['Buurtbewoners in de wijk', 'wijkaanpak en veiligheidsaanpak', '']) {
    assert.deepEqual(stepped.analyze(text), direct.analyze(text), text);
  }
});

test('defaultAnalyzerSteps gives the default analyzer, and costs no units once it exists', () => {
  const first = countUnits(defaultAnalyzerSteps());
  assert.equal(first.value, getDefaultAnalyzer());
  const again = countUnits(defaultAnalyzerSteps());
  assert.equal(again.units, 0);
  assert.equal(again.value, first.value);
});
