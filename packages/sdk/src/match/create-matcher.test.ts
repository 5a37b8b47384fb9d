import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Ranked } from '../reasons.js';
import type { Dataset, LearningQuestion, SharedQuestion } from '../schema/index.js';
import type { DeepReadonly, MatchInput } from './types.js';
import { createMatcher } from './create-matcher.js';
import { offering, sharedQuestion, smallDataset } from './fixture.test.js';

const ids = (list: readonly Ranked<{ id: string }>[]) => list.map((r) => r.item.id);
const codes = (ranked: Ranked<unknown> | undefined) => ranked?.reasons.map((r) => r.code) ?? [];

test('offeringText finds offerings through synonyms, typos and a prefix, and says which words matched where', () => {
  const matcher = createMatcher(smallDataset());
  const bySynonym = matcher.offeringText('wantrouwen');
  assert.deepEqual([...bySynonym.keys()].sort(), ['excursion-trust', 'regional-trust']);
  const hit = bySynonym.get('excursion-trust')!;
  assert.deepEqual(hit.terms, ['wantrouwen']);
  assert.deepEqual(hit.match, { wantrouwen: ['title'] });
  assert.equal(Math.max(...[...bySynonym.values()].map((h) => h.score)), 1);

  assert.ok(matcher.offeringText('vertrowen').has('excursion-trust'), 'one typo');
  assert.ok(matcher.offeringText('werkbez').has('excursion-trust'), 'prefix of the last word');
  assert.ok(matcher.offeringText('gastcollege').size === 0, 'no offering is a masterclass');
  assert.equal(matcher.offeringText('').size, 0);
});

test('an empty or meaningless question gives empty results', () => {
  const matcher = createMatcher(smallDataset());
  for (const question of ['', '   ', '?!', 'de het een', { what: '' }, {}]) {
    assert.deepEqual(matcher.match(question), {
      agenda: [],
      offerings: [],
      similarQuestions: [],
      fit: { agenda: 0, offerings: 0, best: 0 },
      nothingFits: true,
    });
  }
});

test('offerings that only fit structurally do not come in; agenda links do', () => {
  const matcher = createMatcher(smallDataset());
  const result = matcher.match({ what: 'vertrouwen van bewoners', targetGroup: 'resident', scale: ['local'] });
  assert.equal(result.agenda[0]?.item.id, 'trust');
  assert.ok(!ids(result.offerings).includes('structure-only'));
  const linked = result.offerings.find((r) => r.item.id === 'linked-only');
  assert.ok(linked, 'offering linked to the matched agenda item');
  assert.deepEqual(linked.reasons.find((r) => r.code === 'agenda-link')?.params, { agendaItem: 'trust' });
});

test('scores lie in 0..1, descend, and reason weights add up to the score', () => {
  const matcher = createMatcher(smallDataset());
  const result = matcher.match({ what: 'vertrouwen in de buurt', targetGroup: 'policymaker', themes: ['participation'] });
  for (const list of [result.agenda, result.offerings, result.similarQuestions]) {
    assert.ok(list.length > 0);
    list.forEach((ranked, i) => {
      assert.ok(ranked.score > 0 && ranked.score <= 1);
      if (i > 0) assert.ok(list[i - 1]!.score >= ranked.score);
      const sum = ranked.reasons.reduce((s, r) => s + r.weight, 0);
      assert.ok(Math.abs(sum - ranked.score) < 1e-9);
    });
  }
});

test('ties are broken by id', () => {
  const dataset = smallDataset();
  const twin = (id: string) => offering({ id, title: { nl: 'Buurtvertrouwen' }, description: { nl: 'Zelfde tekst.' } });
  dataset.offerings = [twin('b-twin'), twin('a-twin')];
  const result = createMatcher(dataset).match('buurtvertrouwen');
  assert.deepEqual(ids(result.offerings), ['a-twin', 'b-twin']);
  assert.equal(result.offerings[0]!.score, result.offerings[1]!.score);
});

test('the asker\'s structured wishes give reasons', () => {
  const matcher = createMatcher(smallDataset());
  const result = matcher.match({
    what: 'vertrouwen in de buurt',
    targetGroup: 'policymaker',
    scale: ['regional'],
    learningForms: ['peer-network'],
    direction: 'horizontal',
    domainScope: 'within-domain',
    region: 'Rotterdam',
  });
  const regional = result.offerings.find((r) => r.item.id === 'regional-trust');
  assert.equal(result.offerings[0], regional);
  assert.deepEqual(
    new Set(codes(regional)),
    new Set(['term', 'learning-need', 'target-group', 'learning-form', 'scale', 'region', 'direction', 'domain-scope', 'theme']),
  );
  // No theme was asked for: the theme comes from the agenda item the words matched.
  assert.deepEqual(regional?.reasons.find((r) => r.code === 'theme')?.params, { theme: 'participation' });
  assert.deepEqual(regional?.reasons.find((r) => r.code === 'region')?.params, { region: 'Groot-Rotterdam' });
  assert.deepEqual(regional?.reasons.find((r) => r.code === 'learning-need')?.params, {
    targetGroup: 'policymaker',
    need: 'regional-exchange',
  });
});

test('the asker\'s target group and its learning needs reorder the same offerings', () => {
  const matcher = createMatcher(smallDataset());
  const what = 'vertrouwen in de buurt';
  const resident = ids(matcher.match({ what, targetGroup: 'resident' }).offerings);
  const policymaker = ids(matcher.match({ what, targetGroup: 'policymaker' }).offerings);
  assert.equal(resident[0], 'excursion-trust');
  assert.equal(policymaker[0], 'regional-trust');
});

