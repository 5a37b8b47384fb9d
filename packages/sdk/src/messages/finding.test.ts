import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeGaps } from '../gaps/analyze-gaps.js';
import type { GapFinding } from '../gaps/types.js';
import type { Dataset } from '../schema/index.js';
import { LANGS, MESSAGES, formatFinding, formatFindings } from './index.js';
import type { FindingCode, FindingOf } from './index.js';

const fixture = new URL('../../../../test/fixtures/mini-dataset.ts', import.meta.url).href;
const { miniDataset } = (await import(fixture)) as { miniDataset: Dataset };
// The data package depends on this one, so its dataset is loaded by name at run time, outside the type graph.
const dataPackage = '@leernetwerk/data';
const { defaultDataset } = (await import(dataPackage)) as { defaultDataset: Dataset };

const dominant = (dimension: FindingOf<'dominant'>['dimension'], value: string, supply: number, of: number): FindingOf<'dominant'> => ({
  code: 'dominant',
  dimension,
  value,
  share: supply / of,
  supply,
  comparedWith: [],
});
const scarce = (
  dimension: FindingOf<'scarce'>['dimension'],
  value: string,
  numbers: { supply: number; demand: number; reference: number; peers?: number },
  comparedWith: readonly string[],
): FindingOf<'scarce'> => ({ code: 'scarce', dimension, value, share: numbers.supply / 30, comparedWith, peers: 3, ...numbers });
const underserved = (
  dimension: FindingOf<'underserved'>['dimension'],
  value: string,
  demandShare: number,
  supplyShare: number,
): FindingOf<'underserved'> => ({ code: 'underserved', dimension, value, demand: 6, demandShare, supply: 4, supplyShare });
const uncovered = (theme: string, targetGroup: FindingOf<'uncovered'>['targetGroup'], demand: number): FindingOf<'uncovered'> => ({
  code: 'uncovered',
  theme,
  targetGroup,
  demand,
});

