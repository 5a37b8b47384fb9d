import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CYCLIC, UNREADABLE, toInert } from './inert.js';

test('copies plain data as it is', () => {
  const input = { a: [1, 'two', { three: null }], b: true };
  const result = toInert(input);
  assert.ok(result.complete);
  assert.deepEqual(JSON.parse(JSON.stringify(result.value)), input);
  assert.notEqual(result.value, input);
});

test('a value that contains itself becomes CYCLIC; shared values are not cycles', () => {
  const shared = { x: 1 };
  const node: Record<string, unknown> = { left: shared, right: shared };
  node['self'] = node;
  const list: unknown[] = [1];
  list.push(list);
  const result = toInert({ node, list });
  assert.ok(result.complete);
  const value = result.value as { node: Record<string, unknown>; list: unknown[] };
  assert.equal(value.node['self'], CYCLIC);
  assert.deepEqual({ ...(value.node['left'] as object) }, { x: 1 });
  assert.equal(value.node['left'], value.node['right']);
  assert.equal(value.list[1], CYCLIC);
});

test('a getter or proxy that throws becomes UNREADABLE, once, and the rest is still read', () => {
  let calls = 0;
  const input = {
    get bad(): never {
      calls += 1;
      throw new Error('boom');
    },
    good: 'yes',
    keys: new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } }),
  };
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const result = toInert({ input, proxy });
  assert.ok(result.complete);
  const value = result.value as { input: Record<string, unknown>; proxy: unknown };
  assert.equal(value.input['bad'], UNREADABLE);
  assert.equal(value.input['good'], 'yes');
  assert.equal(value.input['keys'], UNREADABLE);
  assert.equal(value.proxy, UNREADABLE);
  assert.equal(calls, 1);
});

test('a "__proto__" key stays an ordinary key', () => {
  const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as unknown;
  const result = toInert(input);
  assert.ok(result.complete);
  const value = result.value as Record<string, unknown>;
  assert.equal((value as { polluted?: unknown }).polluted, undefined);
  assert.deepEqual({ ...(value['__proto__'] as object) }, { polluted: true });
});

test('nesting 100 000 levels deep is read without recursion', () => {
  let deep: unknown = 'bottom';
  for (let i = 0; i < 100_000; i += 1) deep = [deep];
  const result = toInert(deep);
  assert.ok(result.complete);
  let node = result.value;
  let depth = 0;
  while (Array.isArray(node)) {
    node = node[0];
    depth += 1;
  }
  assert.equal(depth, 100_000);
  assert.equal(node, 'bottom');
});

test('gives up past the limit, also on a huge sparse array, without walking it', () => {
  const sparse: unknown[] = [];
  sparse.length = 2 ** 32 - 1;
  assert.deepEqual(toInert({ sparse }), { complete: false, limit: 10_000_000 });
  assert.deepEqual(toInert([1, 2, 3], 2), { complete: false, limit: 2 });
  assert.equal(toInert([1, 2, 3], 3).complete, true);
});
