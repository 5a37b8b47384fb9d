import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInSlices, runToEnd, yieldToEventLoop, type Steps } from './slices.js';

/** Units of the given costs on a fake clock: each unit moves the clock on by its cost. */
function costed(costs: readonly number[], clock: { now: number }, done: string[] = []): Steps<number> {
  return (function* () {
    try {
      for (const cost of costs) {
        clock.now += cost;
        yield;
      }
      return costs.length;
    } finally {
      done.push('finally');
    }
  })();
}

test('runToEnd runs every unit and returns the result', () => {
  assert.equal(runToEnd(costed([1, 2, 3], { now: 0 })), 3);
});

test('a slice ends once its budget is spent: no slice holds more than the budget plus one unit', async () => {
  const costs = Array.from({ length: 500 }, (_, i) => 1 + ((i * 7) % 5));
  const clock = { now: 0 };
  const slices: number[] = [];
  let start = 0;
  const result = await runInSlices(costed(costs, clock), {
    now: () => clock.now,
    sliceMs: 10,
    pause: async () => {
      slices.push(clock.now - start);
      start = clock.now;
    },
  });
  assert.equal(result, 500);
  slices.push(clock.now - start);
  assert.equal(slices.reduce((a, b) => a + b, 0), costs.reduce((a, b) => a + b, 0));
  assert.ok(slices.length > 100, `${slices.length} slices`);
  for (const slice of slices) assert.ok(slice <= 10 + Math.max(...costs) - 1, `slice of ${slice}`);
});

test('an abort stops the work between units, rejects with the reason and closes the work', async () => {
  const clock = { now: 0 };
  const done: string[] = [];
  const controller = new AbortController();
  let pauses = 0;
  const reason = new Error('weg');
  const run = runInSlices(costed(new Array(1000).fill(1), clock, done), {
    signal: controller.signal,
    now: () => clock.now,
    sliceMs: 10,
    pause: async () => {
      if (++pauses === 3) controller.abort(reason);
    },
  });
  await assert.rejects(run, (error) => error === reason);
  assert.equal(pauses, 3);
  assert.ok(clock.now <= 31);
  assert.deepEqual(done, ['finally']);
});

test('an aborted signal stops the work before it starts', async () => {
  const clock = { now: 0 };
  await assert.rejects(runInSlices(costed([1], clock), { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.equal(clock.now, 0);
});

test('yielding gives the event loop back: a task queued before gets to run, as it would not between microtasks', async () => {
  let ran = false;
  setImmediate(() => (ran = true));
  for (let i = 0; i < 20 && !ran; i++) await yieldToEventLoop();
  assert.equal(ran, true);
  let starved = false;
  setImmediate(() => (starved = true));
  for (let i = 0; i < 20; i++) await Promise.resolve();
  assert.equal(starved, false);
});
