import { expect, fixture, html as testHtml, nextFrame } from '@open-wc/testing';
import { html } from 'lit';
import { LnElement } from './ln-element.js';
import { defineElement } from './define.js';
import { setMessages } from './messages.js';

class LnTestLang extends LnElement {
  override render() {
    return html`<span dir=${this.direction}>${this.locale}:${this.t.common.retry}</span>`;
  }
}
defineElement('ln-test-lang', LnTestLang);

/** Wraps the element in a shadow root of another element, to test crossing shadow boundaries. */
class LnTestShell extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).append(document.createElement('ln-test-lang'));
  }
}
defineElement('ln-test-shell', LnTestShell);

const text = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('LnElement', () => {
  afterEach(() => setMessages('nl', null));

  it('uses its own lang attribute', async () => {
    const el = await fixture<LnTestLang>(testHtml`<ln-test-lang lang="en"></ln-test-lang>`);
    expect(text(el)).to.equal('en:Try again');
  });

  it('inherits the nearest lang up the tree and follows changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div lang="en-GB"><section><ln-test-lang></ln-test-lang></section></div>`);
    const el = wrapper.querySelector<LnTestLang>('ln-test-lang')!;
    await el.updateComplete;
    expect(text(el)).to.equal('en:Try again');
    wrapper.setAttribute('lang', 'nl');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('nl:Opnieuw proberen');
    wrapper.querySelector('section')!.setAttribute('lang', 'en');
    await nextFrame();
    await el.updateComplete;
    expect(text(el)).to.equal('en:Try again');
  });

  it('resolves lang across shadow roots', async () => {
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div lang="en"><ln-test-shell></ln-test-shell></div>`);
    const inner = wrapper.querySelector('ln-test-shell')!.shadowRoot!.querySelector<LnTestLang>('ln-test-lang')!;
    await inner.updateComplete;
    expect(text(inner)).to.equal('en:Try again');
    wrapper.querySelector('ln-test-shell')!.setAttribute('lang', 'nl');
    await nextFrame();
    await inner.updateComplete;
    expect(text(inner)).to.equal('nl:Opnieuw proberen');
  });

  it('falls back to Dutch for unsupported languages and re-resolves after moving', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      testHtml`<div><div id="fr" lang="fr"><ln-test-lang></ln-test-lang></div><div id="en" lang="en"></div></div>`,
    );
    const el = wrapper.querySelector<LnTestLang>('ln-test-lang')!;
    await el.updateComplete;
    expect(text(el)).to.equal('nl:Opnieuw proberen');
    wrapper.querySelector('#en')!.append(el);
    await el.updateComplete;
    expect(text(el)).to.equal('en:Try again');
  });

  it('resolves dir', async () => {
    const wrapper = await fixture<HTMLDivElement>(testHtml`<div dir="rtl"><ln-test-lang lang="en"></ln-test-lang></div>`);
    const el = wrapper.querySelector<LnTestLang>('ln-test-lang')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('span')!.getAttribute('dir')).to.equal('rtl');
  });

  it('re-renders when the host overrides messages', async () => {
    const el = await fixture<LnTestLang>(testHtml`<ln-test-lang lang="nl"></ln-test-lang>`);
    setMessages('nl', { common: { retry: 'Nog eens' } });
    await el.updateComplete;
    expect(text(el)).to.equal('nl:Nog eens');
  });
});

describe('defineElement', () => {
  it('skips a tag that is already defined and returns the registered class', () => {
    class Other extends HTMLElement {}
    const result = defineElement('ln-test-lang', Other);
    expect(result).to.equal(LnTestLang);
    expect(customElements.get('ln-test-lang')).to.equal(LnTestLang);
  });

  it('defines a new tag', () => {
    class Fresh extends HTMLElement {}
    expect(defineElement('ln-test-fresh', Fresh)).to.equal(Fresh);
    expect(customElements.get('ln-test-fresh')).to.equal(Fresh);
  });
});
