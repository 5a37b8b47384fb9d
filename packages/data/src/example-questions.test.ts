import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { SharedQuestionSchema } from '@leernetwerk/sdk';
import { defaultDataset } from './dataset.js';
import { exampleSharedQuestions } from './example-questions.js';

test('about thirty example questions, numbered example-1 …, valid and shared with consent', () => {
  assert.ok(exampleSharedQuestions.length >= 25 && exampleSharedQuestions.length <= 40);
  exampleSharedQuestions.forEach((question, i) => {
    assert.equal(question.id, `example-${i + 1}`);
    assert.equal(z.safeParse(SharedQuestionSchema, question).success, true, question.id);
    assert.equal(question.consent, true);
  });
});

test('example questions use the dataset’s themes and come from every target group', () => {
  const themes = new Set(defaultDataset.themes.map((t) => t.id));
  for (const question of exampleSharedQuestions) {
    for (const theme of question.themes ?? []) assert.ok(themes.has(theme), `${question.id}: ${theme}`);
  }
  const groups = new Set(exampleSharedQuestions.map((q) => q.targetGroup));
  assert.deepEqual([...groups].sort(), ['administrator', 'policymaker', 'professional', 'resident']);
});

test('example questions are not part of the report’s dataset', () => {
  assert.equal(defaultDataset.sharedQuestions, undefined);
  const texts = new Set(defaultDataset.agenda.flatMap((item) => item.questions.map((q) => q.nl)));
  for (const question of exampleSharedQuestions) assert.ok(!texts.has(question.text), question.id);
});
