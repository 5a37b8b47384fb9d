import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultDataset } from '@leernetwerk/data';
import './ln-provider.js';
import type { LnProvider } from './provider.js';
import { dataStatus, requestCount, uniqueId, type LnTestDataWidget } from '../shared/testing/data-widget.js';
import '../shared/testing/data-widget.js';

const FIX = '/test/browser/fixtures';
const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();

async function widgetIn(lang: string, src: string, timeout?: number) {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <ln-provider src=${src} timeout=${timeout ?? 15000}><ln-test-data-widget></ln-test-data-widget></ln-provider>
  </div>`);
  return {
    provider: wrap.querySelector<LnProvider>('ln-provider')!,
    widget: wrap.querySelector<LnTestDataWidget>('ln-test-data-widget')!,
  };
}

for (const lang of ['nl', 'en'] as const) {
  describe(`<ln-provider> data states (${lang})`, () => {
    it('shows an accessible, busy loading status, then the data', async () => {
      const { widget } = await widgetIn(lang, `/__ln-test__/slow?ms=600&file=mini-dataset.json&u=${uniqueId()}`);
      await dataStatus(widget, 'loading');
      const busy = shadow(widget).querySelector('[aria-busy="true"]')!;
      expect(busy).to.exist;
      const status = busy.querySelector('[role="status"]')!;
      expect(status.textContent).to.contain(lang === 'nl' ? 'Gegevens worden geladen' : 'Loading data');
      await expect(widget).to.be.accessible();
      await dataStatus(widget, 'ready');
      expect(shadow(widget).querySelector('[aria-busy]')).to.equal(null);
      expect(text(widget)).to.contain(lang === 'nl' ? '2 agendapunten en 2 leeraanbiedingen' : '2 agenda items and 2 learning offerings');
      await expect(widget).to.be.accessible();
    });

    it('says the file was not found (404) in an alert with a retry button', async () => {
      const { widget } = await widgetIn(lang, `${FIX}/does-not-exist.json`);
      const state = await dataStatus(widget, 'error');
      expect(state.error).to.deep.equal({ kind: 'not-found', httpStatus: 404 });
      const alert = shadow(widget).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(lang === 'nl' ? 'niet gevonden (404)' : 'not found (404)');
      expect(alert.querySelector('button')!.textContent).to.equal(lang === 'nl' ? 'Opnieuw proberen' : 'Try again');
      await expect(widget).to.be.accessible();
    });

    it('gives up after the timeout', async () => {
      const { widget } = await widgetIn(lang, `/__ln-test__/slow?ms=3000&u=${uniqueId()}`, 250);
      const state = await dataStatus(widget, 'error');
      expect(state.error?.kind).to.equal('timeout');
      expect(text(widget)).to.contain(lang === 'nl' ? 'duurde te lang' : 'took too long');
      await expect(widget).to.be.accessible();
    });

    it('reports a file that is not JSON', async () => {
      const { widget } = await widgetIn(lang, `${FIX}/broken.json`);
      const state = await dataStatus(widget, 'error');
      expect(state.error?.kind).to.equal('json');
      expect(text(widget)).to.contain(lang === 'nl' ? 'geen geldige JSON' : 'not valid JSON');
      await expect(widget).to.be.accessible();
    });

    it('reports data that is not a dataset, with technical details', async () => {
      const { widget } = await widgetIn(lang, `${FIX}/invalid-dataset.json`);
      const state = await dataStatus(widget, 'error');
      expect(state.error?.kind).to.equal('invalid');
      expect(state.problems.length).to.be.above(0);
      expect(text(widget)).to.contain(lang === 'nl' ? 'niet de verwachte opbouw' : 'not have the expected structure');
      const details = shadow(widget).querySelector('details')!;
      expect(details.querySelector('summary')!.textContent).to.equal(lang === 'nl' ? 'Technische details' : 'Technical details');
      expect(details.querySelectorAll('li').length).to.be.within(1, 6);
      await expect(widget).to.be.accessible();
    });

    it('loads partly valid data and says how much was skipped', async () => {
      const { widget } = await widgetIn(lang, `${FIX}/partial-dataset.json`);
      const state = await dataStatus(widget, 'ready');
      expect(state.dataset!.offerings.map((o) => o.id)).to.deep.equal(['wijkagent-intervisie', 'bewoners-lokaal']);
      expect(state.notice!.dropped).to.equal(2);
      expect(state.notice!.problems).to.be.at.least(2);
      const notice = shadow(widget).querySelector('[part~="data-notice"]')!;
      expect(notice.getAttribute('role')).to.equal('status');
      expect(notice.textContent).to.contain(lang === 'nl' ? '2 onderdelen' : '2 items');
      await expect(widget).to.be.accessible();
    });
  });
}

describe('<ln-provider> retry', () => {
  it('retries with the keyboard and keeps focus in the widget', async () => {
    const id = uniqueId('retry');
    const { widget } = await widgetIn('nl', `/__ln-test__/flaky/${id}?fail=1&code=503&file=mini-dataset.json`);
    const failed = await dataStatus(widget, 'error');
    expect(failed.error).to.deep.equal({ kind: 'http', httpStatus: 503 });
    const button = shadow(widget).querySelector<HTMLButtonElement>('[role="alert"] button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await dataStatus(widget, 'loading', 'ready');
    await dataStatus(widget, 'ready');
    expect(await requestCount(id)).to.equal(2);
    expect(text(widget)).to.contain('2 agendapunten');
  });

  it('moves focus to the loading status when retrying by keyboard', async () => {
    const id = uniqueId('retry-focus');
    // Fails twice, so the second load is slow enough to see: third call succeeds.
    const { widget } = await widgetIn('en', `/__ln-test__/flaky/${id}?fail=1&code=500&file=mini-dataset.json`);
    await dataStatus(widget, 'error');
    const button = shadow(widget).querySelector<HTMLButtonElement>('[role="alert"] button')!;
    button.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => shadow(widget).activeElement !== button, 'focus stayed on the removed button');
    const active = shadow(widget).activeElement;
    // Either the status got focus while loading, or loading was already done (focus left the gone button).
    if (active) expect(active.hasAttribute('data-ln-status')).to.equal(true);
    await dataStatus(widget, 'ready');
  });
});

describe('data sharing and fallbacks', () => {
  it('shares one load and one matcher between widgets in a provider', async () => {
    const id = uniqueId('share');
    const wrap = await fixture<HTMLDivElement>(html`<ln-provider src=${`/__ln-test__/flaky/${id}?fail=0&file=mini-dataset.json`}>
      <ln-test-data-widget></ln-test-data-widget>
      <div><ln-test-data-widget src="/ignored-inside-a-provider.json"></ln-test-data-widget></div>
    </ln-provider>`);
    const [a, b] = wrap.querySelectorAll<LnTestDataWidget>('ln-test-data-widget');
    const sa = await dataStatus(a!, 'ready');
    const sb = await dataStatus(b!, 'ready');
    expect(a!.data.mode).to.equal('context');
    expect(sa.matcher).to.exist;
    expect(sa.matcher).to.equal(sb.matcher);
    expect(sa.dataset).to.equal(sb.dataset);
    expect(await requestCount(id)).to.equal(1);
  });

  it('follows a change of the provider src', async () => {
    const provider = await fixture<LnProvider>(html`<ln-provider src=${`${FIX}/mini-dataset.json`}><ln-test-data-widget></ln-test-data-widget></ln-provider>`);
    const widget = provider.querySelector<LnTestDataWidget>('ln-test-data-widget')!;
    await dataStatus(widget, 'ready');
    provider.src = `${FIX}/partial-dataset.json`;
    await waitUntil(() => widget.data.value.notice !== undefined, 'new data never arrived');
    expect(widget.data.value.source).to.match(/partial-dataset\.json$/);
  });

  it('uses its own src when there is no provider', async () => {
    const widget = await fixture<LnTestDataWidget>(html`<ln-test-data-widget src=${`${FIX}/mini-dataset.json`}></ln-test-data-widget>`);
    const state = await dataStatus(widget, 'ready');
    expect(widget.data.mode).to.equal('own');
    expect(state.source).to.equal(new URL(`${FIX}/mini-dataset.json`, location.href).href);
    expect(state.dataset!.offerings.length).to.equal(2);
  });

  it('falls back to the bundled default dataset, loaded once for all widgets', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><ln-test-data-widget></ln-test-data-widget><ln-test-data-widget lang="en"></ln-test-data-widget></div>`);
    const [a, b] = wrap.querySelectorAll<LnTestDataWidget>('ln-test-data-widget');
    const sa = await dataStatus(a!, 'ready');
    const sb = await dataStatus(b!, 'ready');
    expect(sa.source).to.equal('default');
    expect(sa.dataset).to.equal(defaultDataset);
    expect(sa.matcher).to.equal(sb.matcher);
    expect(sa.dataset!.agenda.length).to.equal(defaultDataset.agenda.length);
    await expect(a!).to.be.accessible();
    await expect(b!).to.be.accessible();
  });

  it('a matcher from the provider answers questions', async () => {
    const provider = await fixture<LnProvider>(html`<ln-provider src=${`${FIX}/mini-dataset.json`}></ln-provider>`);
    await waitUntil(() => provider.data.status === 'ready');
    const result = provider.data.matcher!.match('intervisie voor wijkagenten');
    expect(result.offerings[0]?.item.id).to.equal('wijkagent-intervisie');
  });
});
