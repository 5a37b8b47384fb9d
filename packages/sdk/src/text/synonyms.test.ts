import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from './normalize.js';
import { isStopword } from './stopwords.js';
import { SYNONYM_GROUPS } from './synonyms.js';

test('synonym groups have unique ids and no empty or stop-word-only terms', () => {
  const ids = SYNONYM_GROUPS.map((g) => g.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const group of SYNONYM_GROUPS) {
    assert.ok(group.terms.length >= 2, group.id);
    for (const term of group.terms) {
      const words = normalize(term).split(' ').filter(Boolean);
      assert.ok(words.length > 0, `${group.id}: ${term}`);
      if (words.length === 1) assert.ok(!isStopword(words[0]!), `${group.id}: ${term} is a stop word`);
    }
  }
});

test('the groups the report needs are there', () => {
  const has = (id: string, ...terms: string[]) => {
    const group = SYNONYM_GROUPS.find((g) => g.id === id);
    assert.ok(group, id);
    for (const term of terms) assert.ok(group.terms.includes(term), `${id}: ${term}`);
  };
  has('wijk', 'wijk', 'buurt', 'wijken', 'buurten');
  has('bewoners', 'bewoners', 'inwoners', 'burgers', 'buurtbewoners');
  has('vertrouwen', 'vertrouwen', 'wantrouwen');
  has('polarisatie', 'polarisatie', 'spanningen', 'wij zij', 'tegenstellingen');
  has('corporatie', 'corporatie', 'woningcorporatie', 'woningbouwvereniging');
  has('leergemeenschap', 'leergemeenschap', 'community of practice', 'lerende praktijk', 'leerkring', 'kenniswerkplaats');
  has('corona', 'corona', 'covid', 'pandemie');
  has('overheid', 'gemeente', 'overheid', 'instituties');
});
