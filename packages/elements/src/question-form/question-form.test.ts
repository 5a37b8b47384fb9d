import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseQuestion } from '@leernetwerk/sdk';
import { defaultDataset, exampleSharedQuestions } from '@leernetwerk/data';
import { ifDefined } from 'lit/directives/if-defined.js';
import './ln-question-form.js';
import type { LnQuestionForm } from './question-form.js';
import type { LnQuestionChangeEvent, LnQuestionSubmitEvent, LnStepPlanOpenEvent } from './question-form.events.js';
import { dataStatus, requestCount, uniqueId } from '../shared/testing/data-widget.js';
import type { LnStepPlan } from '../step-plan/step-plan.js';

const TRUST = 'Hoe krijgen we bewoners weer vertrouwen in de gemeente?';
const NOTHING = 'Zzyzx qwv blorp';
const WORDS = {
  nl: { review: 'Controleer uw vraag', send: 'Verstuur uw vraag', retry: 'Opnieuw proberen', reason: 'komt overeen met', open: 'Maak een stappenplan' },
  en: { review: 'Check your question', send: 'Send your question', retry: 'Try again', reason: 'matches', open: 'Make a step plan' },
} as const;

type Lang = keyof typeof WORDS;
const root = (el: LnQuestionForm) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: LnQuestionForm, selector: string) => root(el).querySelector<T>(selector)!;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const active = (el: LnQuestionForm) => root(el).activeElement as HTMLElement | null;
const button = (el: LnQuestionForm, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label)!;

interface Options {
  lang?: Lang;
  id?: string;
  action?: string;
  stepPlan?: string;
  topic?: string;
  mailto?: string;
  questionsSrc?: string;
  debounce?: number;
}

