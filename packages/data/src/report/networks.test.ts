import { test } from 'node:test';
import assert from 'node:assert/strict';
import { networks } from './networks.js';

const byId = new Map(networks.map((n) => [n.id, n]));

/** Annex 4, tables B4.1 and B4.2: each row, the network that holds it, and its dots (Bestuur, Beleid, Professionals, Bewoners, Overig). */
const ANNEX_ROWS: [row: string, id: string, dots: string][] = [
  ['G40 fysieke pijler', 'g40-fysieke-pijler', 'BB...'],
  ['G40 themagroep Stedelijke Vernieuwing', 'g40-themagroep-stedelijke-vernieuwing', '.B...'],
  ['G40 sociale pijler', 'g40-sociale-pijler', '.B...'],
  ['G40 themagroep Veiligheid', 'g40-themagroep-veiligheid', 'BB...'],
  ['LPB Bestuur', 'lpb', '..P..'],
  ['LPB Klankbordgroep', 'lpb', '..P..'],
  ['LSA Bewoners', 'lsa-bewoners', '...R.'],
  ['Krachtproef (opbouwwerk)', 'krachtproef', '..P..'],
  ['Landelijk Platform Professie Wijkagent (LPPW)', 'lppw', '..P..'],
  ['Leerkring spoor 1 programma L&V', 'leerkring-spoor-1', '.B...'],
  ['Werkplaatsen sociaal domein lectoren themagroep lerende praktijken', 'werkplaatsen-sociaal-domein-lerende-praktijken', '....O'],
  ['Associate members Movisie', 'movisie-associate-members', '.BPR.'],
  ['Platform Buurtwijs', 'platform-buurtwijs', '..P..'],
  ['Pharos', 'pharos', '..P..'],
  ['M50 gemeenten', 'm50', '.B...'],
  ['Wethoudersvereniging', 'wethoudersvereniging', 'B....'],
  ['Coördinator corporatieaccount P31', 'platform31-corporatieaccount', 'BBP..'],
  ['Aedes', 'aedes', '.B..O'],
  ['Programma GezondIn', 'gezondin', '.BP.O'],
  ['RONT management', 'ront', '....O'],
  ['BOA-expertisecentrum', 'boa-expertisecentrum', '..P.O'],
  ['Platform Stad en Wijk', 'platform-stad-en-wijk', '....O'],
  ['Rebel Group', 'rebel-group', '....O'],
  ['NLZVE/Vogelaar Academie', 'ella-vogelaar-academie', '...R.'],
];
const COLUMNS = ['administrator', 'policymaker', 'professional', 'resident', 'other'] as const;

test('every row of annex 4 tables B4.1 and B4.2 is a network representing the groups its dots mark', () => {
  for (const [row, id, dots] of ANNEX_ROWS) {
    const network = byId.get(id);
    assert.ok(network, `${row}: no network ${id}`);
    const expected = COLUMNS.filter((_, i) => dots[i] !== '.');
    assert.deepEqual(network.represents, expected, row);
    assert.match(network.source.section, /^bijlage 4, tabel B4\.[12]$/, row);
  }
});

test('the networks the text names are there', () => {
  for (const id of [
    'g4', 'g40', 'forum-stedelijke-vernieuwing', 'vereniging-directeuren-sociaal-domein', 'platform31', 'movisie',
    'ccv', 'kis', 'pharos', 'platform-stad-en-wijk', 'werkplaatsen-sociaal-domein', 'academische-werkplaatsen',
    'kenniswerkplaats-leefbare-wijken', 'ella-vogelaar-academie', 'wijkwijzer', 'lpb', 'lsa-bewoners', 'krachtproef',
    'lppw', 'm50', 'aedes', 'nprz',
  ]) {
    assert.ok(byId.has(id), id);
  }
});

test('the survey respondents of table B4.4 are not networks', () => {
  const names = networks.map((n) => n.name.toLowerCase());
  for (const respondent of ['Gemeente Groningen', 'Avans Hogeschool', 'Woonbron', 'Vilans', 'DOCK', 'Rochdale', 'Hogeschool Utrecht']) {
    assert.ok(!names.some((name) => name.includes(respondent.toLowerCase())), respondent);
  }
});
