import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import * as sdk from '@leernetwerk/sdk';
import { DatasetSchema, LEARNING_FORMS } from '@leernetwerk/sdk';
import type { Dataset, Offering } from '@leernetwerk/sdk';
import { defaultDataset } from './dataset.js';

const data: Dataset = defaultDataset;

const AGENDA_IDS = [
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `priority-${n}`),
  ...[1, 2, 3, 4, 5, 6].map((n) => `gap-${n}`),
  'org-cross-domain',
  'org-vertical',
  'org-between-networks',
];

/** Where a record may point in the report: a section, table 2.1, or a table of annex 4. */
const CITATION = /^(samenvatting|[1-4](\.[1-4])?|tabel 2\.1|bijlage 4, tabel B4\.[1-4])$/;

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Every `{ nl, en? }` object anywhere in the value, with its path. */
function* localizedTexts(value: unknown, path = ''): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* localizedTexts(item, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.nl === 'string') yield [path, record];
    for (const [key, item] of Object.entries(record)) yield* localizedTexts(item, path ? `${path}.${key}` : key);
  }
}

test('the default dataset parses with DatasetSchema', () => {
  const result = z.safeParse(DatasetSchema, data);
  assert.equal(result.success, true, result.error ? JSON.stringify(result.error.issues.slice(0, 3)) : '');
  assert.equal(data.schemaVersion, 1);
  assert.equal(data.updated, '2021-02-11');
});

test('the agenda has exactly the ids of DOMAIN.md, in order', () => {
  assert.deepEqual(
    data.agenda.map((item) => item.id),
    AGENDA_IDS,
  );
  for (const item of data.agenda) {
    const expectedKind = item.id.startsWith('priority-') ? 'priority' : item.id.startsWith('gap-') ? 'content-gap' : 'organisational-gap';
    assert.equal(item.kind, expectedKind, item.id);
    if (item.kind !== 'organisational-gap') assert.equal(`${item.id.replace(/-\d+$/, '')}-${item.number}`, item.id);
  }
});

test('only white spot 6 is "in development"', () => {
  assert.deepEqual(
    data.agenda.filter((item) => item.status === 'in-development').map((item) => item.id),
    ['gap-6'],
  );
});

test('the priority questions carry the target groups of table 2.1', () => {
  const groups = Object.fromEntries(data.agenda.filter((i) => i.kind === 'priority').map((i) => [i.id, i.targetGroups]));
  const withoutResidents = ['administrator', 'policymaker', 'professional'];
  const all = [...withoutResidents, 'resident'];
  assert.deepEqual(groups, {
    'priority-1': withoutResidents,
    'priority-2': withoutResidents,
    'priority-3': all,
    'priority-4': all,
    'priority-5': all,
    'priority-6': all,
    'priority-7': withoutResidents,
  });
});

test('every agenda item has at least one question, and white spot 1 has its six "Hoe …?" questions', () => {
  for (const item of data.agenda) assert.ok(item.questions.length >= 1, item.id);
  const gap1 = data.agenda.find((item) => item.id === 'gap-1');
  const hoe = gap1?.questions.filter((q) => q.nl.startsWith('Hoe ')) ?? [];
  assert.ok(hoe.length >= 6, `gap-1 has ${hoe.length} "Hoe" questions`);
});

test('the links the report makes between agenda items are there, both ways', () => {
  const related = new Map(data.agenda.map((item) => [item.id, new Set(item.related ?? [])]));
  const pairs: [string, string][] = [
    ['gap-2', 'priority-5'],
    ['gap-3', 'priority-2'],
    ['gap-4', 'priority-4'],
    ...['gap-2', 'gap-3', 'gap-4', 'gap-5'].map((gap): [string, string] => ['priority-7', gap]),
    ...['gap-1', 'gap-2', 'gap-3', 'gap-4', 'gap-5'].map((gap): [string, string] => ['priority-6', gap]),
  ];
  for (const [a, b] of pairs) assert.ok(related.get(a)?.has(b), `${a} → ${b}`);
  for (const [id, targets] of related) {
    assert.ok(!targets.has(id), `${id} relates to itself`);
    for (const target of targets) assert.ok(related.get(target)?.has(id), `${target} does not link back to ${id}`);
  }
});

test('themes: seven content themes and three process themes, each with Dutch keywords', () => {
  const byKind = (kind: string) => data.themes.filter((t) => t.kind === kind).map((t) => t.id);
  assert.deepEqual(byKind('content'), ['education', 'work', 'poverty-debt', 'safety', 'housing', 'health-care', 'energy-transition']);
  assert.deepEqual(byKind('process'), ['participation', 'area-based-working', 'neighbourhood-approach']);
  for (const theme of data.themes) assert.ok((theme.keywords?.length ?? 0) >= 8, theme.id);
  const housing = data.themes.find((t) => t.id === 'housing');
  for (const word of ['wonen', 'woningen', 'huisvesting', 'corporatie', 'fysieke wijkvernieuwing']) {
    assert.ok(housing?.keywords?.includes(word), word);
  }
});

test('learning forms: every id of LEARNING_FORMS once, light and intensive, with synonyms', () => {
  assert.deepEqual(data.learningForms.map((f) => f.id).sort(), [...LEARNING_FORMS].sort());
  const intensity = Object.fromEntries(data.learningForms.map((f) => [f.id, f.intensity]));
  for (const id of ['inspiration-session', 'intervisie', 'masterclass', 'excursion']) assert.equal(intensity[id], 'light', id);
  for (const id of ['living-lab', 'action-research', 'learning-community']) assert.equal(intensity[id], 'intensive', id);
  const synonyms = data.learningForms.flatMap((f) => f.synonyms);
  for (const term of ['leergemeenschap', 'community of practice', 'kenniswerkplaats', 'leerkring', 'living lab', 'stadslab', 'werkbezoek']) {
    assert.ok(synonyms.includes(term), term);
  }
});

