import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LnAgendaBrowser } from './agenda-browser.js';
import { active, agendaBrowser, itemButton, openButton, restoreUrlAfterEach, root } from './testing/helpers.js';

const params = () => new URLSearchParams(window.location.search);

/** Sets the page URL's query (keeping path and hash) without a history entry. */
function setQuery(query: string): void {
  const url = new URL(window.location.href);
  url.search = query;
  window.history.replaceState(null, '', url.href);
}

async function historyStep(el: LnAgendaBrowser, step: () => void): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  step();
  await popped;
  await el.updateComplete;
}

/** Counts `ln-agenda-toggle` events while a test runs: they are for the person's own actions only. */
let toggles = 0;
const countToggle = () => toggles++;
beforeEach(() => {
  toggles = 0;
  document.addEventListener('ln-agenda-toggle', countToggle);
});
afterEach(() => document.removeEventListener('ln-agenda-toggle', countToggle));

sessionStorage.clear();
restoreUrlAfterEach();

for (const lang of ['nl', 'en'] as const) {
  describe(`<ln-agenda-browser> URL state (${lang})`, () => {
    it('opens, scrolls to and focuses the item of a deep link', async () => {
      setQuery('?host=1&ln-agenda=gap-3');
      const el = await agendaBrowser(lang);
      const button = openButton(el, 'gap-3')!;
      expect(button, 'gap-3 is open').to.exist;
      expect(button).to.equal(itemButton(el, 'gap-3'));
      await waitUntil(() => active(el) === button, 'the deep-linked item gets focus');
      expect(params().get('host')).to.equal('1');
      expect(toggles, 'a deep link is not a toggle').to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('applies filters from the URL and ignores unknown ones', async () => {
      setQuery('?ln-agenda-thema=education&ln-agenda-doelgroep=nobody');
      const el = await agendaBrowser(lang);
      const theme = root(el).querySelector<HTMLSelectElement>('#ln-agenda-theme')!;
      expect(theme.value).to.equal('education');
      expect(root(el).querySelector<HTMLSelectElement>('#ln-agenda-target-group')!.value).to.equal('');
    });

    it('shows a deep-linked item even when the filters in the URL would hide it', async () => {
      setQuery('?ln-agenda=org-vertical&ln-agenda-thema=education');
      const el = await agendaBrowser(lang);
      expect(openButton(el, 'org-vertical')).to.exist;
      expect(root(el).querySelector<HTMLSelectElement>('#ln-agenda-theme')!.value).to.equal('');
    });

    it('writes opening, closing and filters to the URL with replaceState, keeping other parameters', async () => {
      setQuery('?host=1');
      const el = await agendaBrowser(lang);
      const length = window.history.length;
      const button = itemButton(el, 'priority-2');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(params().get('ln-agenda')).to.equal('priority-2');
      expect(params().get('host')).to.equal('1');

      itemButton(el, 'gap-5').focus();
      await sendKeys({ press: 'Enter' });
      expect(params().get('ln-agenda')).to.equal('gap-5');
      await sendKeys({ press: 'Enter' });
      expect(params().get('ln-agenda'), 'back to the item still open').to.equal('priority-2');
      button.focus();
      await sendKeys({ press: 'Space' });
      expect(params().has('ln-agenda')).to.equal(false);

      root(el).querySelector<HTMLSelectElement>('#ln-agenda-target-group')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(params().get('ln-agenda-doelgroep')).to.equal('administrator');
      expect(window.history.length, 'no history entries added').to.equal(length);
    });

    it('restores the open item and filters on back and forward (popstate)', async () => {
      setQuery('?host=1');
      const el = await agendaBrowser(lang);
      itemButton(el, 'gap-1').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(params().get('ln-agenda')).to.equal('gap-1');

      // The host navigates within the page (for example to a filtered view it links to).
      const next = new URL(window.location.href);
      next.search = '?host=1&ln-agenda=gap-4&ln-agenda-doelgroep=resident';
      window.history.pushState(null, '', next.href);

      await historyStep(el, () => window.history.back());
      expect(openButton(el, 'gap-1')).to.exist;
      expect(root(el).querySelector<HTMLSelectElement>('#ln-agenda-target-group')!.value).to.equal('');

      await historyStep(el, () => window.history.forward());
      expect(openButton(el, 'gap-4')).to.exist;
      expect(openButton(el, 'gap-1')).to.equal(undefined);
      expect(root(el).querySelector<HTMLSelectElement>('#ln-agenda-target-group')!.value).to.equal('resident');
      await waitUntil(() => active(el) === openButton(el, 'gap-4'), 'focus follows the restored item');

      await historyStep(el, () => window.history.back());
      expect(openButton(el, 'gap-4')).to.equal(undefined);
      expect(openButton(el, 'gap-1')).to.exist;
      expect(toggles, 'only the Enter on gap-1, not the history steps').to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('leaves the URL alone with url-state="off"', async () => {
      setQuery('?ln-agenda=gap-3');
      const el = await agendaBrowser(lang);
      el.urlState = 'off';
      await el.updateComplete;
      const before = window.location.href;
      itemButton(el, 'gap-2').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(window.location.href).to.equal(before);
    });
  });
}
