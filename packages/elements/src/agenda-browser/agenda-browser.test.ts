import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultDataset } from '@leernetwerk/data';
import { TARGET_GROUPS, createMatcher, type Dataset } from '@leernetwerk/sdk';
import type { LnAgendaToggleEvent } from './agenda-browser.events.js';
import { offeringsForAgendaItem } from './agenda-offerings.js';
import {
  active,
  agendaBrowser,
  all,
  itemButton,
  jsonUrl,
  panelOf,
  restoreUrlAfterEach,
  root,
  squash,
} from './testing/helpers.js';

const agenda = defaultDataset.agenda;
const idsIn = (group: Element) => [...group.querySelectorAll('li[data-item]')].map((li) => li.getAttribute('data-item'));

/**
 * The default dataset whose catalogue is one offering about something else entirely: the white
 * spots have demand and no supply, as the report found them.
 */
function withUnrelatedCatalogue(): Dataset {
  const template = defaultDataset.offerings[0]!;
  return {
    ...defaultDataset,
    offerings: [
      {
        ...template,
        id: 'test-zwemles',
        title: { nl: 'Zwemles in het zwembad', en: 'Swimming lessons at the pool' },
        description: { nl: 'Schoolzwemmen met diploma A en B.' },
        provider: 'Testzwembad',
        agendaItems: [],
        network: undefined,
        synthetic: true,
      },
    ],
  };
}

sessionStorage.clear();
restoreUrlAfterEach();

