import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Dataset, Offering } from '../schema/index.js';
import { catalogueToJsonLd, offeringToJsonLd, toJsonLdScriptText } from './index.js';

const load = async <T>(path: string): Promise<T> => (await import(new URL(path, import.meta.url).href)) as T;
const { miniDataset } = await load<{ miniDataset: Dataset }>('../../../../test/fixtures/mini-dataset.ts');
const { defaultDataset } = await load<{ defaultDataset: Dataset }>('../../../data/src/dataset.ts');

/**
 * The part of schema.org this module may use: per type, its supertype and the properties it may
 * carry (its own and inherited ones), each with the types schema.org expects as values.
 * From the schema.org pages of these types (Thing › CreativeWork › Course, Thing › Event ›
 * CourseInstance, Thing › Intangible › ItemList, ListItem, Audience, DefinedTerm, Thing › Place,
 * Thing › Organization).
 */
const THING = { name: ['Text'], description: ['Text'], url: ['URL'], identifier: ['Text', 'URL'] };
const SCHEMA: Record<string, { parent?: string; properties: Record<string, string[]> }> = {
  Thing: { properties: THING },
  CreativeWork: {
    parent: 'Thing',
    properties: {
      ...THING,
      about: ['Thing'],
      audience: ['Audience'],
      inLanguage: ['Text', 'Language'],
      provider: ['Organization', 'Person'],
      learningResourceType: ['Text', 'DefinedTerm'],
      educationalLevel: ['Text', 'URL', 'DefinedTerm'],
      keywords: ['Text', 'URL', 'DefinedTerm'],
    },
  },
  Event: {
    parent: 'Thing',
    properties: {
      ...THING,
      about: ['Thing'],
      audience: ['Audience'],
      inLanguage: ['Text', 'Language'],
      organizer: ['Organization', 'Person'],
      location: ['Place', 'PostalAddress', 'Text', 'VirtualLocation'],
      keywords: ['Text', 'URL', 'DefinedTerm'],
    },
  },
  Intangible: { parent: 'Thing', properties: THING },
  Course: { parent: 'CreativeWork', properties: { hasCourseInstance: ['CourseInstance'], courseCode: ['Text'] } },
  CourseInstance: { parent: 'Event', properties: { courseMode: ['Text', 'URL'], courseWorkload: ['Text'] } },
  Audience: { parent: 'Intangible', properties: { audienceType: ['Text'] } },
  DefinedTerm: { parent: 'Intangible', properties: { termCode: ['Text'], inDefinedTermSet: ['URL', 'DefinedTermSet'] } },
  ItemList: {
    parent: 'Intangible',
    properties: { itemListElement: ['ListItem', 'Text', 'Thing'], numberOfItems: ['Integer'] },
  },
  ListItem: { parent: 'Intangible', properties: { position: ['Integer', 'Text'], item: ['Thing'] } },
  Organization: { parent: 'Thing', properties: {} },
  Place: { parent: 'Thing', properties: {} },
};

function isA(type: string, expected: string): boolean {
  for (let t: string | undefined = type; t !== undefined; t = SCHEMA[t]?.parent) if (t === expected) return true;
  return false;
}

function allowed(type: string): Record<string, string[]> {
  const chain: Record<string, string[]>[] = [];
  for (let t: string | undefined = type; t !== undefined; t = SCHEMA[t]?.parent) chain.unshift(SCHEMA[t]!.properties);
  return Object.assign({}, ...chain);
}

/** Checks a node against the table above; returns what is wrong, as `path: message`. */
function validate(node: unknown, at = '$', top = true): string[] {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return [`${at}: not a node`];
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string' || !(type in SCHEMA)) return [`${at}: unknown @type ${String(type)}`];
  const errors: string[] = [];
  if (top && record['@context'] !== 'https://schema.org') errors.push(`${at}: @context`);
  if (!top && '@context' in record) errors.push(`${at}: nested @context`);
  const properties = allowed(type);
  for (const [key, raw] of Object.entries(record)) {
    if (key === '@type' || key === '@context') continue;
    const expected = properties[key];
    if (expected === undefined) {
      errors.push(`${at}.${key}: not a property of ${type}`);
      continue;
    }
    const values = Array.isArray(raw) ? raw : [raw];
    if (values.length === 0) errors.push(`${at}.${key}: empty list`);
    values.forEach((value, i) => {
      const where = Array.isArray(raw) ? `${at}.${key}[${i}]` : `${at}.${key}`;
      if (typeof value === 'string') {
        const fits =
          (expected.includes('Text') && value.trim() !== '') ||
          (expected.includes('URL') && /^https?:\/\/\S+$/.test(value)) ||
          (expected.includes('Language') && /^[a-z]{2}$/.test(value));
        if (!fits) errors.push(`${where}: ${JSON.stringify(value)} is not ${expected.join(' or ')}`);
      } else if (typeof value === 'number') {
        if (!(expected.includes('Integer') && Number.isInteger(value))) errors.push(`${where}: number`);
      } else {
        const nested = (value as Record<string, unknown>)?.['@type'];
        if (typeof nested !== 'string' || !expected.some((e) => isA(nested, e))) {
          errors.push(`${where}: ${String(nested)} is not ${expected.join(' or ')}`);
        }
        errors.push(...validate(value, where, false));
      }
    });
  }
  const need = (keys: string[]) => keys.forEach((k) => k in record || errors.push(`${at}: ${type} needs ${k}`));
  if (type === 'Course') need(['name', 'description', 'provider']);
  if (type === 'Event') need(['name', 'organizer']);
  if (type === 'CourseInstance' && !('location' in record) && !('courseMode' in record)) errors.push(`${at}: empty CourseInstance`);
  if (type === 'ListItem') need(['position', 'item']);
  if (type === 'Organization' || type === 'Place' || type === 'DefinedTerm') need(['name']);
  return errors;
}

