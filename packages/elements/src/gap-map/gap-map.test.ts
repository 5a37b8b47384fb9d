import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultDataset } from '@leernetwerk/data';
import { DIRECTIONS, SCALES, TARGET_GROUPS, analyzeGaps, type GapAnalysis, type GapQuestion } from '@leernetwerk/sdk';
import { dataStatus } from '../shared/testing/data-widget.js';
import './ln-gap-map.js';
import type { LnGapMap } from './gap-map.js';

const root = (el: LnGapMap) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: LnGapMap, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const active = (el: LnGapMap) => root(el).activeElement as HTMLElement | null;
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const num = (text: string | null | undefined) => Number(squash(text).replace(/[^\d,.-]/g, '').replace(',', '.'));

/** Themes as the map orders them: content themes, then process themes. */
const themeRows = [...defaultDataset.themes].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'content' ? -1 : 1)).map((t) => t.id);

function sdkCell(analysis: GapAnalysis, theme: string, group: string) {
  const cell = analysis.cells.find((c) => c.theme === theme && c.targetGroup === group);
  return { demand: cell?.demand.total ?? 0, supply: cell?.supply ?? 0 };
}

async function gapMap(lang: 'nl' | 'en', options: { src?: string; questions?: GapQuestion[] } = {}): Promise<LnGapMap> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <ln-gap-map src=${options.src ?? ''} .questions=${options.questions}></ln-gap-map>
  </div>`);
  const el = wrap.querySelector('ln-gap-map')!;
  await dataStatus(el, 'ready', 'error');
  await waitUntil(() => !el.gaps.analysing, 'the analysis never ended');
  await el.updateComplete;
  return el;
}

function mapNumbers(el: LnGapMap): { demand: number; supply: number }[][] {
  return all(el, '[role="grid"] tbody tr').map((tr) =>
    [...tr.querySelectorAll('[role="gridcell"]')].map((cell) => ({
      demand: num(cell.querySelector('.cell__demand')!.textContent),
      supply: num(cell.querySelector('.cell__supply')!.textContent),
    })),
  );
}

async function pressOn(el: LnGapMap, target: HTMLElement, key: string) {
  target.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

for (const lang of ['nl', 'en'] as const) {
  const nl = lang === 'nl';

  describe(`<ln-gap-map> (${lang})`, () => {
    it('shows every theme × target group with the numbers of analyzeGaps', async () => {
      const el = await gapMap(lang);
      const analysis = analyzeGaps(defaultDataset);
      const numbers = mapNumbers(el);
      expect(numbers).to.have.length(defaultDataset.themes.length);
      expect(all(el, '[role="gridcell"]')).to.have.length(defaultDataset.themes.length * TARGET_GROUPS.length);
      numbers.forEach((row, r) =>
        row.forEach((cell, c) => expect(cell, `${themeRows[r]} × ${TARGET_GROUPS[c]}`).to.deep.equal(sdkCell(analysis, themeRows[r]!, TARGET_GROUPS[c]!))),
      );
      const shownDemand = numbers.flat().reduce((sum, c) => sum + c.demand, 0);
      expect(shownDemand).to.equal(analysis.cells.reduce((sum, c) => sum + c.demand.total, 0));
      const headers = all(el, '[role="grid"] thead th').map((th) => th.textContent);
      expect(headers[3]).to.equal(nl ? 'Bewoners' : 'Residents');
      await expect(el).to.be.accessible();
    });

    it('names each cell’s level for screen readers, not by colour alone', async () => {
      const el = await gapMap(lang);
      for (const cell of all(el, '[role="gridcell"]')) {
        const level = [...cell.classList].find((c) => c.startsWith('cell--') && c !== 'cell--active')!;
        expect(squash(cell.querySelector('.visually-hidden')!.textContent).length, level).to.be.above(3);
        expect(getComputedStyle(cell.querySelector('.cell__glyph')!, '::before').content).to.not.equal('none');
      }
    });

    it('renders the findings of analyzeGaps as sentences above the map', async () => {
      const el = await gapMap(lang);
      const analysis = analyzeGaps(defaultDataset);
      const findings = root(el).querySelector('[part="findings"]')!;
      expect(findings.compareDocumentPosition(root(el).querySelector('[role="grid"]')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      const sentences = [...findings.querySelectorAll('li')].map((li) => squash(li.textContent));
      expect(sentences.length).to.be.above(2);
      const horizontal = analysis.findings.some((f) => f.code === 'dominant' && f.dimension === 'direction' && f.value === 'horizontal');
      const within = analysis.findings.some((f) => f.code === 'dominant' && f.dimension === 'domainScope' && f.value === 'within-domain');
      expect(horizontal && within, 'the report’s finding is in the SDK analysis').to.equal(true);
      expect(sentences[0]).to.match(nl ? /^Horizontaal leren binnen het eigen domein overheerst: \d+%/ : /^Horizontal learning within one domain dominates: \d+%/);
      const scarce = analysis.findings.find((f) => f.code === 'scarce' && f.dimension === 'theme');
      expect(scarce).to.exist;
      const theme = defaultDataset.themes.find((t) => t.id === (scarce as { value: string }).value)!;
      expect(sentences.some((s) => s.includes(`‘${nl ? theme.label.nl : theme.label.en}’`))).to.equal(true);
    });

    it('moves through the grid with the arrow keys, one tab stop, showing what is behind each cell', async () => {
      const el = await gapMap(lang);
      const toggle = root(el).querySelector<HTMLButtonElement>('[part="view-toggle"]')!;
      toggle.focus();
      await sendKeys({ press: 'Tab' });
      const first = root(el).getElementById('ln-gap-cell-0-0')!;
      expect(active(el)).to.equal(first);
      expect(all(el, '[role="gridcell"][tabindex="0"]')).to.have.length(1);

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(active(el)?.id).to.equal('ln-gap-cell-0-1');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(active(el)?.id).to.equal('ln-gap-cell-1-1');
      expect(all(el, '[role="gridcell"][tabindex="0"]').map((c) => c.id)).to.deep.equal(['ln-gap-cell-1-1']);
      const heading = squash(root(el).querySelector('#ln-gap-detail-heading')!.textContent);
      const theme = defaultDataset.themes.find((t) => t.id === themeRows[1])!;
      expect(heading).to.contain(nl ? theme.label.nl : theme.label.en);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(active(el)?.id).to.equal(`ln-gap-cell-1-${TARGET_GROUPS.length - 1}`);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(active(el)?.id, 'stays at the edge').to.equal(`ln-gap-cell-1-${TARGET_GROUPS.length - 1}`);
      await sendKeys({ press: 'Control+Home' });
      await el.updateComplete;
      expect(active(el)?.id).to.equal('ln-gap-cell-0-0');
      await sendKeys({ press: 'Control+End' });
      await el.updateComplete;
      expect(active(el)?.id).to.equal(`ln-gap-cell-${themeRows.length - 1}-${TARGET_GROUPS.length - 1}`);

      // The detail panel lists the agenda items and offerings of the SDK cell.
      const analysis = analyzeGaps(defaultDataset);
      const cell = analysis.cells.find((c) => c.theme === themeRows[themeRows.length - 1] && c.targetGroup === TARGET_GROUPS[3])!;
      const lists = all(el, '.detail__lists > div');
      expect(lists[0]!.querySelectorAll('li')).to.have.length(cell.demand.agendaItems.length);
      expect(lists[1]!.querySelectorAll('li')).to.have.length(cell.offerings.length);
      await sendKeys({ press: 'Shift+Tab' });
      expect(active(el)).to.equal(toggle);
      await expect(el).to.be.accessible();
    });

    it('switches to direction and scale with the keyboard, showing the SDK rows', async () => {
      const el = await gapMap(lang);
      const analysis = analyzeGaps(defaultDataset);
      const radio = (value: string) => root(el).querySelector<HTMLInputElement>(`input[name="ln-gap-dimension"][value="${value}"]`)!;
      await pressOn(el, radio('targetGroup'), 'ArrowDown');
      expect(radio('scale').checked).to.equal(true);
      let numbers = mapNumbers(el);
      expect(numbers).to.have.length(SCALES.length);
      SCALES.forEach((scale, i) => {
        const row = analysis.rows.scale.find((r) => r.value === scale)!;
        expect(numbers[i]![0]).to.deep.equal({ demand: row.demand.total, supply: row.supply });
      });
      await pressOn(el, radio('scale'), 'ArrowDown');
      numbers = mapNumbers(el);
      expect(numbers).to.have.length(DIRECTIONS.length);
      DIRECTIONS.forEach((direction, i) => {
        const row = analysis.rows.direction.find((r) => r.value === direction)!;
        expect(numbers[i]![0]).to.deep.equal({ demand: row.demand.total, supply: row.supply });
      });
      const caption = squash(root(el).querySelector('[role="grid"] caption')!.textContent);
      expect(caption).to.equal(nl ? 'Vraag en aanbod per richting' : 'Demand and supply by direction');
      const detail = all(el, '.detail__lists > div')[1]!;
      expect(detail.querySelectorAll('li')).to.have.length(analysis.rows.direction.find((r) => r.value === 'horizontal')!.supply);
      await expect(el).to.be.accessible();
    });

    it('shows the same numbers in a table with caption and header scopes', async () => {
      const el = await gapMap(lang);
      const mapped = mapNumbers(el).flat();
      const toggle = root(el).querySelector<HTMLButtonElement>('[part="view-toggle"]')!;
      await pressOn(el, toggle, 'Enter');
      expect(root(el).querySelector('[role="grid"]')).to.equal(null);
      expect(active(el)).to.equal(toggle);
      expect(squash(toggle.textContent)).to.equal(nl ? 'Toon de cijfers als kaart' : 'Show the numbers as a map');
      const table = root(el).querySelector<HTMLTableElement>('[part="table"]')!;
      expect(squash(table.caption!.textContent)).to.equal(nl ? 'Vraag en aanbod per thema en doelgroep' : 'Demand and supply by theme and target group');
      expect([...table.tHead!.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const rows = [...table.tBodies[0]!.rows];
      expect(rows).to.have.length(mapped.length);
      rows.forEach((tr, i) => {
        expect(tr.querySelector('th')!.getAttribute('scope')).to.equal('row');
        expect({
          demand: num(tr.querySelector('[data-value="demand"]')!.textContent),
          supply: num(tr.querySelector('[data-value="supply"]')!.textContent),
        }).to.deep.equal(mapped[i]);
      });
      await expect(el).to.be.accessible();
      await pressOn(el, toggle, 'Space');
      expect(root(el).querySelector('[role="grid"]')).to.exist;
    });

    it('counts people’s questions as demand when given', async () => {
      const questions: GapQuestion[] = [
        { what: 'Hoe krijg ik scholen en werkgevers mee in de wijkaanpak?', themes: ['education', 'work'], targetGroup: 'policymaker' },
        { what: 'Hoe houden we jongeren van de straat?', themes: ['safety'] },
      ];
      const el = await gapMap(lang, { questions });
      const analysis = analyzeGaps(defaultDataset, { questions });
      const numbers = mapNumbers(el);
      const edu = themeRows.indexOf('education');
      const policy = TARGET_GROUPS.indexOf('policymaker');
      expect(numbers[edu]![policy]).to.deep.equal(sdkCell(analysis, 'education', 'policymaker'));
      expect(numbers[edu]![policy]!.demand).to.equal(sdkCell(analyzeGaps(defaultDataset), 'education', 'policymaker').demand + 1);
      expect(squash(root(el).querySelector('.intro')!.textContent)).to.contain(nl ? 'Inclusief 2 vragen van mensen' : 'Including 2 questions from people');
      root(el).getElementById(`ln-gap-cell-${edu}-${policy}`)!.click();
      await el.updateComplete;
      expect(squash(root(el).querySelector('.detail')!.textContent)).to.contain(nl ? '1 vraag van mensen' : '1 question from people');
    });

    it('says so when there is nothing to show', async () => {
      const src = URL.createObjectURL(
        new Blob([JSON.stringify({ ...defaultDataset, agenda: [], offerings: [], networks: [] })], { type: 'application/json' }),
      );
      const el = await gapMap(lang, { src });
      expect(squash(root(el).textContent)).to.contain(nl ? 'nog geen vraag of aanbod' : 'no demand or supply');
      await expect(el).to.be.accessible();
    });

    it('shows the loading and error states accessibly', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}><ln-gap-map src="/__ln-test__/slow?ms=400&file=mini-dataset.json&u=${lang}${Math.random()}"></ln-gap-map></div>`);
      const el = wrap.querySelector('ln-gap-map')!;
      await dataStatus(el, 'loading');
      await expect(el).to.be.accessible();
      await dataStatus(el, 'ready');
      await waitUntil(() => root(el).querySelector('[role="grid"]'), 'the map');
      const missing = await gapMap(lang, { src: '/test/browser/fixtures/no-such-file.json' });
      expect(root(missing).querySelector('[role="alert"]')!.textContent).to.contain('404');
      await expect(missing).to.be.accessible();
    });
  });
}
