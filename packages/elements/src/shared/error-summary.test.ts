import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { errorSummaryStyles, focusErrorSummary, renderErrorSummary, type FieldError } from './error-summary.js';
import { LiveRegionController } from './live-region.js';
import { tokens } from './tokens.styles.js';
import { defineElement } from './define.js';

class LnTestForm extends LitElement {
  static override styles = [tokens, errorSummaryStyles];
  errors: FieldError[] = [];
  live = new LiveRegionController(this, { delay: 10 });
  override render() {
    return html`${renderErrorSummary({ id: 'errors', heading: 'Er is iets niet goed ingevuld', errors: this.errors })}
      <label for="what">Vraag</label><input id="what" class="input" />
      <fieldset id="scale"><legend>Schaal</legend><label><input type="checkbox" id="s1" />Lokaal</label></fieldset>
      ${this.live.render()}`;
  }
}
defineElement('ln-test-form', LnTestForm);

describe('error summary', () => {
  it('renders nothing without errors', async () => {
    const el = await fixture<LnTestForm>(testHtml`<ln-test-form></ln-test-form>`);
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
  });

  it('lists errors as links that move focus to the field, by keyboard', async () => {
    const el = await fixture<LnTestForm>(testHtml`<ln-test-form lang="nl"></ln-test-form>`);
    el.errors = [
      { fieldId: 'what', message: 'Vul uw vraag in' },
      { fieldId: 'scale', message: 'Kies een schaal' },
    ];
    el.requestUpdate();
    await el.updateComplete;
    focusErrorSummary(el.shadowRoot, 'errors');
    const summary = el.shadowRoot!.getElementById('errors')!;
    expect(el.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.getAttribute('aria-labelledby')).to.equal('errors-heading');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('Vul uw vraag in');
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('what');

    const links = el.shadowRoot!.querySelectorAll('a');
    links[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement!.id).to.equal('s1');
  });
});

describe('error summary heading level', () => {
  it('is an h2 by default and takes the level it is given, clamped to 1–6', async () => {
    const errors = [{ fieldId: 'what', message: 'Vul uw vraag in' }];
    const tag = async (level?: number) => {
      const host = await fixture<HTMLDivElement>(testHtml`<div>${renderErrorSummary({ id: 'e', heading: 'Fout', errors, ...(level === undefined ? {} : { level }) })}</div>`);
      const heading = host.querySelector('#e-heading')!;
      expect(host.querySelector('#e')!.getAttribute('aria-labelledby')).to.equal('e-heading');
      return heading.localName;
    };
    expect(await tag()).to.equal('h2');
    expect(await tag(4)).to.equal('h4');
    expect(await tag(9)).to.equal('h6');
    expect(await tag(-1)).to.equal('h1');
  });
});

describe('LiveRegionController', () => {
  it('is present before it speaks and announces repeated text again', async () => {
    const el = await fixture<LnTestForm>(testHtml`<ln-test-form></ln-test-form>`);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.equal('');
    el.live.announce('3 resultaten');
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    expect(region.textContent).to.equal('3 resultaten');
    el.live.announce('3 resultaten');
    await el.updateComplete;
    expect(region.textContent).to.equal('');
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    expect(region.textContent).to.equal('3 resultaten');
  });
});
