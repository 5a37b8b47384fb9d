import { expect } from '@open-wc/testing';
import { defaultDataset } from '@leernetwerk/data';
import { createMatcher } from '@leernetwerk/sdk';
import { agendaSections, countItems, knownFilters } from './agenda-model.js';
import { DEFAULT_MIN_SCORE, MIN_SHARED_TERMS, agendaItemText, offeringsForAgendaItem } from './agenda-offerings.js';
import { askHref, readAgendaUrl, withAgendaState } from './agenda-url.js';

const page = 'https://gemeente.example/leren/?host=1#agenda';

describe('agenda model', () => {
  it('groups by theme: content themes first, each item under each of its themes, in agenda order', () => {
    const sections = agendaSections(defaultDataset, 'theme', {});
    expect(sections.map((s) => s.themeKind)).to.deep.equal(['content', 'process']);
    const safety = sections[0]!.groups.find((g) => g.id === 'safety')!;
    expect(safety.items.map((i) => i.id)).to.deep.equal(defaultDataset.agenda.filter((a) => a.themes.includes('safety')).map((a) => a.id));
  });

  it('narrows groups and items with the filters', () => {
    const sections = agendaSections(defaultDataset, 'theme', { theme: 'work', targetGroup: 'resident' });
    const items = sections.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.id)));
    const expected = defaultDataset.agenda.filter((a) => a.themes.includes('work') && a.targetGroups.includes('resident'));
    expect(items).to.deep.equal(expected.map((a) => a.id));
    expect(countItems(defaultDataset, { theme: 'work', targetGroup: 'resident' })).to.equal(expected.length);
    const byGroup = agendaSections(defaultDataset, 'target-group', { targetGroup: 'resident' });
    expect(byGroup[0]!.groups.map((g) => g.key)).to.deep.equal(['group-resident']);
  });

  it('drops filter values the dataset does not know', () => {
    expect(knownFilters(defaultDataset, { theme: 'safety', targetGroup: 'resident' })).to.deep.equal({ theme: 'safety', targetGroup: 'resident' });
    expect(knownFilters(defaultDataset, { theme: 'space', targetGroup: 'aliens' })).to.deep.equal({});
  });
});

describe('agenda URL', () => {
  it('reads and writes its own parameters and keeps the others and the hash', () => {
    const href = withAgendaState(page, { item: 'gap-1', theme: 'safety' });
    expect(href).to.equal('https://gemeente.example/leren/?host=1&ln-agenda=gap-1&ln-agenda-thema=safety#agenda');
    expect(readAgendaUrl(href)).to.deep.equal({ item: 'gap-1', theme: 'safety' });
    expect(withAgendaState(href, {})).to.equal(page);
  });

  it('builds the question link with ln-vraag-over, and refuses links that are not http(s)', () => {
    expect(askHref('#vraag', page, 'gap-2')).to.equal('/leren/?host=1&ln-vraag-over=gap-2#vraag');
    expect(askHref('/vraag', page, 'gap-2')).to.equal('/vraag?ln-vraag-over=gap-2');
    expect(askHref('https://elders.example/v?a=b', page, 'gap-2')).to.equal('https://elders.example/v?a=b&ln-vraag-over=gap-2');
    expect(askHref('javascript:alert(1)', page, 'gap-2')).to.equal(undefined);
  });
});

describe('offeringsForAgendaItem', () => {
  const matcher = createMatcher(defaultDataset);

  it('puts linked offerings first, then what the SDK matcher finds above the threshold', () => {
    const gap6 = defaultDataset.agenda.find((a) => a.id === 'gap-6')!;
    const found = offeringsForAgendaItem(matcher, gap6);
    const linked = defaultDataset.offerings.filter((o) => o.agendaItems?.includes('gap-6')).map((o) => o.id);
    expect(found.filter((f) => f.linked).map((f) => f.offering.id)).to.deep.equal(linked);
    expect(found.slice(0, linked.length).every((f) => f.linked)).to.equal(true);
  });

  it('counts exactly the matcher hits with enough score and shared words', () => {
    for (const item of defaultDataset.agenda) {
      const ranked = matcher.match(agendaItemText(item), { limit: defaultDataset.offerings.length }).offerings;
      const expected = new Set([
        ...defaultDataset.offerings.filter((o) => o.agendaItems?.includes(item.id)).map((o) => o.id),
        ...ranked
          .filter((r) => r.score >= DEFAULT_MIN_SCORE)
          .filter((r) => ((r.reasons.find((x) => x.code === 'term')?.params['terms'] as string[] | undefined)?.length ?? 0) >= MIN_SHARED_TERMS)
          .map((r) => r.item.id),
      ]);
      const found = offeringsForAgendaItem(matcher, item).map((f) => f.offering.id);
      expect(new Set(found), item.id).to.deep.equal(expected);
      expect(found.length, `${item.id} has no duplicates`).to.equal(expected.size);
    }
  });

  it('finds fewer offerings with a higher threshold', () => {
    const item = defaultDataset.agenda.find((a) => a.id === 'gap-2')!;
    expect(offeringsForAgendaItem(matcher, item, 0.99).length).to.be.below(offeringsForAgendaItem(matcher, item, 0.2).length);
  });
});
