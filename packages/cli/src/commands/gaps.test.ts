import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GapAnalysis } from '@leernetwerk/sdk';
import { lines, runCli } from '../testing/run-cli.js';

test('the table and findings show the report: horizontal, within-domain learning; little on education and work', async () => {
  const run = await runCli(['gaps']);
  assert.equal(run.code, 0, run.stderr);
  const out = lines(run.stdout);
  const header = out.find((l) => l.startsWith('thema '));
  assert.match(header!, /^thema +bestuurders +beleidsmakers +\(wijk\)professionals +bewoners$/);
  const education = out.find((l) => l.startsWith('Onderwijs '));
  assert.match(education!, /^Onderwijs +\d+\/\d+!? +\d+\/\d+!? +\d+\/\d+!? +\d+\/\d+!?$/);
  assert.equal(header!.length, out[out.indexOf(header!) + 1]!.length, 'the rule is as wide as the header');
  for (const title of ['Thema: vraag en aanbod', 'Richting: vraag en aanbod', 'Binnen of over domeinen: vraag en aanbod', 'Bevindingen']) {
    assert.ok(out.includes(title), title);
  }
  const findings = out.slice(out.indexOf('Bevindingen') + 1);
  const has = (pattern: RegExp) => assert.ok(findings.some((l) => pattern.test(l)), `${pattern} in\n${findings.join('\n')}`);
  has(/^ {2}- Horizontaal leren overheerst: \d+% van het leeraanbod \(\d+ van \d+\)\.$/);
  has(/^ {2}- Het meeste leeraanbod is binnen het eigen domein: \d+%/);
  has(/^ {2}- Er is weinig leeraanbod over ‘Onderwijs’, vergeleken met /);
  has(/^ {2}- Er is weinig leeraanbod over ‘Werk’, vergeleken met /);
});

test('--json prints the SDK analysis with its coded findings', async () => {
  const run = await runCli(['gaps', '--json']);
  assert.equal(run.code, 0, run.stderr);
  const analysis = JSON.parse(run.stdout) as GapAnalysis;
  assert.deepEqual(Object.keys(analysis.rows), ['theme', 'targetGroup', 'scale', 'direction', 'domainScope']);
  assert.ok(analysis.cells.length > 0);
  const codes = analysis.findings.map((f) => (f.code === 'uncovered' ? f.code : `${f.code}:${f.value}`));
  for (const code of ['dominant:horizontal', 'dominant:within-domain', 'scarce:education', 'scarce:work']) assert.ok(codes.includes(code), code);
});

test('--by keeps one dimension, in words and in JSON; English on request', async () => {
  const run = await runCli(['gaps', '--by', 'direction', '--lang', 'en']);
  assert.equal(run.code, 0, run.stderr);
  const out = lines(run.stdout);
  assert.equal(out[0], 'Direction: demand and supply');
  assert.ok(!out.some((l) => l.startsWith('Theme')));
  const findings = out.slice(out.indexOf('Findings') + 1);
  assert.ok(findings.some((l) => /^ {2}- Horizontal learning dominates: \d+% of learning offerings \(\d+ of \d+\)\.$/.test(l)), out.join('\n'));
  assert.ok(findings.length > 0 && findings.every((l) => /^ {2}- .*(horizontal|vertical) learning/i.test(l)), findings.join('\n'));

  const json = JSON.parse((await runCli(['gaps', '--by', 'domain-scope', '--json'])).stdout) as { dimension: string; rows: { value: string }[] };
  assert.equal(json.dimension, 'domainScope');
  assert.deepEqual(json.rows.map((r) => r.value).sort(), ['cross-domain', 'within-domain']);

  const bad = await runCli(['gaps', '--by', 'kleur']);
  assert.equal(bad.code, 2);
  assert.equal(lines(bad.stderr)[0], 'leernetwerk: --by: kies uit theme, target-group, scale, direction, domain-scope');
});
