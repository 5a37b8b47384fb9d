import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { defineElement } from './define.js';
import { LnElement } from './ln-element.js';
import { messagesReady, msg, onMessagesChange, sdkMessages, setMessages, toLang, type Messages } from './messages.js';

/** Records every text it renders, to see whether it ever showed Dutch before English. */
class LnTestRenders extends LnElement {
  readonly rendered: string[] = [];
  override render() {
    this.rendered.push(this.t.common.retry);
    return html`${this.t.common.retry}`;
  }
}
defineElement('ln-test-renders', LnTestRenders);

// Runs first, while this page has not loaded English yet.
describe('messages: English is loaded on first use', () => {
  it('renders an English element in English from its first render, never Dutch first', async () => {
    const el = await fixture<LnTestRenders>(testHtml`<ln-test-renders lang="en"></ln-test-renders>`);
    expect(el.rendered).to.deep.equal(['Try again']);
    expect(sdkMessages('en').lang).to.equal('en');
  });
});

describe('messages: loading a language', () => {
  it('needs no loading for Dutch, and none for English once it is there', async () => {
    expect(messagesReady('nl')).to.equal(undefined);
    await messagesReady('en');
    expect(messagesReady('en')).to.equal(undefined);
    expect(msg('en').common.retry).to.equal('Try again');
    expect(sdkMessages('nl').lang).to.equal('nl');
  });
});

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null) for (const [p, t] of leaves(v, path)) out.set(p, t);
    else out.set(path, typeof v);
  }
  return out;
}

describe('messages', () => {
  before(() => messagesReady('en'));
  afterEach(() => {
    setMessages('nl', null);
    setMessages('en', null);
  });

  it('has the same keys and kinds in Dutch and English', () => {
    expect([...leaves(msg('en'))]).to.deep.equal([...leaves(msg('nl'))]);
  });

  it('has no empty strings and no untranslated copies of long Dutch text', () => {
    const walk = (nl: Record<string, unknown>, en: Record<string, unknown>, path: string) => {
      for (const key of Object.keys(nl)) {
        const a = nl[key];
        const b = en[key];
        if (typeof a === 'string') {
          expect(a.trim(), `${path}${key} nl`).to.not.equal('');
          expect((b as string).trim(), `${path}${key} en`).to.not.equal('');
          if (a.length > 12) expect(b, `${path}${key} is translated`).to.not.equal(a);
        } else if (typeof a === 'object' && a) walk(a as Record<string, unknown>, b as Record<string, unknown>, `${path}${key}.`);
      }
    };
    walk(msg('nl') as unknown as Record<string, unknown>, msg('en') as unknown as Record<string, unknown>, '');
  });

  it('formats parametrised messages with Dutch and English plurals', () => {
    expect(msg('nl').common.notice.partial(1, 1)).to.contain('1 onderdeel');
    expect(msg('nl').common.notice.partial(3, 4)).to.contain('3 onderdelen').and.contain('4 problemen');
    expect(msg('en').common.notice.partial(2, 1)).to.contain('2 items in the data file were skipped').and.contain('1 problem)');
  });

  it('maps language tags to supported languages', () => {
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('NL_be')).to.equal('nl');
    expect(toLang('fr')).to.equal('nl');
    expect(toLang(undefined)).to.equal('nl');
  });

  it('lets the host override single strings per language and notifies listeners', () => {
    let calls = 0;
    const off = onMessagesChange(() => calls++);
    setMessages('nl', { common: { retry: 'Nog een keer' } });
    setMessages('nl', { common: { error: { timeout: 'Te traag' } } });
    off();
    expect(msg('nl').common.retry).to.equal('Nog een keer');
    expect(msg('nl').common.error.timeout).to.equal('Te traag');
    expect(msg('nl').common.error.json).to.equal('Het gegevensbestand is geen geldige JSON.');
    expect(msg('en').common.retry).to.equal('Try again');
    expect(calls).to.equal(2);
  });

  it('accepts a function or a fixed string for a parametrised message', () => {
    setMessages('en', { common: { error: { http: (status: number) => `HTTP ${status}!` } } });
    expect(msg('en').common.error.http(502)).to.equal('HTTP 502!');
    setMessages('en', { common: { loading: 'Please wait' } });
    expect(msg('en').common.loading).to.equal('Please wait');
  });

  it('rejects unknown keys and wrong kinds without changing anything', () => {
    const before: Messages = msg('nl');
    expect(() => setMessages('nl', { common: { nope: 'x' } } as never)).to.throw(/unknown message key "common.nope"/);
    expect(() => setMessages('nl', { common: { error: 'x' } } as never)).to.throw(/is a group/);
    expect(() => setMessages('nl', { common: { retry: 3 } } as never)).to.throw(/expects a string/);
    expect(msg('nl')).to.equal(before);
  });

  it('drops all overrides for a language with null', () => {
    setMessages('nl', { common: { retry: 'X' } });
    setMessages('nl', null);
    expect(msg('nl').common.retry).to.equal('Opnieuw proberen');
  });
});
