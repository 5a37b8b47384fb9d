import { expect } from '@open-wc/testing';
import { defaultDataset } from '@leernetwerk/data';
import * as sdk from '@leernetwerk/sdk';
import { createMatcher } from '@leernetwerk/sdk';
import { agendaSections, countItems, knownFilters } from './agenda-model.js';
import { DEFAULT_AGENDA_MIN_FIT, offeringsForAgendaItem } from './agenda-offerings.js';
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

  it('is the SDK function: the widget holds no ranking or threshold of its own', () => {
    expect(offeringsForAgendaItem).to.equal(sdk.offeringsForAgendaItem);
    expect(DEFAULT_AGENDA_MIN_FIT).to.equal(sdk.DEFAULT_AGENDA_MIN_FIT);
  });

  it('puts linked offerings first, always, then what fits by the SDK measure (score × coverage)', () => {
    const gap6 = defaultDataset.agenda.find((a) => a.id === 'gap-6')!;
    const linked = defaultDataset.offerings.filter((o) => o.agendaItems?.includes('gap-6')).map((o) => o.id);
    for (const minFit of [0, DEFAULT_AGENDA_MIN_FIT, 1]) {
      const found = offeringsForAgendaItem(matcher, gap6, { minFit });
      expect(found.filter((f) => f.linked).map((f) => f.offering.id)).to.deep.equal(linked);
      expect(found.slice(0, linked.length).every((f) => f.linked)).to.equal(true);
      for (const f of found.filter((x) => !x.linked)) expect(f.fit).to.be.at.least(minFit);
    }
  });

  it('finds fewer offerings with a higher minimum fit', () => {
    const item = defaultDataset.agenda.find((a) => a.id === 'org-vertical')!;
    expect(offeringsForAgendaItem(matcher, item, { minFit: 0.99 }).length).to.be.below(offeringsForAgendaItem(matcher, item, { minFit: 0.2 }).length);
  });
});
