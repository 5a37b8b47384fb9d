import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDataset } from '../dataset.js';
import { generateQueries } from './queries.js';

test('the same seed gives the same queries, another seed others', () => {
  assert.deepEqual(generateQueries({ seed: 8, count: 100 }), generateQueries({ seed: 8, count: 100 }));
  assert.notDeepEqual(generateQueries({ seed: 8, count: 100 }), generateQueries({ seed: 9, count: 100 }));
});

test('queries alternate finder and question, each tagged with a theme of the dataset', () => {
  const queries = generateQueries({ seed: 2, count: 501 });
  assert.equal(queries.length, 501);
  const themes = new Set(defaultDataset.themes.map((t) => t.id));
  queries.forEach((query, i) => {
    assert.equal(query.kind, i % 2 === 0 ? 'finder' : 'question');
    assert.ok(themes.has(query.theme), query.theme);
    assert.ok(query.text.trim().length > 0);
    assert.doesNotMatch(query.text, /\{\w+\}/);
  });
});

test('finder queries are short; questions are sentences', () => {
  const queries = generateQueries({ seed: 3, count: 1000 });
  const words = (text: string) => text.split(/\s+/).length;
  const finder = queries.filter((q) => q.kind === 'finder');
  const questions = queries.filter((q) => q.kind === 'question');
  assert.ok(finder.every((q) => words(q.text) <= 7), 'a finder query is at most a few words');
  assert.ok(questions.every((q) => words(q.text) >= 4), 'a question is a sentence');
  assert.ok(new Set(queries.map((q) => q.text)).size > 600, 'queries vary');
  assert.ok(questions.filter((q) => q.text.endsWith('?')).length > questions.length / 2);
});

test('a count of zero gives none; a bad count fails with its place named', () => {
  assert.deepEqual(generateQueries({ seed: 1, count: 0 }), []);
  assert.throws(() => generateQueries({ seed: 1, count: -3 }), /^RangeError: leernetwerk: generateQueries: count/);
});