async function form(options: Options = {}): Promise<LnQuestionForm> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'nl'}>
    <ln-question-form
      id=${options.id ?? uniqueId('qf')}
      debounce=${options.debounce ?? 40}
      action=${ifDefined(options.action)}
      step-plan=${ifDefined(options.stepPlan)}
      topic=${ifDefined(options.topic)}
      mailto=${ifDefined(options.mailto)}
      questions-src=${ifDefined(options.questionsSrc)}
    ></ln-question-form>
  </div>`);
  const el = wrap.querySelector<LnQuestionForm>('ln-question-form')!;
  el.delivery = { retries: 2, backoff: 20, timeout: 3000 };
  await dataStatus(el, 'ready');
  return el;
}

/** Real typing into the question field. */
async function type(el: LnQuestionForm, value: string): Promise<void> {
  $(el, '#qf-what').focus();
  await sendKeys({ type: value });
  await waitUntil(() => !el.form.state.matching && el.form.state.result !== undefined, 'no match after typing');
  await el.updateComplete;
}

async function press(el: LnQuestionForm, target: HTMLElement, key: string): Promise<void> {
  target.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<ln-question-form> while typing', () => {
  it('shows no shared questions of others on the default dataset: the illustrative ones are opt-in', async () => {
    const el = await form();
    await type(el, TRUST);
    expect(el.form.state.result!.similarQuestions).to.deep.equal([]);
  });

  it('shows the agenda items a question links to, with reasons, and counts in a polite live region', async () => {
    const el = await form({ debounce: 300 });
    el.questions = exampleSharedQuestions;
    const changes: LnQuestionChangeEvent[] = [];
    el.addEventListener('ln-question-change', (e) => changes.push(e));
    await type(el, TRUST);
    expect(changes.at(-1)!.detail.question).to.deep.equal({ what: TRUST });
    expect(changes.length, 'debounced: fewer events than keys').to.be.lessThan(TRUST.length / 2);
    const first = $(el, '[aria-labelledby="qf-r-agenda"] li');
    const trust = defaultDataset.agenda.find((a) => a.id === 'priority-5')!;
    expect(text(first)).to.contain(trust.title.nl);
    expect(text(first.querySelector('.qf-reasons')!)).to.contain('komt overeen met');
    expect(root(el).querySelectorAll('[aria-labelledby="qf-r-offerings"] li').length).to.be.greaterThan(0);
    const live = $(el, '[part="live-region"]');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => text(live).startsWith('Gevonden:'), 'no count announced');
    expect(text($(el, '[aria-labelledby="qf-r-similar"]'))).to.contain('vertrouwen');
    expect($(el, '#qf-what')).to.have.property('value', TRUST);
  });

  it('changes the results when structured choices change (keyboard)', async () => {
    const el = await form();
    await type(el, TRUST);
    const before = el.form.state.result;
    const resident = [...root(el).querySelectorAll<HTMLInputElement>('#qf-target-group input')].find((i) => i.value === 'resident')!;
    await press(el, resident, 'Space');
    expect(resident.checked).to.equal(true);
    await waitUntil(() => el.form.state.result !== before, 'no new match');
    await el.updateComplete;
    expect(el.form.state.question.targetGroup).to.equal('resident');
    const reasons = [...root(el).querySelectorAll('[aria-labelledby="qf-r-offerings"] .qf-reasons li')].map(text);
    expect(reasons.some((r) => r.includes('bewoners'))).to.equal(true);
  });

  it('ticks the themes of the agenda item of a topic link', async () => {
    const el = await form({ topic: 'priority-5' });
    const checked = [...root(el).querySelectorAll<HTMLInputElement>('#qf-themes input:checked')].map((i) => i.value);
    expect(checked.sort()).to.deep.equal(['participation', 'safety']);
    expect(text(root(el).querySelector('.notice')!)).to.contain('Uw vraag gaat over');
  });
});

describe('<ln-question-form> validation, review and sending', () => {
  it('an empty question gives an error summary whose link moves focus to the field', async () => {
    const el = await form();
    await press(el, button(el, WORDS.nl.review), 'Enter');
    await el.updateComplete;
    const summary = $(el, '#qf-errors');
    expect(active(el)).to.equal(summary);
    expect(text(summary)).to.contain('Vul uw leervraag in.');
    const what = $(el, '#qf-what');
    expect(what.getAttribute('aria-invalid')).to.equal('true');
    expect(what.getAttribute('aria-required')).to.equal('true');
    expect(what.getAttribute('aria-describedby')).to.contain('qf-what-error');
    await sendKeys({ press: 'Tab' });
    expect(text(active(el)!)).to.equal('Vul uw leervraag in.');
    await sendKeys({ press: 'Enter' });
    expect(active(el)).to.equal(what);
    await sendKeys({ type: 'Hoe?' });
    await el.updateComplete;
    expect(root(el).querySelector('#qf-errors'), 'the summary goes once the field is right').to.equal(null);
  });

  it('review, change, send: the event carries exactly the validated question', async () => {
    const el = await form();
    await type(el, `  ${TRUST}`);
    const peers = $(el, '#qf-peer-mix input');
    await press(el, peers, 'Space');
    await press(el, button(el, WORDS.nl.review), 'Enter');
    expect(active(el)).to.equal($(el, '#qf-review-heading'));
    const review = text($(el, '.qf-summary'));
    expect(review).to.contain(TRUST);
    expect(review).to.contain('met vakgenoten of gelijkgestemden');

    const change = [...root(el).querySelectorAll<HTMLButtonElement>('.qf-summary button')].find((b) => text(b).includes('Met vakgenoten of met een mix?'))!;
    await press(el, change, 'Enter');
    expect(active(el)).to.equal($(el, '#qf-peer-mix input:checked'));
    expect(active(el)).to.have.property('value', 'peers');
    await press(el, button(el, WORDS.nl.review), 'Enter');

    const submitted = oneEvent(el, 'ln-question-submit') as Promise<LnQuestionSubmitEvent>;
    await press(el, button(el, WORDS.nl.send), 'Enter');
    const event = await submitted;
    expect(event.detail).to.deep.equal({ question: parseQuestion({ what: TRUST, peerMix: 'peers' }).question });
    expect(event.cancelable && event.composed && event.bubbles).to.equal(true);
    await waitUntil(() => root(el).querySelector('#qf-sent-heading'));
    await el.updateComplete;
    expect(active(el)).to.equal($(el, '#qf-sent-heading'));
    expect(sessionStorage.getItem(`leernetwerk:draft:question-form:${el.id}`), 'draft cleared').to.equal(null);
  });

  it('a failing action keeps the question, says so in an alert, and retry sends it', async () => {
    const id = uniqueId('flaky');
    const el = await form({ action: `/__ln-test__/flaky/${id}?fail=3&code=500` });
    await type(el, TRUST);
    await press(el, button(el, WORDS.nl.review), 'Enter');
    const send = button(el, WORDS.nl.send);
    await press(el, send, 'Enter');
    await waitUntil(() => el.form.state.status === 'failed', 'never failed', { timeout: 5000 });
    await el.updateComplete;
    const alert = $(el, '[role="alert"]');
    expect(text(alert)).to.contain('(500)');
    expect(text(alert)).to.contain('Uw antwoorden zijn bewaard');
    expect(await requestCount(id)).to.equal(3);
    expect(text($(el, '.qf-summary'))).to.contain(TRUST);
    expect(sessionStorage.getItem(`leernetwerk:draft:question-form:${el.id}`)).to.contain('vertrouwen');
    expect(active(el), 'focus stays on the button, now "try again"').to.equal(send);
    expect(text(send)).to.equal(WORDS.nl.retry);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.form.state.status === 'sent', 'retry did not send', { timeout: 5000 });
    expect(await requestCount(id)).to.equal(4);
  });

  it('a server error (500) on every attempt ends in the failure state with the question intact', async () => {
    const el = await form({ action: '/__ln-test__/status/500' });
    await type(el, TRUST);
    await press(el, button(el, WORDS.nl.review), 'Enter');
    await press(el, button(el, WORDS.nl.send), 'Enter');
    await waitUntil(() => el.form.state.status === 'failed', 'never failed', { timeout: 5000 });
    await el.updateComplete;
    expect(text($(el, '[role="alert"]'))).to.contain('Versturen is niet gelukt');
    await press(el, button(el, 'Terug naar het formulier'), 'Enter');
    expect($(el, '#qf-what')).to.have.property('value', TRUST);
  });
});

describe('<ln-question-form> draft', () => {
  it('survives a reload: the same form made anew has the draft back', async () => {
    const id = uniqueId('reload');
    const first = await form({ id });
    await type(first, 'Hoe houden we de buurtaanpak lang vol?');
    const duration = [...root(first).querySelectorAll<HTMLInputElement>('#qf-duration input')].find((i) => i.value === 'long-running')!;
    await press(first, duration, 'Space');
    first.remove();
    const second = await form({ id });
    expect($(second, '#qf-what')).to.have.property('value', 'Hoe houden we de buurtaanpak lang vol?');
    expect($<HTMLInputElement>(second, '#qf-duration input[value="long-running"]').checked).to.equal(true);
    expect(text(root(second).querySelector('.notice')!)).to.contain('teruggezet');
    await waitUntil(() => second.form.state.result !== undefined, 'restored draft is matched too');
  });

  it('keeps working in memory when storage throws, and says so', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === sessionStorage) throw new DOMException('quota', 'QuotaExceededError');
      return original.call(this, key, value);
    };
    try {
      const el = await form();
      await type(el, 'Blijft dit staan?');
      const notice = $(el, '.qf-draft-status');
      expect(notice.getAttribute('role')).to.equal('status');
      expect(text(notice)).to.contain('Uw browser staat opslaan niet toe');
      expect($(el, '#qf-what')).to.have.property('value', 'Blijft dit staan?');
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = original;
    }
  });
});

describe('<ln-question-form> step plan', () => {
  /** Opens the offered step plan by keyboard; returns the plan element. */
  async function openPlan(el: LnQuestionForm): Promise<LnStepPlan> {
    await press(el, $(el, '.qf-offer button'), 'Enter');
    const plan = $<LnStepPlan>(el, 'ln-step-plan');
    await plan.updateComplete;
    return plan;
  }
  const inPlan = <T extends Element = HTMLElement>(plan: LnStepPlan, selector: string) => plan.shadowRoot!.querySelector<T>(selector)!;

  it('is offered when nothing fits, opens by keyboard and is pre-filled from the answers', async () => {
    const el = await form();
    const scale = $<HTMLInputElement>(el, '#qf-scale input[value="regional"]');
    await press(el, scale, 'Space');
    await type(el, NOTHING);
    const offer = $(el, '.qf-offer');
    expect(text(offer)).to.contain('Niets dat goed past?');
    const opened = oneEvent(el, 'ln-step-plan-open') as Promise<LnStepPlanOpenEvent>;
    const toggle = offer.querySelector('button')!;
    await press(el, toggle, 'Enter');
    expect((await opened).detail.plan.steps).to.have.length(5);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const plan = $<LnStepPlan>(el, 'ln-step-plan');
    await plan.updateComplete;
    expect(plan.shadowRoot!.activeElement).to.equal(inPlan(plan, '#sp-title'));
    expect(text(inPlan(plan, '#sp-step-heading'))).to.equal('Stap 1 van 5: Leervraag en leerdoel');
    expect(inPlan<HTMLTextAreaElement>(plan, '#sp-goal-question').value).to.equal(NOTHING);
    plan.flow.goTo(3);
    await plan.updateComplete;
    expect(inPlan<HTMLInputElement>(plan, '#sp-where-scale--regional').checked).to.equal(true);
    expect(plan.text).to.contain(`Antwoord: ${NOTHING}`);
  });

  it('keeps the answers in the question\'s draft: a reload has them back, with the plan open', async () => {
    const id = uniqueId('plan-reload');
    const first = await form({ id });
    await type(first, NOTHING);
    const plan = await openPlan(first);
    const changes: Event[] = [];
    first.addEventListener('ln-step-plan-change', (e) => changes.push(e));
    inPlan(plan, '#sp-goal-result').focus();
    await sendKeys({ type: 'Een werkende aanpak' });
    await plan.updateComplete;
    expect(changes.length, 'the change event leaves the form').to.be.greaterThan(0);
    expect(first.form.state.stepPlan.answers).to.deep.equal({ 'goal.result': 'Een werkende aanpak' });
    const stored = JSON.parse(sessionStorage.getItem(`leernetwerk:draft:question-form:${id}`)!);
    expect(stored.draft).to.deep.equal({
      what: NOTHING,
      stepPlan: { answers: { 'goal.result': 'Een werkende aanpak' }, open: true, include: false },
    });
    first.remove();

    const second = await form({ id });
    await waitUntil(() => second.shadowRoot!.querySelector('ln-step-plan'), 'the plan opens again');
    const again = $<LnStepPlan>(second, 'ln-step-plan');
    await again.updateComplete;
    expect(inPlan<HTMLTextAreaElement>(again, '#sp-goal-result').value).to.equal('Een werkende aanpak');
    expect(inPlan<HTMLTextAreaElement>(again, '#sp-goal-question').value).to.equal(NOTHING);
    expect(text(root(second).querySelector('.notice')!)).to.contain('teruggezet');
  });

  it('"send the step plan with my question" puts the answered plan into ln-question-submit', async () => {
    const el = await form();
    await type(el, NOTHING);
    const plan = await openPlan(el);
    inPlan(plan, '#sp-goal-result').focus();
    await sendKeys({ type: 'Samen verder' });
    await plan.updateComplete;
    await press(el, $(el, '#qf-include-plan'), 'Space');
    await press(el, button(el, WORDS.nl.review), 'Enter');
    expect($<HTMLInputElement>(el, '#qf-include-plan-review').checked).to.equal(true);
    const submitted = oneEvent(el, 'ln-question-submit') as Promise<LnQuestionSubmitEvent>;
    el.addEventListener('ln-question-submit', (e) => e.preventDefault(), { once: true });
    await press(el, button(el, WORDS.nl.send), 'Enter');
    const detail = (await submitted).detail;
    const result = detail.stepPlan!.steps[0]!.questions.find((q) => q.id === 'goal.result')!;
    expect(result.value).to.equal('Samen verder');
    expect(detail.stepPlan).to.deep.equal(plan.plan);
  });
});

describe('<ln-question-form> hosts', () => {
  const pool = [
    { id: 'host-1', text: 'Hoe winnen we het vertrouwen van bewoners in de gemeente terug?', consent: true, themes: ['participation'] },
    { id: 'host-2', text: 'Zonder toestemming', themes: ['participation'] },
  ];

  it('uses a host pool of shared questions from the questions property, leaving out those without consent', async () => {
    const el = await form();
    el.questions = pool;
    await type(el, TRUST);
    await waitUntil(() => el.form.state.result?.similarQuestions.some((r) => r.item.id === 'host-1'));
    expect(el.form.state.result!.similarQuestions.map((r) => r.item.id)).to.deep.equal(['host-1']);
    await el.updateComplete;
    expect(text($(el, '[aria-labelledby="qf-r-similar"]'))).to.contain(pool[0]!.text);
  });

  it('loads the pool from questions-src, and says so when that fails', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify({ questions: pool })], { type: 'application/json' }));
    const el = await form({ questionsSrc: url });
    await type(el, TRUST);
    await waitUntil(() => el.form.state.result?.similarQuestions[0]?.item.id === 'host-1', 'pool not used');
    const broken = await form({ questionsSrc: '/__ln-test__/status/404' });
    await waitUntil(() => broken.shadowRoot!.querySelector('.qf-draft-status .notice'), 'no notice');
    expect(text($(broken, '.qf-draft-status'))).to.contain('De vragen van anderen konden niet worden geladen');
    await type(broken, TRUST);
    expect(broken.form.state.result!.agenda[0]!.item.id).to.equal('priority-5');
  });

  it('prefills from the question property without firing ln-question-change', async () => {
    const el = await form();
    let changes = 0;
    el.addEventListener('ln-question-change', () => changes++);
    el.question = { what: TRUST, scale: ['local'] };
    await waitUntil(() => el.form.state.result !== undefined);
    await el.updateComplete;
    expect($(el, '#qf-what')).to.have.property('value', TRUST);
    expect($<HTMLInputElement>(el, '#qf-scale input[value="local"]').checked).to.equal(true);
    await new Promise((r) => setTimeout(r, 80));
    expect(changes).to.equal(0);
  });

  it('reads the agenda item from ?ln-vraag-over= (the agenda browser link)', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?ln-vraag-over=gap-5`);
    try {
      const el = await form();
      const checked = [...root(el).querySelectorAll<HTMLInputElement>('#qf-themes input:checked')].map((i) => i.value).sort();
      const gap = defaultDataset.agenda.find((a) => a.id === 'gap-5')!;
      expect(checked).to.deep.equal([...gap.themes].sort());
      history.replaceState(null, '', `${location.pathname}?ln-agenda=gap-3`);
      const other = await form();
      expect(other.form.state.topic, "the agenda browser's own parameter is left alone").to.equal(undefined);
      expect(root(other).querySelectorAll('#qf-themes input:checked')).to.have.length(0);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('fills "what" from ?ln-vraag= (the offering finder\'s empty state) when there is no draft, in nl and en', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?ln-vraag=${encodeURIComponent(TRUST)}#vraag`);
    try {
      for (const lang of ['nl', 'en'] as const) {
        const el = await form({ lang });
        await waitUntil(() => el.form.state.result !== undefined, 'the search text is matched');
        await el.updateComplete;
        expect($(el, '#qf-what')).to.have.property('value', TRUST);
        expect(el.form.state.draftStatus.restored).to.equal(false);
        expect(root(el).querySelector('.notice'), 'no "draft restored" notice').to.equal(null);
        await expect(el).to.be.accessible();
        // The person goes on typing after the search text: nothing is overwritten.
        $(el, '#qf-what').focus();
        await sendKeys({ press: 'End' });
        await sendKeys({ type: ' En hoe?' });
        await waitUntil(() => el.form.state.question.what === `${TRUST} En hoe?`, 'typing continues after the search text');
        el.requestUpdate();
        await el.updateComplete;
        expect($(el, '#qf-what')).to.have.property('value', `${TRUST} En hoe?`);
      }
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('lets a draft win over ?ln-vraag=, and ignores an empty parameter', async () => {
    const before = location.href;
    const id = uniqueId('draft-wins');
    try {
      const first = await form({ id });
      await type(first, 'Mijn eigen vraag over de wijk');
      first.remove();
      history.replaceState(null, '', `${location.pathname}?ln-vraag=zzzz`);
      const second = await form({ id });
      expect($(second, '#qf-what')).to.have.property('value', 'Mijn eigen vraag over de wijk');
      expect(second.form.state.draftStatus.restored).to.equal(true);
      await expect(second).to.be.accessible();
      history.replaceState(null, '', `${location.pathname}?ln-vraag=%20%20`);
      const blank = await form();
      expect(blank.form.state.question).to.deep.equal({});
      expect($(blank, '#qf-what')).to.have.property('value', '');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('with mailto: a link the person opens themselves, every part encoded', async () => {
    const el = await form({ mailto: 'leervragen@voorbeeldstad.nl' });
    await type(el, TRUST);
    await press(el, button(el, WORDS.nl.review), 'Enter');
    await press(el, button(el, WORDS.nl.send), 'Enter');
    await waitUntil(() => root(el).querySelector('#qf-sent-heading'));
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, '.qf-sent a');
    expect(link.href.startsWith('mailto:leervragen@voorbeeldstad.nl?subject=')).to.equal(true);
    expect(decodeURIComponent(link.href)).to.contain(`Uw leervraag:\r\n${TRUST}`);
    expect(text($(el, '#qf-sent-heading'))).to.equal('Verstuur uw vraag per e-mail');
    await expect(el).to.be.accessible();
  });

  it('sends the step plan along only when the person ticks it', async () => {
    const el = await form({ stepPlan: 'always' });
    await type(el, NOTHING);
    await press(el, button(el, WORDS.nl.open), 'Enter');
    await press(el, $(el, '#qf-include-plan'), 'Space');
    await press(el, button(el, WORDS.nl.review), 'Enter');
    expect($<HTMLInputElement>(el, '#qf-include-plan-review').checked).to.equal(true);
    const submitted = oneEvent(el, 'ln-question-submit') as Promise<LnQuestionSubmitEvent>;
    await press(el, button(el, WORDS.nl.send), 'Enter');
    const detail = (await submitted).detail;
    expect(detail.question).to.deep.equal({ what: NOTHING });
    expect(detail.stepPlan!.steps.map((s) => s.id)).to.deep.equal(['goal', 'who-what', 'how', 'where', 'results']);
  });

  it('fits the page outline: heading-level and hide-title', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="nl"><ln-question-form id=${uniqueId('qf')} heading-level="3" hide-title></ln-question-form></div>`);
    const el = wrap.querySelector<LnQuestionForm>('ln-question-form')!;
    await dataStatus(el, 'ready');
    const title = $(el, '#qf-title');
    expect(title.localName).to.equal('h3');
    expect(title.className).to.equal('visually-hidden');
    expect($(el, '[part="base"]').hasAttribute('aria-labelledby'), 'no region landmark of its own under the page heading').to.equal(false);
    expect($(el, '[part="form"]').getAttribute('aria-labelledby'), 'the hidden title still names the form').to.equal('qf-title');
    expect($(el, '#qf-s-what').localName).to.equal('h4');
    expect($(el, '#qf-results-heading').localName).to.equal('h4');
    await expect(el).to.be.accessible();
    await press(el, button(el, WORDS.nl.review), 'Enter');
    expect($(el, '#qf-errors-heading').localName, 'the error summary is one of the sections').to.equal('h4');
    expect(active(el)).to.equal($(el, '#qf-errors'));
    await expect(el).to.be.accessible();
  });

  it('is a named region with its title shown, and none inside a page section of the same name with hide-title', async () => {
    const shown = await form();
    expect($(shown, '[part="base"]').getAttribute('aria-labelledby')).to.equal('qf-title');
    expect(text($(shown, '#qf-title'))).to.equal('Stel uw leervraag');
    await expect(shown).to.be.accessible();
    // As on the municipality demo: the page's own section carries the same name.
    const page = await fixture<HTMLElement>(html`<main lang="nl">
      <section id=${uniqueId('leervraag')} aria-labelledby="page-qf-title">
        <h2 id="page-qf-title">Stel uw leervraag</h2>
        <ln-question-form id=${uniqueId('qf')} heading-level="3" hide-title></ln-question-form>
      </section>
    </main>`);
    const el = page.querySelector<LnQuestionForm>('ln-question-form')!;
    await dataStatus(el, 'ready');
    await expect(page).to.be.accessible();
  });

  it('step-plan="never" offers no step plan, even when nothing fits', async () => {
    const el = await form({ stepPlan: 'never' });
    await type(el, NOTHING);
    expect(root(el).querySelector('.qf-offer')).to.equal(null);
    expect(text($(el, '.qf-results'))).to.contain('Er is nog niets gevonden');
  });

  it('keeps the draft on this device only after opt-in, and discards it on request', async () => {
    const el = await form();
    await type(el, 'Bewaar dit');
    const key = `leernetwerk:draft:question-form:${el.id}`;
    expect(localStorage.getItem(key)).to.equal(null);
    await press(el, $(el, '#qf-keep'), 'Space');
    expect(localStorage.getItem(key)).to.contain('Bewaar dit');
    expect(sessionStorage.getItem(key)).to.equal(null);
    await press(el, button(el, 'Concept weggooien'), 'Enter');
    expect(localStorage.getItem(key)).to.equal(null);
    expect(active(el)).to.equal($(el, '#qf-what'));
    expect($(el, '#qf-what')).to.have.property('value', '');
  });
});

for (const lang of ['nl', 'en'] as const) {
  describe(`<ln-question-form> accessibility (${lang})`, () => {
    it('has no axe violations when empty, with errors, with results and with the step plan', async () => {
      const el = await form({ lang, stepPlan: 'always' });
      await expect(el).to.be.accessible();
      await press(el, button(el, WORDS[lang].review), 'Enter');
      expect(root(el).querySelector('#qf-errors')).to.exist;
      await expect(el).to.be.accessible();
      await type(el, TRUST);
      expect(text($(el, '.qf-reasons'))).to.contain(WORDS[lang].reason);
      await expect(el).to.be.accessible();
      await press(el, button(el, WORDS[lang].open), 'Enter');
      await $<LnStepPlan>(el, 'ln-step-plan').updateComplete;
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in review, failure and sent', async () => {
      const id = uniqueId('a11y');
      const el = await form({ lang, action: `/__ln-test__/flaky/${id}?fail=3&code=503` });
      await type(el, TRUST);
      await press(el, button(el, WORDS[lang].review), 'Enter');
      await expect(el).to.be.accessible();
      await press(el, button(el, WORDS[lang].send), 'Enter');
      await waitUntil(() => el.form.state.status === 'failed', 'never failed', { timeout: 5000 });
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await press(el, button(el, WORDS[lang].retry), 'Enter');
      await waitUntil(() => el.form.state.status === 'sent', 'never sent', { timeout: 5000 });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });
}
