import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMatcher, stepPlan, type LearningQuestion, type StepAnswers } from '@leernetwerk/sdk';
import { defaultDataset } from '@leernetwerk/data';
import './ln-step-plan.js';
import type { LnStepPlan } from './step-plan.js';
import type { LnStepPlanChangeEvent } from './step-plan.events.js';
import { stepPlanText } from './step-plan.text.js';
import { msg } from '../shared/messages.js';

const QUESTION: Partial<LearningQuestion> = {
  what: 'Hoe versterken we samen met bewoners de sociale basis?',
  scale: ['local'],
  targetGroup: 'professional',
};
const matcher = createMatcher(defaultDataset);
const match = matcher.match(QUESTION);
const TITLES = {
  nl: ['Leervraag en leerdoel', 'Wie en wat is nodig', 'Hoe wilt u leren', 'Waar wilt u leren', 'Borging en verspreiding'],
  en: ['Learning question and goal', 'Who and what you need', 'How you want to learn', 'Where you want to learn', 'Securing and sharing results'],
} as const;
const WORDS = {
  nl: { next: 'Volgende stap', back: 'Vorige stap', toOverview: 'Naar het overzicht', overview: 'Overzicht van uw stappenplan', of: 'van' },
  en: { next: 'Next step', back: 'Previous step', toOverview: 'To the overview', overview: 'Overview of your step plan', of: 'of' },
} as const;

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: LnStepPlan, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const active = (el: LnStepPlan) => el.shadowRoot!.activeElement as HTMLElement | null;
const button = (el: LnStepPlan, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;

async function planIn(lang: 'nl' | 'en', answers?: StepAnswers): Promise<LnStepPlan> {
  const wrap = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <ln-step-plan .question=${QUESTION} .data=${defaultDataset} .match=${match} .answers=${answers}></ln-step-plan>
    </div>`,
  );
  const el = wrap.querySelector<LnStepPlan>('ln-step-plan')!;
  await el.updateComplete;
  return el;
}

/** Focuses a control and presses a key, as a keyboard user does. */
async function press(el: LnStepPlan, target: HTMLElement, key: string): Promise<void> {
  target.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function typeInto(el: LnStepPlan, target: HTMLElement, value: string): Promise<void> {
  target.focus();
  await sendKeys({ type: value });
  await el.updateComplete;
}

const current = (el: LnStepPlan) => $(el, '[aria-current="step"]');

describe('<ln-step-plan> guided flow', () => {
  it('walks all five steps and the overview by keyboard, focus on each step heading', async () => {
    const el = await planIn('nl');
    expect(text($(el, '#sp-step-heading'))).to.equal(`Stap 1 van 5: ${TITLES.nl[0]}`);
    expect(text(current(el))).to.contain(TITLES.nl[0]);
    expect(el.shadowRoot!.querySelectorAll('[aria-current="step"]')).to.have.length(1);
    for (let i = 1; i < 5; i++) {
      await press(el, button(el, WORDS.nl.next), 'Enter');
      expect(active(el), `focus on heading of step ${i + 1}`).to.equal($(el, '#sp-step-heading'));
      expect(text($(el, '#sp-step-heading'))).to.equal(`Stap ${i + 1} van 5: ${TITLES.nl[i]}`);
      expect(text(current(el))).to.contain(TITLES.nl[i]);
    }
    await press(el, button(el, WORDS.nl.toOverview), 'Enter');
    expect(active(el)).to.equal($(el, '#sp-step-heading'));
    expect(text($(el, '#sp-step-heading'))).to.equal(WORDS.nl.overview);
    expect(text(current(el))).to.contain('Overzicht');
    expect(el.shadowRoot!.querySelectorAll('.sp-overview__step')).to.have.length(5);
    await press(el, button(el, WORDS.nl.back), 'Enter');
    expect(text($(el, '#sp-step-heading'))).to.contain('Stap 5 van 5');
    const first = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.sp-indicator__button')[0]!;
    await press(el, first, 'Enter');
    expect(text($(el, '#sp-step-heading'))).to.contain('Stap 1 van 5');
    expect(active(el)).to.equal($(el, '#sp-step-heading'));
  });

  it('is pre-filled from the learning question, with the right control for each kind', async () => {
    const el = await planIn('nl');
    const what = $<HTMLTextAreaElement>(el, '#sp-goal-question');
    expect(what.value).to.equal(QUESTION.what);
    expect(what.getAttribute('aria-describedby')).to.contain('sp-goal-question-from');
    expect(text($(el, '#sp-goal-question-from'))).to.contain('Overgenomen uit uw vraag');
    expect($(el, 'label[for="sp-goal-question"]')).to.exist;
    const themes = $<HTMLFieldSetElement>(el, 'fieldset#sp-goal-themes');
    expect(themes.querySelectorAll('input[type="checkbox"]')).to.have.length(defaultDataset.themes.length);
    el.flow.goTo(3);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#sp-where-scale--local').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#sp-where-peer-mix--').checked, '"not chosen yet" for an open choice').to.equal(true);
    expect($(el, '#sp-where-region').localName).to.equal('input');
  });

  it('answers text, one choice and several choices by keyboard; fires ln-step-plan-change; back keeps the answers', async () => {
    const el = await planIn('nl');
    const changes: LnStepPlanChangeEvent[] = [];
    el.addEventListener('ln-step-plan-change', (e) => changes.push(e));
    const before = el.plan.completeness;

    await typeInto(el, $(el, '#sp-goal-result'), 'Een gedeelde aanpak');
    expect(changes.at(-1)!.detail.changed).to.equal('goal.result');
    expect(changes.at(-1)!.detail.answers['goal.result']).to.equal('Een gedeelde aanpak');
    expect(changes.at(-1)!.bubbles && changes.at(-1)!.composed).to.equal(true);
    const safety = $<HTMLInputElement>(el, '#sp-goal-themes--safety');
    await press(el, safety, 'Space');
    expect(safety.checked).to.equal(true);
    expect(el.plan.completeness).to.be.greaterThan(before);
    expect($<HTMLProgressElement>(el, '#sp-progress').value).to.equal(Math.round(el.plan.completeness * 100));

    await press(el, button(el, WORDS.nl.next), 'Enter');
    const support = $<HTMLInputElement>(el, '#sp-who-what-support--self-organised');
    await press(el, support, 'Space');
    expect(support.checked).to.equal(true);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#sp-who-what-support--set-up-together').checked, 'arrow keys move the choice').to.equal(true);
    await press(el, $(el, '#sp-who-what-partners--municipality'), 'Space');
    await typeInto(el, $(el, '#sp-who-what-time'), 'Een dagdeel per maand');

    await press(el, button(el, WORDS.nl.back), 'Enter');
    expect($<HTMLTextAreaElement>(el, '#sp-goal-result').value).to.equal('Een gedeelde aanpak');
    expect($<HTMLInputElement>(el, '#sp-goal-themes--safety').checked).to.equal(true);
    await press(el, button(el, WORDS.nl.next), 'Enter');
    expect($<HTMLInputElement>(el, '#sp-who-what-support--set-up-together').checked).to.equal(true);
    expect($<HTMLInputElement>(el, '#sp-who-what-partners--municipality').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#sp-who-what-time').value).to.equal('Een dagdeel per maand');
    expect(changes.at(-1)!.detail.answers).to.deep.include({
      'goal.result': 'Een gedeelde aanpak',
      'who-what.support': 'set-up-together',
      'who-what.partners': ['municipality'],
      'who-what.time': 'Een dagdeel per maand',
    });
    expect(changes.at(-1)!.detail.plan).to.equal(el.plan);
  });

  it('a text field keeps what is typed, blanks too', async () => {
    const el = await planIn('nl');
    const field = $<HTMLTextAreaElement>(el, '#sp-goal-result');
    await typeInto(el, field, '  ');
    expect(field.value).to.equal('  ');
    await typeInto(el, field, 'x');
    expect(field.value).to.equal('  x');
  });

  it('a choice taken from the question can be cleared, and stays cleared', async () => {
    const el = await planIn('nl');
    el.flow.goTo(3);
    await el.updateComplete;
    await press(el, $(el, '#sp-where-scale--local'), 'Space');
    expect($<HTMLInputElement>(el, '#sp-where-scale--local').checked).to.equal(false);
    expect(el.plan.open).to.include('where.scale');
  });

  it('"use this" takes a suggestion over and moves focus to its option', async () => {
    const el = await planIn('nl');
    el.flow.goTo(1);
    await el.updateComplete;
    const block = $(el, '#sp-who-what-networks .sp-suggestions');
    expect(text(block)).to.contain('Bestaande netwerken om bij aan te sluiten');
    const first = el.plan.steps[1]!.questions.find((q) => q.id === 'who-what.networks')!.suggestions[0]!;
    const name = defaultDataset.networks.find((n) => n.id === first.id)!.name;
    const use = [...block.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).includes(name))!;
    expect(text(use)).to.equal(`Gebruik dit: ${name}`);
    await press(el, use, 'Enter');
    const option = $<HTMLInputElement>(el, `#sp-who-what-networks--${first.id}`);
    expect(option.checked).to.equal(true);
    expect(active(el)).to.equal(option);
    expect(text($(el, '#sp-who-what-networks'))).to.not.contain(`Gebruik dit: ${name}`);

    el.flow.goTo(2);
    await el.updateComplete;
    expect(text($(el, '#sp-how-learning-forms .sp-suggestions'))).to.contain('Past bij de leerbehoefte van uw groep');
  });

  it('takes answers a host gives back (a restored draft)', async () => {
    const el = await planIn('nl', { 'results.sharing': 'Op WijkWijzer', 'where.scale': ['regional'] });
    el.flow.goTo(4);
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#sp-results-sharing').value).to.equal('Op WijkWijzer');
    el.answers = {};
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#sp-results-sharing').value).to.equal('');
  });
});

