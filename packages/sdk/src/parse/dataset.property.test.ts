import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { DatasetSchema } from '../schema/index.js';
import type { Dataset } from '../schema/index.js';
import { parseDataset } from './dataset.js';
import { PROBLEM_CODES, formatPath } from './problem.js';
import type { DatasetProblem, PathSegment } from './problem.js';

const load = async <T>(path: string): Promise<T> => (await import(new URL(path, import.meta.url).href)) as T;
const { defaultDataset } = await load<{ defaultDataset: Dataset }>('../../../data/src/dataset.ts');
const { miniDataset } = await load<{ miniDataset: Dataset }>('../../../../test/fixtures/mini-dataset.ts');

function assertWellFormed(problems: readonly DatasetProblem[]): void {
  for (const p of problems) {
    assert.ok((PROBLEM_CODES as readonly string[]).includes(p.code), p.code);
    assert.equal(p.where, formatPath(p.path));
    for (const value of Object.values(p.params)) {
      const ok = typeof value === 'string' || typeof value === 'number' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
      assert.ok(ok, `${p.where} ${p.code}: param ${String(value)}`);
    }
  }
}

/** What lenient mode promises about the dataset it returns. */
function assertConsistent(dataset: Dataset): void {
  assert.ok(z.safeParse(DatasetSchema, dataset).success, 'the result satisfies the schema');
  const ids = (records: ReadonlyArray<{ id: string }>) => {
    const set = new Set(records.map((r) => r.id));
    assert.equal(set.size, records.length, 'ids are unique');
    return set;
  };
  const themes = ids(dataset.themes);
  const agenda = ids(dataset.agenda);
  const networks = ids(dataset.networks);
  const forms = ids(dataset.learningForms);
  ids(dataset.offerings);
  ids(dataset.targetGroups);
  const refs = (list: readonly string[] | undefined, known: Set<string>) =>
    (list ?? []).forEach((id) => assert.ok(known.has(id), `reference ${id}`));
  for (const n of dataset.networks) refs(n.themes, themes);
  for (const a of dataset.agenda) {
    refs(a.themes, themes);
    refs(a.related, agenda);
  }
  for (const o of dataset.offerings) {
    refs(o.themes, themes);
    refs(o.agendaItems, agenda);
    refs(o.network === undefined ? [] : [o.network], networks);
  }
  for (const q of dataset.sharedQuestions ?? []) refs(q.themes, themes);
  for (const g of dataset.targetGroups) {
    ids(g.learningNeeds);
    for (const need of g.learningNeeds) refs(need.prefers.learningForms, forms);
  }
}

function check(input: unknown): void {
  const strict = parseDataset(input, { mode: 'strict' });
  const lenient = parseDataset(input, { mode: 'lenient' });
  assertWellFormed(strict.problems);
  assertWellFormed(lenient.problems);
  assert.equal(strict.ok, strict.problems.length === 0);
  if (strict.ok) {
    assert.deepEqual(lenient.dataset, strict.dataset);
    assertConsistent(strict.dataset);
  }
  if (lenient.ok) {
    assertConsistent(lenient.dataset);
    assert.ok(lenient.problems.every((p) => typeof p.dropped === 'string'), 'every problem names what was dropped');
  }
}

test('never throws on arbitrary JSON', () => {
  fc.assert(fc.property(fc.jsonValue(), check), { numRuns: 300 });
});

test('never throws on arbitrary JavaScript values', () => {
  fc.assert(fc.property(fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }), check), {
    numRuns: 300,
  });
});

test('never throws on a dataset with arbitrary values in arbitrary places', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.constantFrom(...Object.keys(miniDataset), 'other'), fc.jsonValue()), (extra) => {
      check({ ...miniDataset, ...extra });
    }),
    { numRuns: 200 },
  );
});

type Json = Record<string, unknown> | unknown[];

