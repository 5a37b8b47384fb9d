import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OfferingSchema, LearningQuestionSchema } from './index.js';
import * as z from 'zod/mini';

test('an offering needs at least one scale, from the closed list', () => {
  const base = {
    id: 'x',
    title: { nl: 'Titel' },
    provider: 'P',
    description: { nl: 'Beschrijving' },
    themes: ['safety'],
    targetGroups: ['professional'],
    learningForms: ['intervisie'],
    scale: ['landelijk'],
    direction: ['horizontal'],
    domainScope: ['within-domain'],
  };
  const bad = z.safeParse(OfferingSchema, base);
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error?.issues[0]?.path, ['scale', 0]);
  assert.equal(z.safeParse(OfferingSchema, { ...base, scale: ['national'] }).success, true);
  assert.equal(z.safeParse(OfferingSchema, { ...base, scale: [] }).success, false);
});

test('a question is trimmed and must not be empty', () => {
  assert.equal(z.safeParse(LearningQuestionSchema, { what: '   ' }).success, false);
  const ok = z.safeParse(LearningQuestionSchema, { what: '  Hoe?  ', scale: ['local'] });
  assert.equal(ok.success && ok.data.what, 'Hoe?');
});