for (const lang of ['nl', 'en'] as const) {
  const nl = lang === 'nl';

  describe(`<ln-agenda-browser> (${lang})`, () => {
    it('shows all 16 agenda items under every theme they have, content and process themes apart', async () => {
      const el = await agendaBrowser(lang);
      expect(agenda).to.have.length(16);
      const groups = all(el, '[part="group"]');
      const seen = new Set(groups.flatMap(idsIn));
      expect([...seen].sort()).to.deep.equal(agenda.map((a) => a.id).sort());
      for (const theme of defaultDataset.themes) {
        const group = groups.find((g) => g.querySelector(`#ln-agenda-theme-${theme.id}`));
        const expected = agenda.filter((a) => a.themes.includes(theme.id)).map((a) => a.id);
        if (expected.length === 0) expect(group).to.equal(undefined);
        else expect(idsIn(group!)).to.deep.equal(expected);
      }
      const sections = all(el, '.section-heading').map((h) => h.textContent);
      expect(sections).to.deep.equal(nl ? ["Inhoudelijke thema's", "Procesthema's"] : ['Content themes', 'Process themes']);
      expect(squash(root(el).querySelector('[part="count"]')!.textContent)).to.equal(nl ? '16 agendapunten' : '16 agenda items');
      await expect(el).to.be.accessible();
    });

    it('switches to target groups with the arrow keys in the view switch', async () => {
      const el = await agendaBrowser(lang);
      root(el).querySelector<HTMLInputElement>('input[name="ln-agenda-view"][value="theme"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const groups = all(el, '[part="group"]');
      expect(groups).to.have.length(TARGET_GROUPS.length);
      for (const [i, group] of TARGET_GROUPS.entries()) {
        expect(idsIn(groups[i]!)).to.deep.equal(agenda.filter((a) => a.targetGroups.includes(group)).map((a) => a.id));
      }
      expect(new Set(groups.flatMap(idsIn)).size).to.equal(16);
      expect(groups[3]!.querySelector('.group__heading')!.textContent).to.contain(nl ? 'Bewoners' : 'Residents');
      await expect(el).to.be.accessible();
    });

    it('marks the seven priority questions and the white spots with badges inside the heading button', async () => {
      const el = await agendaBrowser(lang);
      for (const item of agenda) {
        const name = squash(itemButton(el, item.id).textContent);
        if (item.kind === 'priority') expect(name).to.contain(nl ? `Prioritair vraagstuk ${item.number}` : `Priority question ${item.number}`);
        if (item.kind === 'content-gap') expect(name).to.contain(nl ? `Witte vlek ${item.number}` : `White spot ${item.number}`);
        if (item.kind === 'organisational-gap') expect(name).to.contain(nl ? 'Witte vlek in het organiseren' : 'White spot in organising');
        if (item.id === 'gap-6') expect(name).to.contain(nl ? 'Aanbod in ontwikkeling' : 'Offerings in development');
      }
      const priorities = new Set(all(el, '.badge--priority').map((b) => b.closest('li')!.getAttribute('data-item')));
      expect(priorities.size).to.equal(7);
      const whiteSpots = new Set(all(el, '.badge--white-spot').map((b) => b.closest('li')!.getAttribute('data-item')));
      expect(whiteSpots.size).to.equal(9);
      expect(all(el, '.badge--in-development').map((b) => b.closest('li')!.getAttribute('data-item'))).to.deep.equal(['gap-6', 'gap-6']);
    });

    it('opens with Enter and closes with Space (disclosure), firing ln-agenda-toggle', async () => {
      const el = await agendaBrowser(lang);
      const item = agenda.find((a) => a.id === 'gap-1')!;
      const button = itemButton(el, 'gap-1');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(el, button).hidden).to.equal(true);
      button.focus();
      const opened = oneEvent(el, 'ln-agenda-toggle') as Promise<LnAgendaToggleEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail).to.deep.equal({ id: 'gap-1', open: true });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const panel = panelOf(el, button);
      expect(panel.hidden).to.equal(false);
      const questions = [...panel.querySelectorAll('.item__questions li')].map((li) => li.textContent);
      expect(questions).to.deep.equal(item.questions.map((q) => (nl ? q.nl : (q.en ?? q.nl))));
      expect(active(el)).to.equal(button);
      await expect(el).to.be.accessible();

      const closed = oneEvent(el, 'ln-agenda-toggle') as Promise<LnAgendaToggleEvent>;
      await sendKeys({ press: 'Space' });
      expect((await closed).detail).to.deep.equal({ id: 'gap-1', open: false });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(el, button).hidden).to.equal(true);
    });

    it('counts the offerings that fit an item, linked ones first', async () => {
      const el = await agendaBrowser(lang);
      const matcher = createMatcher(defaultDataset);
      for (const id of ['priority-5', 'gap-6', 'org-vertical']) {
        const expected = offeringsForAgendaItem(matcher, agenda.find((a) => a.id === id)!);
        expect(expected.length, id).to.be.above(0);
        const button = itemButton(el, id);
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        const panel = panelOf(el, button);
        const count = squash(panel.querySelector('[part="offering-count"]')!.textContent);
        expect(count).to.match(new RegExp(`^${expected.length} `));
        const listed = [...panel.querySelectorAll('.item__offerings li')].map((li) => squash(li.textContent));
        expect(listed).to.have.length(Math.min(expected.length, 5));
        expect(listed[0]).to.contain(nl ? expected[0]!.offering.title.nl : (expected[0]!.offering.title.en ?? expected[0]!.offering.title.nl));
      }
      const gap6 = panelOf(el, itemButton(el, 'gap-6'));
      expect(squash(gap6.querySelector('.item__offerings li')!.textContent)).to.contain(nl ? 'gekoppeld' : 'linked');
      expect(gap6.textContent).to.contain(nl ? 'in ontwikkeling' : 'in development');
      await expect(el).to.be.accessible();
    });

    it('counts with the SDK measure at the host\'s min-fit, linked offerings always', async () => {
      const el = await agendaBrowser(lang);
      const matcher = createMatcher(defaultDataset);
      const open = async (id: string) => {
        const button = itemButton(el, id);
        if (button.getAttribute('aria-expanded') !== 'true') {
          button.focus();
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
        }
        return panelOf(el, button).querySelector('[part="offering-count"]')?.textContent;
      };
      for (const minFit of [0.1, 0.99]) {
        el.setAttribute('min-fit', String(minFit));
        await el.updateComplete;
        for (const id of ['org-vertical', 'gap-6']) {
          const expected = offeringsForAgendaItem(matcher, agenda.find((a) => a.id === id)!, { minFit });
          const count = await open(id);
          if (expected.length === 0) expect(count, `${id} at ${minFit}`).to.equal(undefined);
          else expect(squash(count ?? ''), `${id} at ${minFit}`).to.match(new RegExp(`^${expected.length} `));
        }
      }
      // The linked offering of white spot 6 counts at any fit; at 0.99 nothing else fits org-vertical.
      expect(offeringsForAgendaItem(matcher, agenda.find((a) => a.id === 'gap-6')!, { minFit: 0.99 }).every((f) => f.linked)).to.equal(true);
      expect(offeringsForAgendaItem(matcher, agenda.find((a) => a.id === 'org-vertical')!, { minFit: 0.1 }).length).to.be.above(
        offeringsForAgendaItem(matcher, agenda.find((a) => a.id === 'org-vertical')!, { minFit: 0.99 }).length,
      );
    });

    it('says "no offering yet" for a white spot nothing fits', async () => {
      const dataset = withUnrelatedCatalogue();
      expect(offeringsForAgendaItem(createMatcher(dataset), dataset.agenda.find((a) => a.id === 'gap-2')!)).to.deep.equal([]);
      const el = await agendaBrowser(lang, { src: jsonUrl(dataset) });
      const button = itemButton(el, 'gap-2');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const none = panelOf(el, button).querySelector('[part="no-offering"]')!;
      expect(squash(none.textContent)).to.equal(
        nl ? 'Nog geen leeraanbod. Hier is vraag, maar nog geen aanbod.' : 'No learning offering yet. There is demand here, but no supply yet.',
      );
      expect(panelOf(el, button).querySelector('[part="offering-count"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('links to the question form with the agenda id, and carries a take-part form with the delivery settings', async () => {
      const el = await agendaBrowser(lang, { questionHref: '/leervraag/', action: '/__ln-test__/echo' });
      const button = itemButton(el, 'priority-4');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const panel = panelOf(el, button);
      const ask = panel.querySelector<HTMLAnchorElement>('[part="ask-link"]')!;
      expect(ask.getAttribute('href')).to.equal('/leervraag/?ln-vraag-over=priority-4');
      expect(ask.textContent).to.equal(nl ? 'Stel een vraag over dit onderwerp' : 'Ask a question about this subject');
      const takePart = panel.querySelector('ln-take-part')!;
      expect(takePart.getAttribute('subject-id')).to.equal('priority-4');
      expect(takePart.getAttribute('subject-type')).to.equal('agenda');
      expect(takePart.getAttribute('action')).to.equal('/__ln-test__/echo');
      expect(takePart.getAttribute('subject-title')).to.equal(squash(button.querySelector('.item__title')!.textContent));
    });

    it('keeps the default question link on this page', async () => {
      const el = await agendaBrowser(lang);
      itemButton(el, 'gap-3').click();
      await el.updateComplete;
      const href = panelOf(el, itemButton(el, 'gap-3')).querySelector('[part="ask-link"]')!.getAttribute('href')!;
      const url = new URL(href, window.location.href);
      expect(url.pathname).to.equal(window.location.pathname);
      expect(url.searchParams.get('ln-vraag-over')).to.equal('gap-3');
      expect(url.hash).to.equal('#vraag');
    });

    it('filters by theme and target group with the keyboard and announces the count politely', async () => {
      const el = await agendaBrowser(lang);
      const theme = root(el).querySelector<HTMLSelectElement>('#ln-agenda-theme')!;
      theme.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const first = defaultDataset.themes[0]!.id;
      expect(theme.value).to.equal(first);
      const expected = agenda.filter((a) => a.themes.includes(first)).length;
      const live = root(el).querySelector('[role="status"][aria-live="polite"]')!;
      await waitUntil(() => squash(live.textContent) !== '', 'announced');
      expect(squash(live.textContent)).to.equal(nl ? `${expected} van de 16 agendapunten` : `${expected} of 16 agenda items`);
      expect(all(el, '[part="group"]')).to.have.length(1);

      const group = root(el).querySelector<HTMLSelectElement>('#ln-agenda-target-group')!;
      group.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const both = agenda.filter((a) => a.themes.includes(first) && a.targetGroups.includes(TARGET_GROUPS[0])).length;
      expect(squash(root(el).querySelector('[part="count"]')!.textContent)).to.contain(String(both));
      await expect(el).to.be.accessible();

      const clear = root(el).querySelector<HTMLButtonElement>('.controls__clear')!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(squash(root(el).querySelector('[part="count"]')!.textContent)).to.equal(nl ? '16 agendapunten' : '16 agenda items');
      expect(active(el)).to.equal(theme);
    });

    it('opens a related item from a link and moves focus to it', async () => {
      const el = await agendaBrowser(lang);
      itemButton(el, 'gap-6').click();
      await el.updateComplete;
      const link = panelOf(el, itemButton(el, 'gap-6')).querySelector<HTMLAnchorElement>('.item__related a')!;
      expect(new URL(link.href).searchParams.get('ln-agenda')).to.equal('gap-3');
      link.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const target = itemButton(el, 'gap-3');
      expect(target.getAttribute('aria-expanded')).to.equal('true');
      expect(active(el)).to.equal(target);
    });

    it('says so when the agenda is empty', async () => {
      const el = await agendaBrowser(lang, { src: jsonUrl({ ...defaultDataset, agenda: [] }) });
      expect(squash(root(el).textContent)).to.contain(nl ? 'De leeragenda is leeg' : 'The learning agenda is empty');
      await expect(el).to.be.accessible();
    });
  });
}
