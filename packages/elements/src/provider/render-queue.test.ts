import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './ln-provider.js';
import type { LnProvider } from './provider.js';
import { queueRender, queuedRenders } from './render-queue.js';
import { dataStatus, type LnTestDataWidget } from '../shared/testing/data-widget.js';
import '../shared/testing/data-widget.js';

const FIX = '/test/browser/fixtures';
const shadow = (el: Element) => el.shadowRoot!;

/** Hosts in a column; `below` puts each one three screens further down. */
async function hosts(count: number, { below = false } = {}): Promise<HTMLElement[]> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  return Array.from({ length: count }, () => {
    const el = document.createElement('div');
    el.innerHTML = '<button type="button">in</button>';
    if (below) el.style.marginBlockStart = '300vh';
    wrap.append(el);
    return el;
  });
}

describe('render queue', () => {
  beforeEach(() => window.scrollTo(0, 0));

  it('releases one widget per task', async () => {
    const [a, b, c] = await hosts(3);
    const leftAfterTask: number[] = [];
    const released: string[] = [];
    const release = (name: string) => () => {
      released.push(name);
      // Runs at the end of this task, before any other task could release the next widget.
      queueMicrotask(() => leftAfterTask.push(queuedRenders()));
    };
    queueRender(a!, release('a'));
    queueRender(b!, release('b'));
    queueRender(c!, release('c'));
    expect(released).to.deep.equal([]);
    await waitUntil(() => released.length === 3, 'not every widget was released', { timeout: 3000 });
    expect(released).to.deep.equal(['a', 'b', 'c']);
    expect(leftAfterTask).to.deep.equal([2, 1, 0]);
  });

  it('releases a widget at once when focus moves into it', async () => {
    const [a, b] = await hosts(2, { below: true });
    const released: string[] = [];
    queueRender(a!, () => released.push('a'));
    queueRender(b!, () => released.push('b'));
    b!.querySelector('button')!.focus();
    expect(released).to.deep.equal(['b']);
    await waitUntil(() => released.length === 2, 'a was never released', { timeout: 3000 });
  });

  it('releases widgets in view before widgets further down, and those too without scrolling', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div id="far" style="position: absolute; inset-block-start: 400vh">far</div>
      <div id="near">near</div>
    </div>`);
    const released: string[] = [];
    queueRender(wrap.querySelector<HTMLElement>('#far')!, () => released.push('far'));
    queueRender(wrap.querySelector<HTMLElement>('#near')!, () => released.push('near'));
    await waitUntil(() => released.length === 2, 'not every widget was released', { timeout: 3000 });
    expect(released).to.deep.equal(['near', 'far']);
  });

  it('queuing again replaces the release, and cancelling takes a widget out', async () => {
    const [a, b] = await hosts(2);
    const released: string[] = [];
    queueRender(a!, () => released.push('a1'));
    queueRender(a!, () => released.push('a2'));
    const cancel = queueRender(b!, () => released.push('b'));
    cancel();
    await waitUntil(() => queuedRenders() === 0, 'the queue never emptied', { timeout: 3000 });
    expect(released).to.deep.equal(['a2']);
  });
});

describe('widgets get their data through the queue', () => {
  it('every widget in a provider renders its data, also those far below the fold', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="nl">
      <ln-provider src=${`${FIX}/mini-dataset.json`}>
        <ln-test-data-widget></ln-test-data-widget>
        <ln-test-data-widget></ln-test-data-widget>
        <div style="margin-block-start: 400vh"><ln-test-data-widget></ln-test-data-widget></div>
      </ln-provider>
    </div>`);
    const widgets = [...wrap.querySelectorAll<LnTestDataWidget>('ln-test-data-widget')];
    for (const w of widgets) await dataStatus(w, 'ready');
    for (const w of widgets) expect(shadow(w).querySelector('.counts')!.textContent).to.contain('2 agendapunten');
    await expect(widgets[2]!).to.be.accessible();
  });

  it('a widget shows its loading state until its turn, never an empty box', async () => {
    const provider = await fixture<LnProvider>(html`<ln-provider src=${`${FIX}/mini-dataset.json`}>
      <ln-test-data-widget></ln-test-data-widget><ln-test-data-widget></ln-test-data-widget>
    </ln-provider>`);
    const widgets = [...provider.querySelectorAll<LnTestDataWidget>('ln-test-data-widget')];
    const seen = new Set<string>();
    await waitUntil(
      () => {
        for (const w of widgets) {
          const root = shadow(w);
          if (root.querySelector('.counts')) seen.add('ready');
          else if (root.querySelector('[aria-busy="true"] [role="status"]')) seen.add('loading');
          else seen.add('empty');
        }
        return widgets.every((w) => w.data.value.status === 'ready');
      },
      'the widgets never got their data',
      { interval: 1 },
    );
    expect([...seen].sort()).to.deep.equal(['loading', 'ready']);
  });

  it('focus moving into a widget that waits for its turn renders its data at once', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="nl">
      <ln-provider src=${`${FIX}/mini-dataset.json`}>
        <ln-test-data-widget></ln-test-data-widget>
        <div style="margin-block-start: 400vh"><ln-test-data-widget id="far"></ln-test-data-widget></div>
      </ln-provider>
    </div>`);
    const far = wrap.querySelector<LnTestDataWidget>('#far')!;
    const provider = wrap.querySelector<LnProvider>('ln-provider')!;
    await waitUntil(() => provider.data.status === 'ready' && queuedRenders() > 0, 'the widgets never queued', { interval: 1 });
    expect(far.data.value.status).to.equal('loading');
    shadow(far).querySelector<HTMLElement>('[data-ln-status]')!.focus();
    expect(far.data.value.status, 'ready within the focus event').to.equal('ready');
    await far.updateComplete;
    expect(shadow(far).querySelector('.counts')!.textContent).to.contain('2 agendapunten');
    await expect(far).to.be.accessible();
  });

  it('a widget moved while it waits for its turn still renders its data', async () => {
    const provider = await fixture<LnProvider>(html`<ln-provider src=${`${FIX}/mini-dataset.json`}>
      <div id="a"><ln-test-data-widget></ln-test-data-widget></div><div id="b"></div>
    </ln-provider>`);
    const widget = provider.querySelector<LnTestDataWidget>('ln-test-data-widget')!;
    await provider.loaded;
    await waitUntil(() => queuedRenders() > 0 || widget.data.value.status === 'ready', 'never queued');
    provider.querySelector('#b')!.append(widget);
    await dataStatus(widget, 'ready');
    expect(shadow(widget).querySelector('.counts')).to.exist;
  });
});
