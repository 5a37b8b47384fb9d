import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMatcher, stepPlan } from '@leernetwerk/sdk';
import { defaultDataset } from '@leernetwerk/data';
import './ln-step-plan.js';
import type { LnStepPlan } from './step-plan.js';
import { stepPlanText } from './step-plan.text.js';
import { msg } from '../shared/messages.js';

const QUESTION = { what: 'Hoe versterken we samen met bewoners de sociale basis?', scale: ['local' as const], targetGroup: 'professional' as const };
const matcher = createMatcher(defaultDataset);
const plan = stepPlan(QUESTION, { dataset: defaultDataset, match: matcher.match(QUESTION) });
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

async function planIn(lang: 'nl' | 'en'): Promise<LnStepPlan> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}><ln-step-plan .plan=${plan} .data=${defaultDataset}></ln-step-plan></div>`);
  const el = wrap.querySelector<LnStepPlan>('ln-step-plan')!;
  await el.updateComplete;
  return el;
}

describe('<ln-step-plan>', () => {
  it('renders nothing without a plan', async () => {
    const el = await fixture<LnStepPlan>(html`<ln-step-plan></ln-step-plan>`);
    expect(el.shadowRoot!.querySelector('section')).to.equal(null);
  });

  it('shows five steps as an ordered list of disclosures, opened by keyboard', async () => {
    const el = await planIn('nl');
    const steps = el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol.sp-steps > li');
    expect(steps).to.have.length(5);
    expect(text(steps[0]!.querySelector('summary')!)).to.contain('Stap 1: Leervraag en leerdoel');
    const where = steps[3]!.querySelector('details')!;
    expect(where.open).to.equal(false);
    where.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(where.open).to.equal(true);
    expect(text(where)).to.contain('lokaal');
    expect(text(where)).to.contain('(uit uw vraag)');
  });

  it('shows open questions and existing networks to build on, with reasons', async () => {
    const el = await planIn('nl');
    const all = text(el.shadowRoot!.querySelector('.sp')!);
    expect(all).to.contain('Nog open');
    expect(all).to.contain(`${plan.open.length} open vragen`);
    const whoWhat = el.shadowRoot!.querySelectorAll('ol.sp-steps > li')[1]!;
    expect(text(whoWhat)).to.contain('Bestaande netwerken om bij aan te sluiten:');
    const suggestion = whoWhat.querySelector('.sp-suggestions li')!;
    const first = plan.steps[1]!.questions.find((q) => q.id === 'who-what.networks')!.suggestions[0]!;
    expect(text(suggestion)).to.contain(defaultDataset.networks.find((n) => n.id === first.id)!.name);
  });

  it('exports the plan as plain text, in the element language', async () => {
    const el = await planIn('en');
    const plain = el.text;
    expect(plain).to.equal(stepPlanText(plan, 'en', msg('en'), defaultDataset));
    expect(plain.startsWith('Step plan for a new learning network\n')).to.equal(true);
    expect(plain).to.contain(`Answer: ${QUESTION.what}`);
    expect(plain).to.contain('Still open');
    expect(plain).to.not.contain('<');
  });

  it('downloads the text without a server (a Blob URL)', async () => {
    const el = await planIn('nl');
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      const download = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Download als tekstbestand')!;
      download.focus();
      await sendKeys({ press: 'Enter' });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.href.startsWith('blob:')).to.equal(true);
    expect(clicked[0]!.download).to.equal('stappenplan-leernetwerk.txt');
    const body = await (await fetch(clicked[0]!.href)).text();
    expect(body).to.equal(el.text);
  });

  it('copies, or shows the text to copy by hand when the clipboard refuses', async () => {
    const el = await planIn('nl');
    const original = navigator.clipboard.writeText;
    let copied = '';
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (s: string) => void (copied = s) });
    const copy = [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Kopieer als tekst')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el.shadowRoot!.querySelector('[part="live-region"]')!) === 'Het stappenplan is gekopieerd.');
    expect(copied).to.equal(el.text);

    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
    });
    try {
      copy.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.shadowRoot!.querySelector('#sp-text'));
      const area = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#sp-text')!;
      expect(area.value).to.equal(el.text);
      expect(el.shadowRoot!.activeElement).to.equal(area);
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
    }
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`has no axe violations (${lang}), all steps open`, async () => {
      const el = await planIn(lang);
      el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
      await expect(el).to.be.accessible();
    });
  }
});