/** Every code in every dimension it speaks about, in Dutch and English, with the mini dataset's theme names. */
const cases: Array<[GapFinding, string, string]> = [
  [
    dominant('direction', 'horizontal', 18, 30),
    'Horizontaal leren overheerst: 60% van het leeraanbod (18 van 30).',
    'Horizontal learning dominates: 60% of learning offerings (18 of 30).',
  ],
  [
    dominant('theme', 'safety', 11, 20),
    'Het meeste leeraanbod gaat over ‘Veiligheid’: 55% (11 van 20).',
    'Most learning offerings are about ‘Safety’: 55% (11 of 20).',
  ],
  [
    dominant('targetGroup', 'professional', 14, 20),
    'Het meeste leeraanbod is voor (wijk)professionals: 70% (14 van 20).',
    'Most learning offerings are for (neighbourhood) professionals: 70% (14 of 20).',
  ],
  [
    dominant('scale', 'national', 20, 30),
    'Het meeste leeraanbod is landelijk: 67% (20 van 30).',
    'Most learning offerings are national: 67% (20 of 30).',
  ],
  [
    dominant('domainScope', 'within-domain', 25, 30),
    'Het meeste leeraanbod is binnen het eigen domein: 83% (25 van 30).',
    'Most learning offerings are within one domain: 83% (25 of 30).',
  ],
  [
    scarce('theme', 'housing', { supply: 1, demand: 5, reference: 2.5 }, ['health-care', 'safety']),
    'Er is weinig leeraanbod over ‘Wonen’, vergeleken met ‘Gezondheid, zorg en welzijn’ en ‘Veiligheid’: 1 leeraanbieding bij een vraag van 5, tegen een mediaan van 2,5.',
    'There are few learning offerings on ‘Housing’, compared with ‘Health, care and welfare’ and ‘Safety’: 1 offering for a demand of 5, against a median of 2.5.',
  ],
  [
    scarce('targetGroup', 'administrator', { supply: 8, demand: 32, reference: 18 }, ['policymaker', 'professional']),
    'Er is weinig leeraanbod voor bestuurders, vergeleken met beleidsmakers en (wijk)professionals: 8 leeraanbiedingen bij een vraag van 32, tegen een mediaan van 18.',
    'There are few learning offerings for administrators, compared with policymakers and (neighbourhood) professionals: 8 offerings for a demand of 32, against a median of 18.',
  ],
  [
    scarce('scale', 'local', { supply: 2, demand: 4.5, reference: 8 }, ['national', 'regional']),
    'Er is weinig leeraanbod dat lokaal is, vergeleken met leeraanbod dat landelijk en regionaal is: 2 leeraanbiedingen bij een vraag van 4,5, tegen een mediaan van 8.',
    'There are few learning offerings that are local, compared with learning offerings that are national and regional: 2 offerings for a demand of 4.5, against a median of 8.',
  ],
  [
    scarce('direction', 'vertical', { supply: 2, demand: 3, reference: 18 }, []),
    'Er is weinig leeraanbod voor verticaal leren: 2 leeraanbiedingen bij een vraag van 3, tegen een mediaan van 18.',
    'There are few learning offerings for vertical learning: 2 offerings for a demand of 3, against a median of 18.',
  ],
  [
    scarce('theme', 'housing', { supply: 1, demand: 5, reference: 25, peers: 1 }, ['safety']),
    'Er is weinig leeraanbod over ‘Wonen’: 1 leeraanbieding bij een vraag van 5, tegen 25 voor ‘Veiligheid’.',
    'There are few learning offerings on ‘Housing’: 1 offering for a demand of 5, against 25 for ‘Safety’.',
  ],
  [
    scarce('theme', 'housing', { supply: 1, demand: 5, reference: 25, peers: 2 }, ['safety']),
    'Er is weinig leeraanbod over ‘Wonen’, vergeleken met ‘Veiligheid’: 1 leeraanbieding bij een vraag van 5, tegen een mediaan van 25.',
    'There are few learning offerings on ‘Housing’, compared with ‘Safety’: 1 offering for a demand of 5, against a median of 25.',
  ],
  [
    scarce('targetGroup', 'administrator', { supply: 8, demand: 32, reference: 18, peers: 1 }, ['professional']),
    'Er is weinig leeraanbod voor bestuurders: 8 leeraanbiedingen bij een vraag van 32, tegen 18 voor (wijk)professionals.',
    'There are few learning offerings for administrators: 8 offerings for a demand of 32, against 18 for (neighbourhood) professionals.',
  ],
  [
    scarce('direction', 'vertical', { supply: 1, demand: 3, reference: 9, peers: 1 }, ['horizontal']),
    'Er is weinig leeraanbod voor verticaal leren: 1 leeraanbieding bij een vraag van 3, tegen 9 voor horizontaal leren.',
    'There are few learning offerings for vertical learning: 1 offering for a demand of 3, against 9 for horizontal learning.',
  ],
  [
    scarce('domainScope', 'cross-domain', { supply: 6, demand: 6, reference: 25, peers: 1 }, ['within-domain']),
    'Er is weinig leeraanbod dat domeinoverstijgend is: 6 leeraanbiedingen bij een vraag van 6, tegen 25 die binnen het eigen domein zijn.',
    'There are few learning offerings that are across domains: 6 offerings for a demand of 6, against 25 that are within one domain.',
  ],
  [
    scarce('scale', 'organisation', { supply: 0, demand: 2, reference: 1, peers: 1 }, ['local']),
    'Er is weinig leeraanbod dat binnen de eigen organisatie is: 0 leeraanbiedingen bij een vraag van 2, tegen 1 die lokaal is.',
    'There are few learning offerings that are within one\'s own organisation: 0 offerings for a demand of 2, against 1 that is local.',
  ],
  [
    underserved('theme', 'safety', 17 / 41, 4 / 30),
    'Het leeraanbod over ‘Veiligheid’ blijft achter: 41% van de vraag, maar 13% van het leeraanbod.',
    'Learning offerings on ‘Safety’ lag behind: 41% of demand, but 13% of learning offerings.',
  ],
  [
    underserved('targetGroup', 'resident', 0.3, 0.1),
    'Het leeraanbod voor bewoners blijft achter: 30% van de vraag, maar 10% van het leeraanbod.',
    'Learning offerings for residents lag behind: 30% of demand, but 10% of learning offerings.',
  ],
  [
    underserved('domainScope', 'cross-domain', 1, 0.2),
    'Het leeraanbod dat domeinoverstijgend is blijft achter: 100% van de vraag, maar 20% van het leeraanbod.',
    'Learning offerings that are across domains lag behind: 100% of demand, but 20% of learning offerings.',
  ],
  [
    uncovered('housing', 'resident', 6),
    'Vraag zonder enig leeraanbod: ‘Wonen’ voor bewoners (vraag 6).',
    'Demand without any learning offering: ‘Housing’ for residents (demand 6).',
  ],
];

for (const [finding, nl, en] of cases) {
  test(`finding ${finding.code}: ${nl}`, () => {
    assert.equal(formatFinding(finding, 'nl', miniDataset), nl);
    assert.equal(formatFinding(finding, 'en', miniDataset), en);
  });
}

test('every finding code has a template in both languages, and the cases above cover each', () => {
  const samples: { readonly [C in FindingCode]: FindingOf<C> } = {
    dominant: dominant('scale', 'local', 1, 2),
    scarce: scarce('theme', 'safety', { supply: 1, demand: 1, reference: 4 }, []),
    underserved: underserved('scale', 'local', 1, 0),
    uncovered: uncovered('safety', 'resident', 1),
  };
  const codes = Object.keys(samples).sort();
  assert.deepEqual([...new Set(cases.map(([f]) => f.code))].sort(), codes);
  for (const lang of LANGS) {
    assert.deepEqual(Object.keys(MESSAGES[lang].finding).sort(), codes, lang);
    for (const finding of Object.values(samples)) assert.notEqual(formatFinding(finding, lang), finding.code);
  }
});

