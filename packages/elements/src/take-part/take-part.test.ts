import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { requestCount, uniqueId } from '../shared/testing/data-widget.js';
import './ln-take-part.js';
import type { LnTakePart } from './take-part.js';
import type { LnTakePartSubmitEvent, TakePartDetail } from './take-part.events.js';

const root = (el: LnTakePart) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: LnTakePart, selector: string) => root(el).querySelector<T>(selector)!;
const active = (el: LnTakePart) => root(el).activeElement as HTMLElement | null;

async function takePart(lang: 'nl' | 'en', attrs: { action?: string; mailto?: string; id?: string } = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <ln-take-part
      subject-type="agenda"
      subject-id=${attrs.id ?? uniqueId('gap')}
      subject-title="Vertrouwen in instituties"
      action=${attrs.action ?? ''}
      mailto=${attrs.mailto ?? ''}
    ></ln-take-part>
  </div>`);
  return wrap.querySelector('ln-take-part')!;
}

/** Opens the form with the keyboard: Tab to the toggle, Enter. */
async function openWithKeyboard(el: LnTakePart) {
  el.focus();
  $(el, '[part="toggle"]').focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

async function focusAndType(el: LnTakePart, selector: string, text: string) {
  $(el, selector).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function pressOn(el: LnTakePart, selector: string, key: string) {
  $(el, selector).focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Fills a valid form with the keyboard only. */
async function fillValid(el: LnTakePart, options: { name?: string; role?: boolean } = {}) {
  await pressOn(el, 'input[value="join"]', 'Space');
  await focusAndType(el, '#ln-take-part-email', 'anna@voorbeeldstad.nl');
  if (options.name) await focusAndType(el, '#ln-take-part-name', options.name);
  if (options.role) await pressOn(el, '#ln-take-part-role', 'ArrowDown');
  await pressOn(el, '#ln-take-part-consent', 'Space');
}

async function submitWithKeyboard(el: LnTakePart) {
  $(el, 'button[type="submit"]').focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

beforeEach(() => sessionStorage.clear());

for (const lang of ['nl', 'en'] as const) {
  const nl = lang === 'nl';

  describe(`<ln-take-part> (${lang})`, () => {
    it('renders nothing without a subject id', async () => {
      const el = await fixture<LnTakePart>(html`<ln-take-part lang=${lang}></ln-take-part>`);
      expect(root(el).querySelector('button')).to.equal(null);
    });

    it('opens and closes as a disclosure with the keyboard', async () => {
      const el = await takePart(lang);
      const toggle = $(el, '[part="toggle"]');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.textContent).to.contain(nl ? 'Doe mee of blijf op de hoogte' : 'Take part or stay informed');
      expect(toggle.textContent).to.contain('Vertrouwen in instituties');
      await expect(el).to.be.accessible();
      await openWithKeyboard(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#ln-take-part-panel').hidden).to.equal(false);
      expect($(el, 'form').getAttribute('aria-labelledby')).to.equal('ln-take-part-heading');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });

    it('shows an error summary whose links move focus to the fields', async () => {
      const el = await takePart(lang);
      await openWithKeyboard(el);
      await submitWithKeyboard(el);
      await waitUntil(() => active(el)?.id === 'ln-take-part-errors', 'the summary gets focus');
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '#ln-take-part-choice',
        '#ln-take-part-email',
        '#ln-take-part-consent',
      ]);
      expect(links[1]!.textContent).to.equal(nl ? 'Vul uw e-mailadres in.' : 'Fill in your e-mail address.');
      expect($(el, '#ln-take-part-email').getAttribute('aria-invalid')).to.equal('true');
      expect($(el, '#ln-take-part-email').getAttribute('aria-describedby')).to.contain('ln-take-part-email-error');
      await expect(el).to.be.accessible();

      links[1]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(active(el)?.id).to.equal('ln-take-part-email');
      links[0]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(active(el)).to.equal($(el, 'input[value="join"]'));
      links[2]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(active(el)?.id).to.equal('ln-take-part-consent');
    });

    it('rejects an e-mail address that is not one, and clears errors as they are fixed', async () => {
      const el = await takePart(lang);
      await openWithKeyboard(el);
      await focusAndType(el, '#ln-take-part-email', 'anna-at-voorbeeldstad');
      await submitWithKeyboard(el);
      const summary = () => [...root(el).querySelectorAll('.error-summary a')].map((a) => a.textContent);
      expect(summary()).to.include(nl ? 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.' : 'Fill in a valid e-mail address, such as name@municipality.nl.');
      await pressOn(el, 'input[value="keep-informed"]', 'Space');
      await pressOn(el, '#ln-take-part-consent', 'Space');
      expect(summary()).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('sends exactly what was filled in, in the event', async () => {
      const el = await takePart(lang, { id: 'gap-2' });
      await openWithKeyboard(el);
      await fillValid(el, { name: 'Anna de Vries', role: true });
      const received = oneEvent(el, 'ln-take-part-submit') as Promise<LnTakePartSubmitEvent>;
      await submitWithKeyboard(el);
      const event = await received;
      const expected: TakePartDetail = {
        subject: { type: 'agenda', id: 'gap-2', title: 'Vertrouwen in instituties' },
        choice: 'join',
        email: 'anna@voorbeeldstad.nl',
        name: 'Anna de Vries',
        role: 'administrator',
        consent: true,
      };
      expect(event.detail).to.deep.equal(expected);
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await waitUntil(() => active(el)?.hasAttribute('data-outcome'), 'the thank-you gets focus');
      expect($(el, '[part="outcome"]').textContent).to.contain(nl ? 'U hebt laten weten dat u wilt meedoen' : 'you want to take part');
      await expect(el).to.be.accessible();
    });

    it('leaves out name and role when they are not given', async () => {
      const el = await takePart(lang, { id: 'priority-3' });
      await openWithKeyboard(el);
      await fillValid(el);
      const received = oneEvent(el, 'ln-take-part-submit') as Promise<LnTakePartSubmitEvent>;
      await submitWithKeyboard(el);
      expect((await received).detail).to.deep.equal({
        subject: { type: 'agenda', id: 'priority-3', title: 'Vertrouwen in instituties' },
        choice: 'join',
        email: 'anna@voorbeeldstad.nl',
        consent: true,
      });
    });

    it('posts the same JSON to the action URL', async () => {
      const el = await takePart(lang, { action: '/__ln-test__/echo' });
      await openWithKeyboard(el);
      await fillValid(el);
      const received = oneEvent(el, 'ln-take-part-submit') as Promise<LnTakePartSubmitEvent>;
      await submitWithKeyboard(el);
      const { detail } = await received;
      await waitUntil(() => el.form.state.status === 'done', 'sent');
      const result = el.form.state.result;
      expect(result?.status).to.equal('sent');
      expect((result as { response: { received: unknown } }).response.received).to.deep.equal(detail);
    });

    it('keeps everything typed when sending fails, and sends again on retry', async () => {
      const id = uniqueId('take-part');
      const el = await takePart(lang, { action: `/__ln-test__/flaky/${id}?fail=1&code=422` });
      await openWithKeyboard(el);
      await fillValid(el, { name: 'Anna' });
      await submitWithKeyboard(el);
      await waitUntil(() => el.form.state.status === 'failed', 'failed');
      await el.updateComplete;
      const alert = $(el, '[role="alert"]');
      expect(alert.textContent).to.contain('422');
      expect(alert.textContent).to.contain(nl ? 'is bewaard' : 'has been kept');
      await waitUntil(() => active(el) === alert, 'the failure gets focus');
      await expect(el).to.be.accessible();

      // "Change" brings the form back with every value still there.
      alert.querySelectorAll('button')[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#ln-take-part-email').value).to.equal('anna@voorbeeldstad.nl');
      expect($<HTMLInputElement>(el, '#ln-take-part-name').value).to.equal('Anna');
      expect($<HTMLInputElement>(el, 'input[value="join"]').checked).to.equal(true);
      expect($<HTMLInputElement>(el, '#ln-take-part-consent').checked).to.equal(true);

      await submitWithKeyboard(el);
      await waitUntil(() => el.form.state.status === 'failed' || el.form.state.status === 'done', 'settled');
      expect(el.form.state.status).to.equal('done');
      expect(await requestCount(id)).to.equal(2);
    });

    it('offers "try again" on the failure itself', async () => {
      const id = uniqueId('take-part');
      const el = await takePart(lang, { action: `/__ln-test__/flaky/${id}?fail=1&code=400` });
      await openWithKeyboard(el);
      await fillValid(el);
      await submitWithKeyboard(el);
      await waitUntil(() => el.form.state.status === 'failed', 'failed');
      await el.updateComplete;
      $(el, '[role="alert"] button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.form.state.status === 'done', 'sent on retry');
      expect(await requestCount(id)).to.equal(2);
    });

    it('gives a mailto link the person opens themselves', async () => {
      const el = await takePart(lang, { mailto: 'leernetwerk@voorbeeldstad.nl' });
      await openWithKeyboard(el);
      await fillValid(el);
      await submitWithKeyboard(el);
      await el.updateComplete;
      const link = $<HTMLAnchorElement>(el, '[part="outcome"] a');
      expect(link.href).to.match(/^mailto:leernetwerk@voorbeeldstad\.nl\?subject=/);
      expect(decodeURIComponent(link.href)).to.contain('anna@voorbeeldstad.nl');
      await expect(el).to.be.accessible();
    });

    it('keeps a draft per subject when the element is removed and comes back', async () => {
      const el = await takePart(lang, { id: 'gap-4' });
      await openWithKeyboard(el);
      await focusAndType(el, '#ln-take-part-email', 'piet@voorbeeldstad.nl');
      const again = await takePart(lang, { id: 'gap-4' });
      again.open = true;
      await again.updateComplete;
      expect($<HTMLInputElement>(again, '#ln-take-part-email').value).to.equal('piet@voorbeeldstad.nl');
    });
  });
}