test('target groups: the four, with the learning needs of section 2.3', () => {
  assert.deepEqual(data.targetGroups.map((g) => g.id), ['administrator', 'policymaker', 'professional', 'resident']);
  const needs = Object.fromEntries(data.targetGroups.map((g) => [g.id, g.learningNeeds]));
  assert.deepEqual(needs.administrator, []);
  assert.equal(needs.policymaker?.length, 5);
  assert.equal(needs.professional?.length, 5);
  assert.equal(needs.resident?.length, 5);
  assert.deepEqual(needs.policymaker?.find((n) => n.id === 'regional-exchange')?.prefers.scale, ['regional']);
  assert.ok(needs.resident?.find((n) => n.id === 'low-threshold-sessions')?.prefers.learningForms?.includes('masterclass'));
  assert.ok(needs.professional?.some((n) => n.prefers.learningForms?.includes('action-research')));
});

test('no duplicate ids in any collection', () => {
  const collections: Record<string, string[]> = {
    themes: data.themes.map((x) => x.id),
    targetGroups: data.targetGroups.map((x) => x.id),
    learningNeeds: data.targetGroups.flatMap((x) => x.learningNeeds.map((n) => n.id)),
    learningForms: data.learningForms.map((x) => x.id),
    agenda: data.agenda.map((x) => x.id),
    offerings: data.offerings.map((x) => x.id),
    networks: data.networks.map((x) => x.id),
  };
  for (const [name, ids] of Object.entries(collections)) assert.deepEqual(duplicates(ids), [], name);
});

test('every reference resolves', () => {
  const themes = new Set(data.themes.map((t) => t.id));
  const groups = new Set(data.targetGroups.map((g) => g.id));
  const agenda = new Set(data.agenda.map((a) => a.id));
  const networks = new Set(data.networks.map((n) => n.id));
  const forms = new Set(data.learningForms.map((f) => f.id));
  for (const item of data.agenda) {
    for (const t of item.themes) assert.ok(themes.has(t), `agenda ${item.id}: theme ${t}`);
    for (const g of item.targetGroups) assert.ok(groups.has(g), `agenda ${item.id}: group ${g}`);
    for (const r of item.related ?? []) assert.ok(agenda.has(r), `agenda ${item.id}: related ${r}`);
  }
  for (const network of data.networks) {
    for (const t of network.themes ?? []) assert.ok(themes.has(t), `network ${network.id}: theme ${t}`);
  }
  for (const offering of data.offerings) {
    for (const t of offering.themes) assert.ok(themes.has(t), `offering ${offering.id}: theme ${t}`);
    for (const g of offering.targetGroups) assert.ok(groups.has(g), `offering ${offering.id}: group ${g}`);
    for (const f of offering.learningForms) assert.ok(forms.has(f), `offering ${offering.id}: form ${f}`);
    for (const a of offering.agendaItems ?? []) assert.ok(agenda.has(a), `offering ${offering.id}: agenda ${a}`);
    if (offering.network) assert.ok(networks.has(offering.network), `offering ${offering.id}: network ${offering.network}`);
  }
});

test('every record cites where in the report it comes from', () => {
  const records: [string, { source?: { section: string } }][] = [
    ...data.themes.map((r): [string, typeof r] => [`theme ${r.id}`, r]),
    ...data.targetGroups.map((r): [string, typeof r] => [`targetGroup ${r.id}`, r]),
    ...data.targetGroups.flatMap((g) => g.learningNeeds.map((r): [string, typeof r] => [`need ${r.id}`, r])),
    ...data.learningForms.map((r): [string, typeof r] => [`learningForm ${r.id}`, r]),
    ...data.agenda.map((r): [string, typeof r] => [`agenda ${r.id}`, r]),
    ...data.networks.map((r): [string, typeof r] => [`network ${r.id}`, r]),
    ...data.offerings.map((r): [string, Offering] => [`offering ${r.id}`, r]),
  ];
  for (const [name, record] of records) {
    assert.ok(record.source, `${name} has no source`);
    assert.match(record.source.section, CITATION, name);
  }
});

test('every Dutch text has an English translation', () => {
  for (const [path, text] of localizedTexts(data)) {
    assert.equal(typeof text.en, 'string', `${path} has no English`);
    assert.ok((text.en as string).length > 0, `${path} has empty English`);
  }
});

test('no offering has a url or contact: the report gives none', () => {
  for (const offering of data.offerings) {
    assert.equal(offering.url, undefined, offering.id);
    assert.equal(offering.contact, undefined, offering.id);
    assert.notEqual(offering.synthetic, true, offering.id);
  }
});

test('the stricter parseDataset of the SDK finds no problems, once it exists', (t) => {
  const parseDataset = (sdk as unknown as Record<string, unknown>).parseDataset as
    | ((input: unknown, options: { mode: 'strict' }) => { problems: unknown[] })
    | undefined;
  if (typeof parseDataset !== 'function') {
    t.skip('parseDataset is not in @leernetwerk/sdk yet');
    return;
  }
  assert.deepEqual(parseDataset(data, { mode: 'strict' }).problems, []);
});

test('src/dataset.json is the same data as src/dataset.ts', () => {
  const json: unknown = JSON.parse(readFileSync(new URL('./dataset.json', import.meta.url), 'utf8'));
  assert.deepEqual(json, JSON.parse(JSON.stringify(data)), 'out of date: run `pnpm --filter @leernetwerk/data run dataset:json`');
});