test('without a dataset, themes are named by their id; an unknown code comes back as it is', () => {
  assert.equal(formatFinding(uncovered('housing', 'resident', 2.5), 'nl'), 'Vraag zonder enig leeraanbod: ‘housing’ voor bewoners (vraag 2,5).');
  assert.equal(formatFinding({ code: 'crowded' } as unknown as GapFinding, 'en'), 'crowded');
});

test('formatFindings says related findings together, most telling first', () => {
  const findings: GapFinding[] = [
    dominant('scale', 'national', 20, 30),
    dominant('direction', 'horizontal', 18, 30),
    dominant('domainScope', 'within-domain', 25, 30),
    scarce('theme', 'housing', { supply: 1, demand: 5, reference: 3 }, ['safety']),
    scarce('theme', 'health-care', { supply: 1, demand: 3, reference: 3 }, ['safety', 'housing']),
    scarce('targetGroup', 'administrator', { supply: 8, demand: 32, reference: 18 }, ['policymaker']),
    scarce('direction', 'vertical', { supply: 1, demand: 3, reference: 9, peers: 1 }, ['horizontal']),
    underserved('theme', 'housing', 0.3, 0.03),
    underserved('direction', 'vertical', 1, 0.43),
    uncovered('housing', 'resident', 6),
    uncovered('safety', 'resident', 5),
    uncovered('health-care', 'administrator', 3),
  ];
  assert.deepEqual(formatFindings(findings, 'nl', miniDataset, { uncoveredNamed: 2 }), [
    'Horizontaal leren binnen het eigen domein overheerst: 60% van het leeraanbod is horizontaal leren en 83% is binnen het eigen domein.',
    'Het meeste leeraanbod is landelijk: 67% (20 van 30).',
    'Er is weinig leeraanbod over ‘Wonen’ en ‘Gezondheid, zorg en welzijn’, vergeleken met ‘Veiligheid’ en ‘Wonen’.',
    'Er is weinig leeraanbod voor bestuurders, vergeleken met beleidsmakers: 8 leeraanbiedingen bij een vraag van 32, tegen een mediaan van 18.',
    'Er is weinig leeraanbod voor verticaal leren: 1 leeraanbieding bij een vraag van 3, tegen 9 voor horizontaal leren.',
    'Vraag zonder enig leeraanbod: ‘Wonen’ voor bewoners en ‘Veiligheid’ voor bewoners (en nog 1).',
  ]);
  assert.deepEqual(formatFindings(findings.slice(1, 2).concat(findings.slice(9, 10)), 'en', miniDataset), [
    'Horizontal learning dominates: 60% of learning offerings (18 of 30).',
    'Demand without any learning offering: ‘Housing’ for residents (demand 6).',
  ]);
  assert.deepEqual(formatFindings([], 'nl'), []);
});

test('default dataset: the report’s finding comes first, in both languages', () => {
  const { findings } = analyzeGaps(defaultDataset);
  const nl = formatFindings(findings, 'nl', defaultDataset);
  const en = formatFindings(findings, 'en', defaultDataset);
  assert.equal(
    nl[0],
    'Horizontaal leren binnen het eigen domein overheerst: 60% van het leeraanbod is horizontaal leren en 83% is binnen het eigen domein.',
  );
  assert.equal(en[0], 'Horizontal learning within one domain dominates: 60% of learning offerings are horizontal learning and 83% are within one domain.');
  assert.ok(nl.some((s) => s.startsWith('Er is weinig leeraanbod over ‘Onderwijs’')), nl.join('\n'));
  const crossDomain = findings.find((f) => f.code === 'scarce' && f.dimension === 'domainScope');
  assert.ok(crossDomain?.code === 'scarce' && crossDomain.peers === 1, 'one other domain scope to compare with');
  assert.match(formatFinding(crossDomain, 'nl', defaultDataset), /, tegen \d+ die binnen het eigen domein zijn\.$/u);
  assert.match(formatFinding(crossDomain, 'en', defaultDataset), /, against \d+ that are within one domain\.$/u);
  for (const text of [...nl, ...en]) {
    if (/mediaan|median/.test(text)) assert.doesNotMatch(text, /domeinoverstijgend|across domains|verticaal|vertical learning:/u, text);
  }
  for (const lang of LANGS) {
    for (const finding of findings) {
      const text = formatFinding(finding, lang, defaultDataset);
      assert.doesNotMatch(text, /undefined|NaN|\[object|‘’|,,|  /, text);
      assert.match(text, /^\p{Lu}.*\.$/u, text);
      assert.notEqual(text, formatFinding(finding, lang === 'nl' ? 'en' : 'nl', defaultDataset));
    }
  }
});
