// Runs the example as a user would and checks what it prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./match-question.mjs', import.meta.url));
const run = (...args) =>
  execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });

test('prints agenda, offerings, similar questions and white spots in Dutch', () => {
  const out = run('Hoe gaan we om met polarisatie en wantrouwen tussen groepen in de wijk?');
  for (const heading of ['Leeragenda', 'Leeraanbod', 'Anderen vragen ook', 'Witte vlekken']) {
    assert.match(out, new RegExp(`^${heading}`, 'm'), heading);
  }
  assert.match(out, /Vertrouwen/i, 'the trust white spot is linked');
  assert.match(out, /× .*: vraag \d/);
});

test('--json gives ranked ids with reason codes; a trust question finds the trust agenda items', () => {
  const data = JSON.parse(run('--json', 'Hoe herstellen we het vertrouwen van bewoners in instanties?'));
  assert.ok(data.agenda.length > 0 && data.agenda.length <= 3);
  assert.ok(data.agenda.some((a) => a.id === 'gap-2' || a.id === 'priority-5'), JSON.stringify(data.agenda));
  assert.ok(data.agenda[0].reasons.length > 0);
  assert.ok(Array.isArray(data.findings));
});

test('--lang en prints English headings', () => {
  const out = run('--lang', 'en', 'How do we work with residents as partners?');
  assert.match(out, /^Learning agenda/m);
  assert.match(out, /^White spots/m);
});
