import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { runInSlices, runToEnd } from '../internal/slices.js';
import { parseDataset, parseDatasetAsync, parseSteps } from './dataset.js';

interface SyntheticModule {
  generateCatalogue(options: { seed: number; offerings: number; questions?: number }): Record<string, unknown>;
}
const synthetic = (await import(new URL('../../../data/src/synthetic/index.ts', import.meta.url).href)) as SyntheticModule;

/** A synthetic catalogue with some records and references broken, so problems and drops are compared too. */
const catalogue = fc
  .record({
    seed: fc.nat({ max: 1000 }),
    offerings: fc.integer({ min: 0, max: 40 }),
    questions: fc.integer({ min: 0, max: 10 }),
    junk: fc.array(fc.record({ at: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }), { maxLength: 3 }),
    dangling: fc.array(fc.nat(), { maxLength: 3 }),
  })
  .map(({ seed, offerings, questions, junk, dangling }) => {
    const input = synthetic.generateCatalogue({ seed, offerings, questions }) as { offerings: unknown[] };
    const list = input.offerings;
    for (const { at, value } of junk) if (list.length > 0) list[at % list.length] = value;
    for (const at of dangling) {
      const offering = list[at % Math.max(1, list.length)] as { themes?: unknown } | undefined;
      if (offering !== null && typeof offering === 'object' && Array.isArray(offering.themes)) offering.themes.push('no-such-theme');
    }
    return input;
  });

test('parseDatasetAsync gives exactly what parseDataset gives, in both modes', async () => {
  await fc.assert(
    fc.asyncProperty(catalogue, fc.constantFrom('strict' as const, 'lenient' as const), async (input, mode) => {
      assert.deepEqual(await parseDatasetAsync(input, { mode }), parseDataset(input, { mode }));
    }),
    { numRuns: 60 },
  );
});

test('parseDatasetAsync reports whole-dataset problems as parseDataset does', async () => {
  for (const input of [null, 42, 'text', [], { schemaVersion: 99 }, { schemaVersion: 1, themes: 'x' }]) {
    assert.deepEqual(await parseDatasetAsync(input), parseDataset(input));
  }
});

test('parseDatasetAsync stops when aborted, before or while it works', async () => {
  const input = synthetic.generateCatalogue({ seed: 3, offerings: 200 });
  await assert.rejects(parseDatasetAsync(input, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  // Midway: the clock counts units, and the second pause aborts.
  const controller = new AbortController();
  const reason = new Error('navigated away');
  let units = 0;
  let pauses = 0;
  const parsing = runInSlices(parseSteps(input, { mode: 'lenient' }), {
    signal: controller.signal,
    now: () => units++,
    sliceMs: 50,
    pause: async () => {
      if (++pauses === 2) controller.abort(reason);
    },
  });
  await assert.rejects(parsing, (error) => error === reason);
  assert.ok(units < 200, `${units} units`);
});

test('parsing takes a unit of work per record, so no slice has to hold a whole collection', () => {
  const input = synthetic.generateCatalogue({ seed: 4, offerings: 300, questions: 20 });
  const steps = parseSteps(input, { mode: 'lenient' });
  let units = 0;
  let next = steps.next();
  for (; !next.done; next = steps.next()) units++;
  assert.ok(next.value.ok);
  // Each offering is checked in one unit and pruned in three more (themes, agenda items, network).
  assert.ok(units >= 4 * 300, `${units} units`);
  assert.deepEqual(next.value, runToEnd(parseSteps(input, { mode: 'lenient' })));
});
