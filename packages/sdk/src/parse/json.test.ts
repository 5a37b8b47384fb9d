import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Dataset } from '../schema/index.js';
import { parseDatasetJson } from './json.js';

const fixture = new URL('../../../../test/fixtures/mini-dataset.ts', import.meta.url).href;
const { miniDataset } = (await import(fixture)) as { miniDataset: Dataset };

test('JSON text of a valid dataset parses, with or without a byte order mark', () => {
  const text = JSON.stringify(miniDataset, null, 2);
  for (const input of [text, `\uFEFF${text}`]) {
    const result = parseDatasetJson(input, { mode: 'strict' });
    assert.ok(result.ok);
    assert.deepEqual(result.dataset, miniDataset);
  }
});

test('invalid JSON says where, by line and column', () => {
  const text = JSON.stringify(miniDataset, null, 2).replace('"updated": "2021-02-11",', '"updated": "2021-02-11"');
  const line = text.split('\n').findIndex((l) => l.includes('"title"')) + 1;
  assert.deepEqual(parseDatasetJson(text).problems, [
    { path: [], where: '', code: 'invalid-json', params: { line, column: 3 } },
  ]);
  assert.deepEqual(parseDatasetJson('').problems[0]?.params, { line: 1, column: 1 });
});

test('problems in valid JSON are dataset problems, lenient by default', () => {
  const text = JSON.stringify({ ...miniDataset, offerings: [{ ...miniDataset.offerings[0], scale: ['landelijk'] }] });
  const result = parseDatasetJson(text);
  assert.ok(result.ok);
  assert.deepEqual(result.dataset.offerings, []);
  assert.deepEqual(result.problems.map((p) => [p.where, p.code, p.dropped]), [['offerings[0].scale[0]', 'invalid-value', 'offerings[0]']]);
  assert.equal(parseDatasetJson(text, { mode: 'strict' }).ok, false);
});

test('something other than text is a problem, not an exception', () => {
  assert.deepEqual(parseDatasetJson(42 as unknown as string).problems.map((p) => [p.code, p.params]), [
    ['wrong-type', { expected: 'string', receivedType: 'number' }],
  ]);
});
