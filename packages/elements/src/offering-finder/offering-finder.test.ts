import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { FACET_IDS, searchOfferings } from '@leernetwerk/sdk';
import type { FacetId, SearchParams, SearchResult } from '@leernetwerk/sdk';
import './ln-offering-finder.js';
import type { LnOfferingFinder } from './offering-finder.js';
import type { LnFilterChangeEvent, LnSearchChangeEvent } from './offering-finder.events.js';
import { dataStatus } from '../shared/testing/data-widget.js';
import { messagesReady, msg, type Lang } from '../shared/messages.js';
import { finderDataset, jsonUrl } from './testing/finder-data.js';

// The expected texts below are read with msg(lang) while the tests are defined: English is a
// lazy chunk, so load it first (shared/messages.test.ts covers loading it on first use).
await messagesReady('en');

const DATA = jsonUrl(finderDataset);
const sr = (el: Element) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => sr(el).querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...sr(el).querySelectorAll<E>(selector)];
const shownIds = (el: Element) => $$(el, '.finder__list > li').map((li) => li.dataset['offering']);
const liveText = (el: Element) => $(el, '[part~="live-region"]').textContent!.trim();
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Leaves the test page's URL without any finder keys, so tests do not leak state into each other. */
function cleanUrl(search = ''): void {
  const keep = new URLSearchParams(location.search);
  for (const key of [...keep.keys()]) if (key.startsWith('ln-') || key.startsWith('other-')) keep.delete(key);
  const extra = new URLSearchParams(search);
  for (const [key, value] of extra) keep.append(key, value);
  const query = keep.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

async function mount(lang: Lang, attrs: { urlState?: string; questionHref?: string; width?: string; prefix?: string } = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang} style=${`width:${attrs.width ?? '70em'}`}>
    <ln-offering-finder
      src=${DATA}
      url-state=${attrs.urlState ?? 'on'}
      url-prefix=${attrs.prefix ?? 'ln-'}
      question-href=${attrs.questionHref ?? '#vraag'}
    ></ln-offering-finder>
  </div>`);
  const el = wrap.querySelector<LnOfferingFinder>('ln-offering-finder')!;
  await dataStatus(el, 'ready');
  await settle(el);
  return el;
}

/** Waits until typing has been applied and the count was announced. */
async function settle(el: LnOfferingFinder): Promise<void> {
  await waitUntil(() => !el.finder.state.pending, 'search never ran', { timeout: 8000 });
  await el.updateComplete;
  const total = el.finder.state.result!.total;
  await waitUntil(() => liveText(el) === msg(el.closest('[lang]')!.getAttribute('lang') as Lang).offeringFinder.results.count(total), 'count never announced', {
    timeout: 8000,
  });
}

/** What the SDK says directly for the same parameters, on the element's own matcher. */
function direct(el: LnOfferingFinder, params: SearchParams): SearchResult {
  return searchOfferings(el.data.value.matcher!, { pageSize: 10, ...params });
}

async function typeQuery(el: LnOfferingFinder, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#of-q');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await waitUntil(() => el.finder.state.result!.params.query === text, `query "${text}" never applied`, { timeout: 8000 });
  await settle(el);
}

const checkbox = (el: Element, facet: FacetId, label: string) =>
  $$<HTMLInputElement>(el, `#of-facet-${facet} input`).find((input) => input.labels![0]!.textContent!.includes(label))!;

function renderedCounts(el: Element, facet: FacetId): string[] {
  return $$(el, `#of-facet-${facet} .facet__count`).map((c) => c.textContent!.trim());
}

beforeEach(() => cleanUrl());
after(() => cleanUrl());

for (const lang of ['nl', 'en'] as const) {
  const t = msg(lang).offeringFinder;
  const local = lang === 'nl' ? 'Lokaal' : 'Local';
  const regional = lang === 'nl' ? 'Regionaal' : 'Regional';

  describe(`<ln-offering-finder> (${lang})`, function () {
    // Generous on a loaded machine: each test types, waits for debounced searches and runs axe.
    this.timeout(30_000);
    it('browses every offering with an empty query and announces the count', async () => {
      const el = await mount(lang);
      const all = direct(el, {});
      expect(all.total).to.equal(finderDataset.offerings.length);
      expect(liveText(el)).to.equal(t.results.count(all.total));
      expect(shownIds(el)).to.deep.equal(all.hits.map((h) => h.item.id));
      expect(sr(el).textContent).to.contain(t.results.shown(10, all.total));
      expect($$(el, 'ln-take-part[subject-type="offering"]').map((tp) => tp.getAttribute('subject-id'))).to.deep.equal(shownIds(el));
      await expect(el).to.be.accessible();
    });

    it('updates results and the live count while typing "vertrouwen", with reasons in words', async () => {
      const el = await mount(lang);
      const events: LnSearchChangeEvent[] = [];
      el.addEventListener('ln-search-change', (e) => events.push(e));
      await typeQuery(el, 'vertrouwen');
      const expected = direct(el, { query: 'vertrouwen' });
      expect(expected.total).to.be.greaterThan(0);
      expect(shownIds(el)).to.deep.equal(expected.hits.map((h) => h.item.id));
      expect(liveText(el)).to.equal(t.results.count(expected.total));
      expect(events.length).to.equal(1, 'one event after the typing pause');
      expect(events[0]!.detail).to.include({ query: 'vertrouwen', total: expected.total });
      const why = $(el, '.finder__list > li [part~="card-why"]');
      expect(why.textContent).to.contain('vertrouwen');
      await expect(el).to.be.accessible();
    });

    it('still finds with a typo ("vertrouwn")', async () => {
      const el = await mount(lang);
      await typeQuery(el, 'vertrouwn');
      const correct = direct(el, { query: 'vertrouwen' });
      expect(shownIds(el)).to.have.members(correct.hits.map((h) => h.item.id));
      expect(liveText(el)).to.equal(t.results.count(correct.total));
    });

    it('filters with Space on a facet checkbox; counts agree with searchOfferings', async () => {
      const el = await mount(lang);
      await typeQuery(el, 'vertrouwen');
      const events: LnFilterChangeEvent[] = [];
      el.addEventListener('ln-filter-change', (e) => events.push(e));
      const box = checkbox(el, 'scale', local);
      box.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(box.checked).to.equal(true);
      expect(deepActive() === box, 'focus stays on the checkbox').to.equal(true);
      const expected = direct(el, { query: 'vertrouwen', filters: { scale: ['local'] } });
      expect(shownIds(el)).to.deep.equal(expected.hits.map((h) => h.item.id));
      expect(liveText(el)).to.equal(t.results.count(expected.total));
      for (const facet of FACET_IDS) {
        expect(renderedCounts(el, facet), facet).to.deep.equal(expected.facets[facet].map((v) => t.facets.count(v.count)));
      }
      expect(events.map((e) => e.detail.changed)).to.deep.equal([{ facet: 'scale', value: 'local' }]);
      await expect(el).to.be.accessible();

      // A second value of the same facet widens the result (OR within a facet).
      checkbox(el, 'scale', regional).focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      const both = direct(el, { query: 'vertrouwen', filters: { scale: ['local', 'regional'] } });
      expect(shownIds(el)).to.deep.equal(both.hits.map((h) => h.item.id));
      expect(both.total).to.be.greaterThan(expected.total);
    });

    it('shows chosen filters as chips; removing one by keyboard moves focus sensibly; "clear all"', async () => {
      const el = await mount(lang);
      checkbox(el, 'scale', local).focus();
      await sendKeys({ press: 'Space' });
      checkbox(el, 'direction', lang === 'nl' ? 'Verticaal' : 'Vertical').focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      const chips = $$(el, '.chip');
      expect(chips.map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.have.length(2);
      expect(chips[0]!.textContent).to.contain(t.active.remove);
      await expect(el).to.be.accessible();
      chips[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.finder.state.activeFilters).to.deep.equal([{ facet: 'direction', value: 'vertical' }]);
      expect(deepActive() === $$(el, '.chip')[0], 'focus on the chip that took its place').to.equal(true);
      const clear = $(el, '.chips__clear');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.finder.state.activeFilters).to.deep.equal([]);
      expect(deepActive() === $(el, '#of-q'), 'focus on the search box').to.equal(true);
      expect(shownIds(el)).to.have.length(10);
    });

    it('sorts by title with the keyboard', async () => {
      const el = await mount(lang);
      const select = $<HTMLSelectElement>(el, '#of-sort');
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => el.finder.state.result!.params.sort === 'title', 'sort never changed', { timeout: 8000 });
      await el.updateComplete;
      const expected = direct(el, { sort: 'title' });
      expect(shownIds(el)).to.deep.equal(expected.hits.map((h) => h.item.id));
      expect(shownIds(el)).not.to.deep.equal(direct(el, { sort: 'provider' }).hits.map((h) => h.item.id));
      await expect(el).to.be.accessible();
    });

    it('"show more" adds the next page and focuses the first new offering', async () => {
      const el = await mount(lang);
      const more = [...$$(el, '.finder__more button')][0]!;
      expect(more.textContent!.trim()).to.equal(t.results.more);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => shownIds(el).length === 20, 'second page never shown', { timeout: 8000 });
      const eleventh = $$(el, '.finder__list > li')[10]!;
      expect(eleventh.dataset['offering']).to.equal(direct(el, { page: 1 }).hits[10]!.item.id);
      await waitUntil(() => eleventh.contains(deepActive()), 'focus never moved to the first new offering', { timeout: 8000 });
      expect(deepActive()!.hasAttribute('data-card-focus')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('collapses long facets behind "show all N"', async () => {
      const el = await mount(lang);
      const providers = direct(el, {}).facets.provider.length;
      expect($$(el, '#of-facet-provider li')).to.have.length(5);
      const toggle = $$(el, '.facet__more').find((b) => b.getAttribute('aria-controls') === 'of-facet-provider')!;
      expect(toggle.textContent).to.contain(t.facets.showAll(providers));
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($$(el, '#of-facet-provider li')).to.have.length(providers);
      expect(deepActive() === toggle, 'focus').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps a ticked value beyond the first few in sight, and focused, when it is unticked', async () => {
      cleanUrl('ln-provider=Testacademie');
      const el = await mount(lang);
      const box = checkbox(el, 'provider', 'Testacademie');
      expect($$(el, '#of-facet-provider li')).to.have.length(6, 'the first five and the ticked one');
      box.focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(box.checked).to.equal(false);
      expect(deepActive() === box, 'focus').to.equal(true);
      expect($$(el, '#of-facet-provider li')).to.have.length(direct(el, {}).facets.provider.length);
    });

    it('keeps the state in the URL; the back button restores the previous state', async () => {
      const el = await mount(lang);
      const start = history.length;
      checkbox(el, 'scale', local).focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(new URLSearchParams(location.search).get('ln-scale')).to.equal('local');
      expect(history.length).to.equal(start + 1, 'a filter is a step in history');
      await typeQuery(el, 'vertrouwen');
      expect(new URLSearchParams(location.search).get('ln-q')).to.equal('vertrouwen');
      expect(history.length).to.equal(start + 1, 'typing replaces');
      checkbox(el, 'scale', regional).focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(new URLSearchParams(location.search).get('ln-scale')).to.equal('local,regional');

      const events: Event[] = [];
      el.addEventListener('ln-filter-change', (e) => events.push(e));
      el.addEventListener('ln-search-change', (e) => events.push(e));
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      await settle(el);
      expect(el.finder.state.result!.params.filters).to.deep.equal({ scale: ['local'] });
      expect(checkbox(el, 'scale', regional).checked).to.equal(false);
      expect($<HTMLInputElement>(el, '#of-q').value).to.equal('vertrouwen');
      const expected = direct(el, { query: 'vertrouwen', filters: { scale: ['local'] } });
      expect(shownIds(el)).to.deep.equal(expected.hits.map((h) => h.item.id));
      expect(liveText(el)).to.equal(t.results.count(expected.total));
      expect(events, 'no events for back/forward').to.have.length(0);
    });

    it('restores a shared link (?ln-q=…&ln-scale=local) and keeps other URL keys', async () => {
      cleanUrl('ln-q=vertrouwen&ln-scale=local&other-key=1');
      const el = await mount(lang);
      expect($<HTMLInputElement>(el, '#of-q').value).to.equal('vertrouwen');
      expect(checkbox(el, 'scale', local).checked).to.equal(true);
      const expected = direct(el, { query: 'vertrouwen', filters: { scale: ['local'] } });
      expect(shownIds(el)).to.deep.equal(expected.hits.map((h) => h.item.id));
      expect(liveText(el)).to.equal(t.results.count(expected.total));
      $$(el, '.chip')[0]!.click();
      await settle(el);
      expect(new URLSearchParams(location.search).get('other-key')).to.equal('1');
      expect(new URLSearchParams(location.search).has('ln-scale')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('leaves the URL alone with url-state="off"', async () => {
      cleanUrl('ln-q=masterclass');
      const el = await mount(lang, { urlState: 'off' });
      expect($<HTMLInputElement>(el, '#of-q').value).to.equal('');
      checkbox(el, 'scale', local).focus();
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(location.search).to.contain('ln-q=masterclass');
      expect(location.search).not.to.contain('ln-scale');
    });

    it('shows an empty state that leads to the question form with the query', async () => {
      const el = await mount(lang);
      await typeQuery(el, 'zzzz');
      expect(liveText(el)).to.equal(t.results.count(0));
      const empty = $(el, '[part~="empty"]');
      expect(empty.textContent).to.contain(t.empty.query('zzzz'));
      const link = empty.querySelector<HTMLAnchorElement>('a')!;
      expect(link.textContent!.trim()).to.equal(t.empty.ask);
      const href = new URL(link.href);
      expect(href.searchParams.get('ln-vraag')).to.equal('zzzz');
      expect(href.hash).to.equal('#vraag');
      await expect(el).to.be.accessible();
      el.questionHref = '/leervraag';
      await el.updateComplete;
      expect(empty.querySelector('a')!.getAttribute('href')).to.equal('/leervraag?ln-vraag=zzzz');
      el.questionHref = 'javascript:alert(1)';
      await el.updateComplete;
      expect(empty.querySelector('a')!.getAttribute('href')).not.to.contain('javascript');
    });

    it('folds the facets into a disclosure in a narrow container', async () => {
      const el = await mount(lang, { width: '20em' });
      const toggle = $(el, '.finder__filters-toggle');
      const panel = $(el, '#of-facets');
      expect(getComputedStyle(toggle).display).not.to.equal('none');
      expect(getComputedStyle(panel).display).to.equal('none');
      await expect(el).to.be.accessible();
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(panel).display).not.to.equal('none');
      await expect(el).to.be.accessible();
    });

    it('fits the page outline with heading-level and hide-title', async () => {
      const el = await mount(lang);
      el.headingLevel = 3;
      el.hideTitle = true;
      await el.updateComplete;
      expect($(el, '#of-title').localName).to.equal('h3');
      expect($(el, '#of-title').classList.contains('visually-hidden')).to.equal(true);
      expect($(el, '[part~="base"]').hasAttribute('aria-labelledby'), 'no second landmark with the page heading').to.equal(false);
      expect($(el, '.finder__facets-heading').localName).to.equal('h4');
      expect($$(el, '.card__title').every((h) => h.localName === 'h4')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('shows loading and load errors accessibly', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
        <ln-offering-finder src="/test/browser/fixtures/does-not-exist.json"></ln-offering-finder>
      </div>`);
      const el = wrap.querySelector<LnOfferingFinder>('ln-offering-finder')!;
      await dataStatus(el, 'error');
      expect($(el, '[role="alert"]').textContent).to.contain('404');
      await expect(el).to.be.accessible();
    });
  });
}
