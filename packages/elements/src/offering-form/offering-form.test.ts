import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseOffering } from '@leernetwerk/sdk';
import './ln-offering-form.js';
import type { LnOfferingForm } from './offering-form.js';
import type { LnOfferingSubmitEvent } from './offering-form.events.js';
import { FIELD_IDS } from './offering-form.draft.js';
import { dataStatus, uniqueId } from '../shared/testing/data-widget.js';
import { messagesReady, msg, type Lang } from '../shared/messages.js';
import { finderDataset, jsonUrl } from '../offering-finder/testing/finder-data.js';

// The expected texts below are read with msg(lang) while the tests are defined: English is a
// lazy chunk, so load it first (shared/messages.test.ts covers loading it on first use).
await messagesReady('en');

const DATA = jsonUrl(finderDataset);
const sr = (el: Element) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) => sr(el).querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [...sr(el).querySelectorAll<E>(selector)];
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

async function mount(lang: Lang, attrs: { action?: string; mailto?: string; id?: string } = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <ln-offering-form id=${attrs.id ?? 'form'} src=${DATA} .action=${attrs.action} .mailto=${attrs.mailto}></ln-offering-form>
  </div>`);
  const el = wrap.querySelector<LnOfferingForm>('ln-offering-form')!;
  el.delivery = { retries: 0, timeout: 8000 };
  await dataStatus(el, 'ready');
  return el;
}

async function typeInto(el: LnOfferingForm, id: string, text: string): Promise<void> {
  $(el, `#${id}`).focus();
  await sendKeys({ type: text });
}

async function tick(el: LnOfferingForm, id: string): Promise<void> {
  $(el, `#${id}`).focus();
  await sendKeys({ press: 'Space' });
}

/** Fills every required field with the keyboard. */
async function fillRequired(el: LnOfferingForm): Promise<void> {
  await typeInto(el, FIELD_IDS.titleNl, 'Buurtkring Vertrouwen & Één');
  await typeInto(el, FIELD_IDS.provider, 'Gemeente Voorbeeldstad');
  await typeInto(el, FIELD_IDS.descriptionNl, 'Bewoners en professionals leren samen.');
  await tick(el, `${FIELD_IDS.themes}-safety`);
  await tick(el, `${FIELD_IDS.targetGroups}-resident`);
  await tick(el, `${FIELD_IDS.learningForms}-learning-circle`);
  await tick(el, `${FIELD_IDS.direction}-vertical`);
  await tick(el, `${FIELD_IDS.domainScope}-cross-domain`);
  await tick(el, `${FIELD_IDS.scale}-local`);
  await el.updateComplete;
}

