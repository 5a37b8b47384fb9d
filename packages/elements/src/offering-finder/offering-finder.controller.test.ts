import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createMatcher, searchOfferings, type Matcher } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { OfferingFinderController, type OfferingFinderOptions } from './offering-finder.controller.js';
import { finderDataset } from './testing/finder-data.js';

/** A bare host: records controllers and update requests, renders nothing. */
class StubHost extends EventTarget implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
  connect() {
    for (const c of this.controllers) c.hostConnected?.();
  }
  update() {
    for (const c of this.controllers) c.hostUpdate?.();
  }
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

const matcher: Matcher = createMatcher(finderDataset);

function setup(options: Partial<OfferingFinderOptions> = {}) {
  const host = new StubHost();
  let source: Matcher | undefined;
  let pageSize = 10;
  const controller = new OfferingFinderController(host, {
    source: () => source,
    pageSize: () => pageSize,
    debounce: () => 20,
    urlState: () => true,
    urlPrefix: () => 'tf-',
    ...options,
  });
  host.connect();
  host.update();
  return {
    host,
    controller,
    load: () => {
      source = matcher;
      host.update();
    },
    setPageSize: (n: number) => {
      pageSize = n;
      host.update();
    },
  };
}

function cleanUrl(search = '') {
  const keep = new URLSearchParams(location.search);
  for (const key of [...keep.keys()]) if (key.startsWith('tf-')) keep.delete(key);
  for (const [k, v] of new URLSearchParams(search)) keep.append(k, v);
  const query = keep.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
}

describe('OfferingFinderController (bare host)', () => {
  beforeEach(() => cleanUrl());
  after(() => cleanUrl());

  it('has no result until the matcher arrives, then browses everything', () => {
    const { controller, load } = setup();
    expect(controller.state.result).to.equal(undefined);
    load();
    expect(controller.state.result!.total).to.equal(finderDataset.offerings.length);
    expect(controller.state.input).to.equal('');
  });

  it('debounces typing, replaces the URL entry and fires ln-search-change once', async () => {
    const { host, controller, load } = setup();
    load();
    const events: Event[] = [];
    host.addEventListener('ln-search-change', (e) => events.push(e));
    const length = history.length;
    controller.type('vert');
    controller.type('vertrouwen');
    expect(controller.state.pending).to.equal(true);
    expect(controller.state.input).to.equal('vertrouwen');
    expect(controller.state.result!.params.query).to.equal('', 'not applied before the pause');
    await waitUntil(() => !controller.state.pending, undefined, { timeout: 8000 });
    expect(controller.state.result!.total).to.equal(searchOfferings(matcher, { query: 'vertrouwen' }).total);
    expect(events).to.have.length(1);
    expect(new URLSearchParams(location.search).get('tf-q')).to.equal('vertrouwen');
    expect(history.length).to.equal(length);
  });

  it('applies waiting text before a filter, pushes a history entry and fires ln-filter-change', () => {
    const { host, controller, load } = setup();
    load();
    const filters: Event[] = [];
    const searches: Event[] = [];
    host.addEventListener('ln-filter-change', (e) => filters.push(e));
    host.addEventListener('ln-search-change', (e) => searches.push(e));
    const length = history.length;
    controller.type('vertrouwen');
    controller.toggleFacet('scale', 'local');
    expect(controller.state.pending).to.equal(false);
    expect(controller.state.result!.params).to.deep.include({ query: 'vertrouwen', filters: { scale: ['local'] } });
    expect(controller.state.activeFilters).to.deep.equal([{ facet: 'scale', value: 'local' }]);
    expect(searches).to.have.length(1);
    expect(filters).to.have.length(1);
    expect(history.length).to.equal(length + 1);
    expect(location.search).to.contain('tf-scale=local');
    controller.toggleFacet('scale', 'no-such-scale');
    expect(filters).to.have.length(1, 'an unknown value changes nothing and fires nothing');
  });

  it('follows back/forward without firing events', async () => {
    const { host, controller, load } = setup();
    load();
    controller.toggleFacet('scale', 'local');
    controller.setSort('title');
    const events: Event[] = [];
    host.addEventListener('ln-filter-change', (e) => events.push(e));
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    expect(controller.state.result!.params).to.deep.include({ sort: 'relevance', filters: { scale: ['local'] } });
    expect(events).to.have.length(0);
  });

  it('starts from the URL when it holds state, else from the initial query', () => {
    cleanUrl('tf-q=masterclass&tf-sort=title');
    const a = setup({ initialQuery: () => 'wijk' });
    a.load();
    expect(a.controller.state.result!.params).to.deep.include({ query: 'masterclass', sort: 'title' });
    cleanUrl();
    const b = setup({ initialQuery: () => 'wijk' });
    b.load();
    expect(b.controller.state.result!.params.query).to.equal('wijk');
    const c = setup({ initialQuery: () => 'wijk', urlState: () => false });
    cleanUrl('tf-q=masterclass');
    c.load();
    expect(c.controller.state.result!.params.query).to.equal('wijk');
  });

  it('follows the page size and keeps it out of the URL; show more replaces the entry', () => {
    const { controller, load, setPageSize } = setup();
    load();
    setPageSize(5);
    expect(controller.state.result!.hits).to.have.length(5);
    const length = history.length;
    controller.showMore();
    expect(controller.state.result!.hits).to.have.length(10);
    expect(history.length).to.equal(length);
    expect(new URLSearchParams(location.search).get('tf-page')).to.equal('1');
    expect(location.search).not.to.contain('tf-size');
  });

  it('stops listening when disconnected', async () => {
    const { host, controller, load } = setup();
    load();
    controller.type('vertrouwen');
    host.disconnect();
    const before = host.updates;
    await new Promise((r) => setTimeout(r, 60));
    expect(controller.state.result!.params.query).to.equal('', 'the pending search was dropped');
    cleanUrl('tf-scale=local');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(controller.state.result!.params.filters).to.deep.equal({});
    expect(host.updates).to.equal(before);
  });
});
