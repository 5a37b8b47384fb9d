import { expect } from '@open-wc/testing';
import { deliver, isEmailAddress, mailtoHref, plainText, postJson, resolveAction } from './delivery.js';
import { LnEvent } from './events.js';

const target = () => document.createElement('div');
const event = () => new LnEvent('ln-test-submit', { a: 1 }, { cancelable: true });

describe('delivery', () => {
  it('always dispatches the event first; a host that prevents it handles delivery', async () => {
    const el = target();
    let seen: LnEvent<{ a: number }> | undefined;
    el.addEventListener('ln-test-submit', (e) => {
      seen = e as LnEvent<{ a: number }>;
      e.preventDefault();
    });
    const result = await deliver({ target: el, event: event(), payload: { a: 1 }, action: '/__ln-test__/echo' });
    expect(seen?.detail).to.deep.equal({ a: 1 });
    expect(seen?.bubbles && seen?.composed).to.equal(true);
    expect(result).to.deep.equal({ status: 'handled' });
  });

  it('is event-only when the host configured nothing', async () => {
    expect(await deliver({ target: target(), event: event(), payload: {} })).to.deep.equal({ status: 'event-only' });
  });

  it('POSTs JSON to the configured action and returns the response', async () => {
    const result = await deliver({ target: target(), event: event(), payload: { q: 'Hoe?' }, action: '/__ln-test__/echo' });
    expect(result.status).to.equal('sent');
    if (result.status !== 'sent') return;
    expect(result.attempts).to.equal(1);
    expect(result.response).to.deep.equal({ received: { q: 'Hoe?' }, contentType: 'application/json' });
  });

  it('retries on 5xx with backoff, then succeeds', async () => {
    const id = `retry-${Math.random().toString(36).slice(2)}`;
    const retries: number[] = [];
    const result = await postJson(new URL(`/__ln-test__/flaky/${id}?fail=2&code=503`, location.href), {}, {
      backoff: 10,
      onRetry: (n) => retries.push(n),
    });
    expect(result).to.include({ status: 'sent', attempts: 3 });
    expect(retries).to.deep.equal([2, 3]);
  });

  it('gives up after the retries with the last HTTP status', async () => {
    const id = `fail-${Math.random().toString(36).slice(2)}`;
    const result = await postJson(new URL(`/__ln-test__/flaky/${id}?fail=9&code=502`, location.href), {}, { retries: 1, backoff: 10 });
    expect(result).to.deep.equal({ status: 'failed', reason: 'http', httpStatus: 502, attempts: 2 });
  });

  it('does not retry a 4xx', async () => {
    const id = `bad-${Math.random().toString(36).slice(2)}`;
    const result = await postJson(new URL(`/__ln-test__/flaky/${id}?fail=9&code=422`, location.href), {}, { backoff: 10 });
    expect(result).to.deep.equal({ status: 'failed', reason: 'http', httpStatus: 422, attempts: 1 });
    const count = await (await fetch(`/__ln-test__/count/${id}`)).json();
    expect(count.count).to.equal(1);
  });

  it('times out each attempt', async () => {
    const started = performance.now();
    const result = await postJson(new URL('/__ln-test__/slow?ms=2000', location.href), {}, { timeout: 100, retries: 1, backoff: 10 });
    expect(result).to.deep.equal({ status: 'failed', reason: 'timeout', attempts: 2 });
    expect(performance.now() - started).to.be.below(1500);
  });

  it('reports a network error', async () => {
    const failing = (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const result = await postJson(new URL('https://example.invalid/'), {}, { fetch: failing, retries: 0 });
    expect(result).to.deep.equal({ status: 'failed', reason: 'network', attempts: 1 });
  });

  it('refuses non-http actions', async () => {
    expect(resolveAction('javascript:alert(1)')).to.equal(undefined);
    expect(resolveAction('data:text/plain,x')).to.equal(undefined);
    expect(resolveAction('/api/q')?.origin).to.equal(location.origin);
    const result = await deliver({ target: target(), event: event(), payload: {}, action: 'javascript:alert(1)' });
    expect(result).to.deep.equal({ status: 'failed', reason: 'invalid-action', attempts: 0 });
  });

  it('builds a mailto link with every part encoded', async () => {
    const result = await deliver({
      target: target(),
      event: event(),
      payload: {},
      mailto: 'leren@voorbeeldstad.nl',
      mail: { subject: 'Leervraag & meer', body: 'Regel 1\nRegel 2?&cc=x@y.nl' },
    });
    expect(result.status).to.equal('mailto');
    if (result.status !== 'mailto') return;
    expect(result.href).to.equal(
      'mailto:leren@voorbeeldstad.nl?subject=Leervraag%20%26%20meer&body=Regel%201%0D%0ARegel%202%3F%26cc%3Dx%40y.nl',
    );
    expect(result.truncated).to.equal(false);
  });

  it('refuses addresses that could inject headers or recipients', () => {
    for (const bad of ['a@b.nl?cc=c@d.nl', 'a@b.nl,c@d.nl', 'a b@c.nl', 'a@b', 'a@b.nl\r\nBcc: x@y.nl', '<a@b.nl>']) {
      expect(isEmailAddress(bad), bad).to.equal(false);
      expect(mailtoHref(bad, 's', 'b'), bad).to.equal(undefined);
    }
    expect(isEmailAddress('info@gemeente-voorbeeldstad.nl')).to.equal(true);
  });

  it('cuts long bodies to the limit and says so', () => {
    const body = 'Woord '.repeat(1000) + '€ 😀';
    const built = mailtoHref('a@b.nl', 'Onderwerp', body, 600)!;
    expect(built.truncated).to.equal(true);
    expect(built.href.length).to.be.at.most(600);
    expect(built.href.length).to.be.above(450);
    expect(() => decodeURIComponent(built.href.split('body=')[1]!)).to.not.throw();
    expect(decodeURIComponent(built.href.split('body=')[1]!)).to.match(/\r\n…$/);
  });

  it('formats a plain-text body from label/value pairs', () => {
    expect(plainText([['Vraag', 'Hoe?'], ['Thema', ['wonen', 'zorg']], ['Leeg', ''], ['Geen', undefined]])).to.equal(
      'Vraag:\nHoe?\n\nThema:\nwonen, zorg',
    );
  });
});