async function submitForm(el: LnOfferingForm): Promise<void> {
  const button = $$(el, 'form button[type="submit"]')[0]!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

for (const lang of ['nl', 'en'] as const) {
  const t = msg(lang);
  const words = t.offeringForm;

  describe(`<ln-offering-form> (${lang})`, function () {
    // Generous on a loaded machine: each test types, waits for debounced searches and runs axe.
    this.timeout(30_000);
    it('renders every field with explanations from the dataset, accessibly', async () => {
      const el = await mount(lang);
      const circle = finderDataset.learningForms.find((f) => f.id === 'learning-circle')!;
      expect($(el, `#${FIELD_IDS.learningForms}-learning-circle-hint`).textContent).to.equal(circle.description![lang] ?? circle.description!.nl);
      expect($(el, `#${FIELD_IDS.direction}-vertical-hint`).textContent).to.equal(words.fields.direction.options.vertical);
      expect($(el, `#${FIELD_IDS.domainScope}-cross-domain-hint`).textContent).to.equal(words.fields.domainScope.options['cross-domain']);
      expect($(el, `#${FIELD_IDS.titleNl}`).getAttribute('aria-required')).to.equal('true');
      expect($$(el, `#${FIELD_IDS.themes} input[type="checkbox"]`)).to.have.length(finderDataset.themes.length);
      expect($$(el, `#${FIELD_IDS.network} option`)).to.have.length(finderDataset.networks.length + 1);
      await expect(el).to.be.accessible();
    });

    it('lists missing required fields in an error summary whose links focus the fields', async () => {
      const el = await mount(lang);
      await submitForm(el);
      const summary = $(el, '#ofm-errors');
      expect(deepActive() === summary, 'focus').to.equal(true);
      const links = $$<HTMLAnchorElement>(el, '#ofm-errors a');
      expect(links.map((a) => a.textContent)).to.deep.equal([
        words.errors.titleNl,
        words.errors.provider,
        words.errors.descriptionNl,
        words.errors.themes,
        words.errors.targetGroups,
        words.errors.learningForms,
        words.errors.direction,
        words.errors.domainScope,
        words.errors.scale,
      ]);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Tab' });
      expect(deepActive() === links[0], 'focus').to.equal(true);
      await sendKeys({ press: 'Enter' });
      expect(deepActive()!.id).to.equal(FIELD_IDS.titleNl);
      expect(deepActive()!.getAttribute('aria-invalid')).to.equal('true');
      links[3]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(deepActive()!.id).to.equal(`${FIELD_IDS.themes}-${finderDataset.themes.find((th) => th.kind === 'content')!.id}`);
    });

    it('rejects a web address that is not http(s), and the error goes once it is fixed', async () => {
      const el = await mount(lang);
      await fillRequired(el);
      await typeInto(el, FIELD_IDS.url, 'www.voorbeeld.nl');
      await submitForm(el);
      expect($$(el, '#ofm-errors a').map((a) => a.textContent)).to.deep.equal([words.errors.url]);
      expect($(el, `#${FIELD_IDS.url}`).getAttribute('aria-describedby')).to.contain(`${FIELD_IDS.url}-error`);
      await expect(el).to.be.accessible();
      const url = $<HTMLInputElement>(el, `#${FIELD_IDS.url}`);
      url.focus();
      url.select();
      await sendKeys({ type: 'https://www.voorbeeld.nl/buurtkring' });
      await el.updateComplete;
      expect(sr(el).querySelector('#ofm-errors')).to.equal(null);
    });

    it('reviews with a preview card, then sends the validated offering in the event', async () => {
      const el = await mount(lang);
      await fillRequired(el);
      await typeInto(el, FIELD_IDS.url, 'https://www.voorbeeld.nl/buurtkring');
      await tick(el, `${FIELD_IDS.duration}-one-off`);
      await submitForm(el);
      expect(deepActive()!.id).to.equal('ofm-review-heading');
      const preview = $(el, '[part~="preview"]');
      const card = preview.querySelector('[part~="card"]')!;
      expect(card.querySelector('.card__title a')!.textContent).to.equal('Buurtkring Vertrouwen & Één');
      expect(card.querySelector('.card__title a')!.getAttribute('href')).to.equal('https://www.voorbeeld.nl/buurtkring');
      expect(card.textContent).to.contain('Gemeente Voorbeeldstad');
      expect(sr(el).textContent).to.contain('buurtkring-vertrouwen-en-een');
      await expect(el).to.be.accessible();

      const submitted: LnOfferingSubmitEvent[] = [];
      el.addEventListener('ln-offering-submit', (e) => submitted.push(e));
      $(el, '#ofm-send').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.form.state.status === 'sent', undefined, { timeout: 8000 });
      await el.updateComplete;
      expect(submitted).to.have.length(1);
      const offering = submitted[0]!.detail.offering;
      expect(offering.id).to.equal('buurtkring-vertrouwen-en-een');
      expect(parseOffering(offering, { dataset: finderDataset })).to.deep.equal({ ok: true, offering, problems: [] });
      expect(offering).to.deep.include({ duration: 'one-off', scale: ['local'], themes: ['safety'] });
      expect(deepActive()!.id).to.equal('ofm-sent-heading');
      expect(sessionStorage.length).to.equal(0, 'the draft is gone after sending');
      await expect(el).to.be.accessible();
    });

    it('refuses an id that is already in the catalogue', async () => {
      const el = await mount(lang);
      await fillRequired(el);
      const taken = finderDataset.offerings[0]!.id;
      await typeInto(el, FIELD_IDS.id, taken);
      await submitForm(el);
      expect($$(el, '#ofm-errors a').map((a) => a.textContent)).to.deep.equal([words.errors.idTaken(taken)]);
    });

    it('keeps the draft when the action URL fails, says so in an alert, and retries', async () => {
      const id = uniqueId('offering');
      const el = await mount(lang, { action: `/__ln-test__/flaky/${id}?fail=1&code=503` });
      await fillRequired(el);
      await submitForm(el);
      $(el, '#ofm-send').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.form.state.status === 'failed', undefined, { timeout: 8000 });
      await el.updateComplete;
      const alert = $(el, '[role="alert"]');
      expect(alert.textContent).to.contain(t.common.delivery.failedHttp(503));
      expect(alert.textContent).to.contain(words.failed.kept);
      expect(deepActive()!.id).to.equal('ofm-send');
      expect($(el, '#ofm-send').textContent!.trim()).to.equal(words.actions.retry);
      expect(JSON.parse(sessionStorage.getItem('leernetwerk:draft:offering-form:form')!).draft.provider).to.equal('Gemeente Voorbeeldstad');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.form.state.status === 'sent', undefined, { timeout: 8000 });
      expect(el.form.state.delivery).to.deep.include({ status: 'sent', httpStatus: 200 });
    });

    it('keeps the draft across a reload and says it was restored', async () => {
      const first = await mount(lang, { id: 'reload' });
      await typeInto(first, FIELD_IDS.titleNl, 'Leerkring Oost');
      await tick(first, `${FIELD_IDS.scale}-regional`);
      first.remove();
      const again = await mount(lang, { id: 'reload' });
      expect($<HTMLInputElement>(again, `#${FIELD_IDS.titleNl}`).value).to.equal('Leerkring Oost');
      expect($<HTMLInputElement>(again, `#${FIELD_IDS.scale}-regional`).checked).to.equal(true);
      expect(sr(again).textContent).to.contain(t.common.draft.restored);
      expect(sr(again).textContent).to.contain(words.fields.id.generated('leerkring-oost'));
      await expect(again).to.be.accessible();
    });

    it('"change" in the review goes back to that field', async () => {
      const el = await mount(lang);
      await fillRequired(el);
      await submitForm(el);
      const change = $$(el, '.ofm-summary__action button')[2]!; // provider
      expect(change.textContent).to.contain(words.fields.provider.label);
      change.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActive()!.id).to.equal(FIELD_IDS.provider);
    });

    it('fits the page outline with heading-level', async () => {
      const el = await mount(lang);
      expect($(el, '[part~="base"]').getAttribute('aria-labelledby')).to.equal('ofm-title');
      el.headingLevel = 3;
      el.hideTitle = true;
      await el.updateComplete;
      expect($(el, '#ofm-title').localName).to.equal('h3');
      expect($(el, '[part~="base"]').hasAttribute('aria-labelledby'), 'no second landmark with the page heading').to.equal(false);
      expect($(el, '#ofm-about').localName).to.equal('h4');
      await fillRequired(el);
      await submitForm(el);
      expect($(el, '#ofm-review-heading').localName).to.equal('h4');
      expect($(el, '#ofm-preview-heading').localName).to.equal('h5');
      expect($(el, '[part~="preview"] .card__title').localName).to.equal('h6');
    });

    it('offers a mailto link when there is no action', async () => {
      const el = await mount(lang, { mailto: 'leeraanbod@voorbeeldstad.nl' });
      await fillRequired(el);
      await submitForm(el);
      $(el, '#ofm-send').click();
      await waitUntil(() => el.form.state.status === 'sent', undefined, { timeout: 8000 });
      await el.updateComplete;
      const link = $<HTMLAnchorElement>(el, '.ofm-sent a');
      expect(link.href).to.match(/^mailto:leeraanbod@voorbeeldstad\.nl\?subject=/);
      expect(decodeURIComponent(link.href)).to.contain('Buurtkring Vertrouwen & Één');
      await expect(el).to.be.accessible();
    });
  });
}