describe('<ln-step-plan> overview and text', () => {
  async function answered(lang: 'nl' | 'en'): Promise<LnStepPlan> {
    const el = await planIn(lang);
    await typeInto(el, $(el, '#sp-goal-result'), 'Samen leren');
    el.flow.goTo(5);
    await el.updateComplete;
    return el;
  }

  it('shows every answer per step, with a button to change each step', async () => {
    const el = await answered('nl');
    const overview = text($(el, '.sp-overview'));
    expect(overview).to.contain('Samen leren');
    expect(overview).to.contain(QUESTION.what);
    expect(overview).to.contain('Nog open');
    expect(text($(el, '.sp-open-count'))).to.equal(`Er zijn nog ${el.plan.open.length} open vragen.`);
    await press(el, button(el, 'Wijzig stap 2: Wie en wat is nodig'), 'Enter');
    expect(text($(el, '#sp-step-heading'))).to.contain('Stap 2 van 5');
  });

  it('exports the answered plan as plain text in the element language', async () => {
    const el = await answered('en');
    const plain = el.text;
    expect(plain).to.equal(stepPlanText(el.plan, 'en', msg('en'), defaultDataset));
    expect(plain.startsWith('Step plan for a new learning network\n')).to.equal(true);
    expect(plain).to.contain(`Filled in: ${Math.round(el.plan.completeness * 100)}%`);
    expect(plain).to.contain('Answer: Samen leren');
    expect(plain).to.contain(`Answer: ${QUESTION.what}`);
    expect(plain).to.contain('Still open');
    expect(plain).to.not.contain('<');
    const reference = stepPlan(QUESTION, { dataset: defaultDataset, match, answers: { 'goal.result': 'Samen leren' } });
    expect(plain).to.equal(stepPlanText(reference, 'en', msg('en'), defaultDataset));
  });

  it('downloads the text as a file, without a server (a Blob URL)', async () => {
    const el = await answered('nl');
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      await press(el, button(el, 'Download als tekstbestand'), 'Enter');
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.href.startsWith('blob:')).to.equal(true);
    expect(clicked[0]!.download).to.equal('stappenplan-leernetwerk.txt');
    const body = await (await fetch(clicked[0]!.href)).text();
    expect(body).to.equal(el.text);
    expect(body).to.contain('Antwoord: Samen leren');
    await waitUntil(() => text($(el, '[part="live-region"]')) === 'Het stappenplan is gedownload.');
  });

  it('copies, or shows the text to copy by hand when the clipboard refuses', async () => {
    const el = await answered('nl');
    const original = navigator.clipboard.writeText;
    let copied = '';
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (s: string) => void (copied = s) });
    try {
      await press(el, button(el, 'Kopieer als tekst'), 'Enter');
      await waitUntil(() => text($(el, '[part="live-region"]')) === 'Het stappenplan is gekopieerd.');
      expect(copied).to.equal(el.text);
      expect(copied).to.contain('Antwoord: Samen leren');

      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')),
      });
      await press(el, button(el, 'Kopieer als tekst'), 'Enter');
      await waitUntil(() => el.shadowRoot!.querySelector('#sp-text'));
      const area = $<HTMLTextAreaElement>(el, '#sp-text');
      expect(area.value).to.equal(el.text);
      expect(active(el)).to.equal(area);
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
    }
  });
});

for (const lang of ['nl', 'en'] as const) {
  describe(`<ln-step-plan> accessibility (${lang})`, () => {
    it('has no axe violations in any step or the overview, walked by keyboard', async () => {
      const el = await planIn(lang);
      for (let i = 0; i < 5; i++) {
        expect(text($(el, '#sp-step-heading'))).to.contain(`${i + 1} ${WORDS[lang].of} 5: ${TITLES[lang][i]}`);
        await expect(el).to.be.accessible();
        await press(el, button(el, i < 4 ? WORDS[lang].next : WORDS[lang].toOverview), 'Enter');
      }
      expect(text($(el, '#sp-step-heading'))).to.equal(WORDS[lang].overview);
      await expect(el).to.be.accessible();
    });
  });
}