const offering = (id: string): Offering => miniDataset.offerings.find((o) => o.id === id)!;

test('the validator itself rejects what schema.org does not allow', () => {
  assert.deepEqual(validate({ '@context': 'https://schema.org', '@type': 'Event', name: 'x', organizer: { '@type': 'Organization', name: 'y' }, provider: { '@type': 'Organization', name: 'y' } }), [
    '$.provider: not a property of Event',
  ]);
  assert.deepEqual(validate({ '@context': 'https://schema.org', '@type': 'Course', name: 'x', description: 'd', provider: 'P', url: 'javascript:x' }), [
    '$.provider: "P" is not Organization or Person',
    '$.url: "javascript:x" is not URL',
  ]);
});

test('a long-running offering is a Course with its provider, audience, themes and forms', () => {
  const node = offeringToJsonLd(offering('intervisie-wijkagenten'), { lang: 'nl', dataset: miniDataset });
  assert.deepEqual(node, {
    '@context': 'https://schema.org',
    '@type': 'Course',
    identifier: 'intervisie-wijkagenten',
    name: 'Intervisie voor wijkagenten',
    description: 'Wijkagenten bespreken casussen uit hun wijk met vakgenoten.',
    inLanguage: 'nl',
    audience: [{ '@type': 'Audience', audienceType: '(wijk)professionals' }],
    about: [{ '@type': 'DefinedTerm', name: 'Veiligheid', termCode: 'safety' }],
    provider: { '@type': 'Organization', name: 'Landelijk Platform Professie Wijkagent' },
    learningResourceType: ['intervisie'],
  });
  assert.deepEqual(validate(node), []);
});

test('English only when title and description both have it; otherwise all Dutch', () => {
  const partly = offeringToJsonLd(offering('intervisie-wijkagenten'), { lang: 'en', dataset: miniDataset });
  assert.equal(partly.inLanguage, 'nl');
  assert.equal(partly.name, 'Intervisie voor wijkagenten');
  assert.deepEqual(partly.about, [{ '@type': 'DefinedTerm', name: 'Veiligheid', termCode: 'safety' }]);
  const full = offeringToJsonLd(offering('masterclass-vertrouwen'), { lang: 'en', dataset: miniDataset });
  assert.equal(full.inLanguage, 'en');
  assert.equal(full.name, 'Masterclass on trust in the neighbourhood');
  assert.deepEqual(full.audience.map((a) => a.audienceType), ['residents', '(neighbourhood) professionals']);
});

test('a one-off offering is an Event, with url and location only as the data has them', () => {
  const node = offeringToJsonLd(offering('masterclass-vertrouwen'), { lang: 'nl', dataset: miniDataset });
  assert.equal(node['@type'], 'Event');
  assert.deepEqual(node.url, 'https://example.org/masterclass-vertrouwen');
  assert.ok(node['@type'] === 'Event');
  assert.deepEqual(node.location, { '@type': 'Place', name: 'Zuid-Holland' });
  assert.deepEqual(node.organizer, { '@type': 'Organization', name: 'Movisie' });
  assert.equal(node.keywords, 'masterclass');
  assert.equal('startDate' in node, false);
  assert.deepEqual(validate(node), []);
});

test('a course instance only when the data says where or that it is online', () => {
  const local = offeringToJsonLd(offering('leerkring-wonen-zorg'), { lang: 'nl', dataset: miniDataset });
  assert.ok(local['@type'] === 'Course');
  assert.deepEqual(local.hasCourseInstance, [{ '@type': 'CourseInstance', location: { '@type': 'Place', name: 'Utrecht' } }]);
  const online = offeringToJsonLd({ ...offering('intervisie-wijkagenten'), learningForms: ['online-community'] }, { lang: 'nl' });
  assert.ok(online['@type'] === 'Course');
  assert.deepEqual(online.hasCourseInstance, [{ '@type': 'CourseInstance', courseMode: 'online' }]);
  const nowhere = offeringToJsonLd(offering('intervisie-wijkagenten'), { lang: 'nl' });
  assert.equal('hasCourseInstance' in nowhere, false);
  assert.equal('url' in nowhere, false);
  assert.deepEqual(nowhere.about, [{ '@type': 'DefinedTerm', name: 'safety', termCode: 'safety' }]);
  for (const node of [local, online, nowhere]) assert.deepEqual(validate(node), []);
});

test('the catalogue is an ItemList of its offerings, each valid, in both languages', () => {
  for (const dataset of [miniDataset, defaultDataset]) {
    for (const lang of ['nl', 'en'] as const) {
      const list = catalogueToJsonLd(dataset, { lang });
      assert.deepEqual(validate(list), []);
      assert.equal(list.numberOfItems, dataset.offerings.length);
      assert.deepEqual(list.itemListElement.map((e) => e.position), dataset.offerings.map((_, i) => i + 1));
      assert.deepEqual(list.itemListElement.map((e) => e.item.identifier), dataset.offerings.map((o) => o.id));
      assert.deepEqual(JSON.parse(toJsonLdScriptText(list)), list);
    }
  }
  assert.equal(catalogueToJsonLd(miniDataset).name, 'Mini-dataset voor tests');
});