test('agenda items carry white-spot and priority reasons without weight', () => {
  const matcher = createMatcher(smallDataset());
  const [trust] = matcher.match('vertrouwen').agenda;
  assert.deepEqual(trust?.reasons.find((r) => r.code === 'priority'), { code: 'priority', weight: 0, params: { number: 5 } });
  const [gap] = matcher.match('preventief signaleren').agenda;
  assert.equal(gap?.item.id, 'safety-gap');
  assert.deepEqual(gap?.reasons.find((r) => r.code === 'white-spot'), { code: 'white-spot', weight: 0, params: {} });
});

test('similar questions come from the dataset and from the options, and respect the limit', () => {
  const matcher = createMatcher(smallDataset(), {
    questions: [sharedQuestion('q-extra', 'Burgers wantrouwen de gemeente, wat nu?'), sharedQuestion('q-off', 'Fietsenstalling')],
  });
  const result = matcher.match('vertrouwen van burgers');
  assert.deepEqual(new Set(ids(result.similarQuestions)), new Set(['q-trust', 'q-extra']));
  assert.equal(matcher.match('vertrouwen van burgers', { limit: 1 }).similarQuestions.length, 1);
  assert.equal(matcher.match('vertrouwen', { limit: 0 }).agenda.length, 0);
});

test('an explicit theme brings in agenda items without a text hit', () => {
  const matcher = createMatcher(smallDataset());
  const result = matcher.match({ what: 'iets heel anders', themes: ['safety'] });
  assert.deepEqual(ids(result.agenda), ['safety-gap']);
  assert.deepEqual(result.agenda[0]?.reasons.find((r) => r.code === 'theme')?.params, { theme: 'safety' });
});

test('search delegates to the faceted offering search', () => {
  const matcher = createMatcher(smallDataset());
  const result = matcher.search({ query: 'vertrouwen', filters: { targetGroups: ['resident'] } });
  assert.deepEqual(result.hits.map((h) => h.item.id), ['excursion-trust']);
});

test('questions without consent === true never come back as similar questions, from the dataset or the options', () => {
  const dataset = smallDataset();
  const unconsented = (id: string, consent: unknown) =>
    ({ ...sharedQuestion(id, 'Burgers wantrouwen de gemeente, wat nu?'), consent }) as unknown as SharedQuestion;
  dataset.sharedQuestions = [...(dataset.sharedQuestions ?? []), unconsented('q-data-no', false)];
  const matcher = createMatcher(dataset, {
    questions: [
      sharedQuestion('q-extra', 'Burgers wantrouwen de gemeente, wat nu?'),
      unconsented('q-false', false),
      unconsented('q-string', 'true'),
      unconsented('q-missing', undefined),
    ],
  });
  const found = ids(matcher.match('vertrouwen van burgers', { limit: 50 }).similarQuestions);
  assert.ok(found.includes('q-extra'));
  for (const id of ['q-data-no', 'q-false', 'q-string', 'q-missing']) assert.ok(!found.includes(id), id);
  // The serialised index holds no trace of them either.
  assert.ok(!JSON.stringify(matcher.toJSON()).includes('q-false'));
});

test('match accepts a question held read-only (`as const`), with the same result as a mutable one', () => {
  const matcher = createMatcher(smallDataset());
  const frozen = {
    what: 'vertrouwen in de buurt',
    targetGroup: 'policymaker',
    themes: ['participation'],
    scale: ['regional'],
    learningForms: ['peer-network'],
  } as const;
  const input: MatchInput = frozen;
  const mutable = { ...frozen, themes: [...frozen.themes], scale: [...frozen.scale], learningForms: [...frozen.learningForms] };
  assert.deepEqual(matcher.match(input), matcher.match(mutable));
  const partial: DeepReadonly<Partial<LearningQuestion>> = { themes: ['safety'] as const };
  assert.doesNotThrow(() => matcher.match(partial));
});

test('a query equal to a provider name or a title ranks that offering first, in offeringText, search and match', async () => {
  const source = new URL('../../../data/src/dataset.ts', import.meta.url).href;
  const { defaultDataset } = (await import(source)) as { defaultDataset: Dataset };
  const base = defaultDataset.offerings[0]!;
  const named = { ...base, id: 'zz-named', provider: 'Voorbeeldnetwerk', title: { nl: 'Leerkring wijkaanpak' }, description: { nl: 'Samen leren.' }, agendaItems: [] };
  const titled = { ...base, id: 'zz-titled', provider: 'Bureau Elders', title: { nl: 'Sociale pijler in de wijk' }, description: { nl: 'Samen leren.' }, agendaItems: [] };
  const dataset: Dataset = { ...defaultDataset, offerings: [...defaultDataset.offerings, named, titled] };
  const matcher = createMatcher(dataset);
  const first = (query: string) => ({
    text: [...matcher.offeringText(query).entries()].sort((a, b) => b[1].score - a[1].score)[0]?.[0],
    search: matcher.search({ query }).hits[0]?.item.id,
    match: matcher.match(query).offerings[0]?.item.id,
  });
  const expected = (id: string) => ({ text: id, search: id, match: id });
  // Before: 'G40 bestuurlijke kennisdeling' won on the compound part "netwerk" in its title.
  assert.deepEqual(first('Voorbeeldnetwerk'), expected('zz-named'));
  assert.deepEqual(first('  voorbeeldNETWERK! '), expected('zz-named'));
  assert.deepEqual(first('Sociale pijler in de wijk'), expected('zz-titled'));
  // Two or more words that stand as a phrase in a name count too; one word inside a longer name does not.
  assert.deepEqual(first('Landelijk Platform Professie'), expected(defaultDataset.offerings.find((o) => o.provider.startsWith('Landelijk Platform Professie'))!.id));
  assert.equal(matcher.offeringText('Voorbeeldnetwerk').get('zz-named')?.score, 1);
});