/** Every path in a value, containers and leaves alike. */
function pathsOf(value: unknown, at: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

function parentOf(root: Json, path: readonly PathSegment[]): [Json, PathSegment] | undefined {
  if (path.length === 0) return undefined;
  let node: unknown = root;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? [node as Json, path[path.length - 1]!] : undefined;
}

const REFERENCE_FIELDS = ['themes', 'network', 'agendaItems', 'related', 'learningForms'];
const COLLECTIONS = ['themes', 'targetGroups', 'learningForms', 'agenda', 'offerings', 'networks'] as const;

const corruption = (paths: readonly PathSegment[][]) =>
  fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.constantFrom(...paths) }),
    fc.record({
      kind: fc.constant('retype' as const),
      at: fc.constantFrom(...paths),
      value: fc.oneof(fc.constantFrom(42, -1, 1.5, true, null, '', 'x', [], {}, ['x']), fc.jsonValue({ maxDepth: 2 })),
    }),
    fc.record({
      kind: fc.constant('enum' as const),
      at: fc.constantFrom(...paths),
      value: fc.constantFrom('landelijk', 'bewoners', 'eenmalig', 'Veiligheid', 'ONLINE', 'living lab'),
    }),
    fc.record({ kind: fc.constant('duplicate' as const), collection: fc.constantFrom(...COLLECTIONS), from: fc.nat(), to: fc.nat() }),
    fc.record({
      kind: fc.constant('reference' as const),
      at: fc.constantFrom(...paths.filter((p) => p.some((s) => REFERENCE_FIELDS.includes(String(s))))),
      value: fc.constantFrom('does-not-exist', 'gap-99', 'priority-0', 'wijkwijzer-2'),
    }),
  );

type Corruption = typeof corruption extends (p: never) => fc.Arbitrary<infer C> ? C : never;

function apply(root: Json, c: Corruption): void {
  if (c.kind === 'duplicate') {
    const list = (root as Record<string, unknown[]>)[c.collection];
    if (!Array.isArray(list) || list.length === 0) return;
    const source = list[c.from % list.length] as Record<string, unknown>;
    const target = list[c.to % list.length];
    if (target !== null && typeof target === 'object') (target as Record<string, unknown>)['id'] = source?.['id'];
    else list.push(structuredClone(source));
    return;
  }
  const place = parentOf(root, c.at);
  if (place === undefined) return;
  const [parent, key] = place;
  if (c.kind === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<PropertyKey, unknown>)[key];
  } else {
    (parent as Record<PropertyKey, unknown>)[key] = c.value;
  }
}

for (const [name, base] of [
  ['the default dataset', defaultDataset],
  ['the mini dataset', miniDataset],
] as const) {
  const paths = pathsOf(base);

  test(`${name} is valid`, () => {
    const result = parseDataset(base, { mode: 'strict' });
    assert.deepEqual(result.problems, []);
  });

  test(`never throws on random corruptions of ${name}; lenient keeps a consistent dataset`, () => {
    fc.assert(
      fc.property(fc.array(corruption(paths), { minLength: 1, maxLength: 6 }), (corruptions) => {
        const input = structuredClone(base) as unknown as Json;
        for (const c of corruptions) apply(input, c);
        check(input);
      }),
      { numRuns: name === 'the default dataset' ? 150 : 300 },
    );
  });
}

test('a record that is not corrupted is kept as it was', () => {
  fc.assert(
    fc.property(fc.nat({ max: miniDataset.offerings.length - 1 }), fc.jsonValue(), (index, junk) => {
      const input = structuredClone(miniDataset) as unknown as { offerings: unknown[] };
      input.offerings[index] = junk;
      const result = parseDataset(input);
      assert.ok(result.ok);
      const others = miniDataset.offerings.filter((_, i) => i !== index);
      for (const offering of others) {
        assert.deepEqual(result.dataset.offerings.find((o) => o.id === offering.id), offering);
      }
    }),
    { numRuns: 100 },
  );
});
