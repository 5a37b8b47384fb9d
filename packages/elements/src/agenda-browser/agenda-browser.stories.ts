import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  actionUrls,
  allUpdated,
  type DataArgs,
  dataArgTypes,
  datasets,
  inProvider,
  jsonBlobUrl,
  stateStory,
  waitForData,
} from '../../../../.storybook/helpers.js';
import type { LnAgendaBrowser } from './agenda-browser.js';
import './ln-agenda-browser.js';

interface AgendaArgs extends DataArgs {
  view?: 'theme' | 'target-group';
  questionHref?: string;
  action?: string;
  mailto?: string;
  urlState?: 'on' | 'off';
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The story's agenda browser, after the data and every element rendered. */
async function browserIn(canvasElement: HTMLElement, status: 'ready' | 'loading' | 'error' = 'ready'): Promise<LnAgendaBrowser> {
  await waitForData(canvasElement, status);
  const el = canvasElement.querySelector('ln-agenda-browser');
  if (!el) throw new Error('agenda-browser story: no <ln-agenda-browser>');
  return el;
}

/** Opens an item the way a person does (its heading button) and waits for the panel. */
async function open(el: LnAgendaBrowser, itemId: string): Promise<HTMLElement> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-item="${itemId}"] .item__toggle`)!;
  button.click();
  await allUpdated(el.parentElement!);
  return el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
}

/** One offering about something else entirely: the white spots have demand and no supply. */
const unrelatedCatalogue = jsonBlobUrl({
  ...datasets.default,
  offerings: [
    {
      ...datasets.default.offerings[0]!,
      id: 'story-zwemles',
      title: { nl: 'Zwemles in het zwembad (verzonnen voor Storybook)', en: 'Swimming lessons at the pool (made up for Storybook)' },
      description: { nl: 'Schoolzwemmen met diploma A en B. Verzonnen voorbeeld.' },
      provider: 'Voorbeeldzwembad',
      agendaItems: [],
      network: undefined,
      synthetic: true,
    },
  ],
});

const meta = {
  title: 'Elements/ln-agenda-browser',
  component: 'ln-agenda-browser',
  argTypes: {
    ...dataArgTypes,
    view: { control: 'inline-radio', options: ['theme', 'target-group'] },
    action: { options: [undefined, ...Object.values(actionUrls)], control: 'select' },
  },
  // The story iframe is shared between stories: only the deep-link story reads and writes its URL.
  args: { urlState: 'off' },
  render: (args) =>
    inProvider(
      args,
      html`<ln-agenda-browser
        view=${ifDefined(args.view)}
        question-href=${ifDefined(args.questionHref)}
        action=${ifDefined(args.action)}
        mailto=${ifDefined(args.mailto)}
        url-state=${ifDefined(args.urlState)}
      ></ln-agenda-browser>`,
    ),
} satisfies Meta<AgendaArgs>;
export default meta;
type Story = StoryObj<AgendaArgs>;

/** The 16 agenda items of the report by theme, priority questions and white spots marked. */
export const Default: Story = stateStory<AgendaArgs>('default', {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const root = (await browserIn(canvasElement)).shadowRoot!;
    await expect(text(root.querySelector('[part=count]'))).toBe('16 agendapunten');
    const priorities = new Set([...root.querySelectorAll('.badge--priority')].map((b) => b.closest('li')!.dataset['item']));
    await expect(priorities.size).toBe(7);
  },
});

export const Loading: Story = stateStory<AgendaArgs>('loading', {
  play: async ({ canvasElement }) => {
    const el = await browserIn(canvasElement, 'loading');
    await expect(text(el.shadowRoot!.querySelector('[role=status]'))).toBe('Gegevens worden geladen…');
  },
});

export const LoadError: Story = stateStory<AgendaArgs>('load-error', {
  play: async ({ canvasElement }) => {
    const el = await browserIn(canvasElement, 'error');
    await expect(text(el.shadowRoot!.querySelector('[role=alert]'))).toContain('(404)');
  },
});

export const InvalidData: Story = stateStory<AgendaArgs>('invalid-data', {
  play: async ({ canvasElement }) => {
    const root = (await browserIn(canvasElement)).shadowRoot!;
    await expect(text(root.querySelector('[part~=data-notice]'))).toContain('overgeslagen');
    await expect(text(root.querySelector('[part=count]'))).toBe('16 agendapunten');
  },
});

export const EmptyResult: Story = stateStory<AgendaArgs>('empty-result', {
  play: async ({ canvasElement }) => {
    const root = (await browserIn(canvasElement)).shadowRoot!;
    await expect(text(root.querySelector('.notice'))).toContain('De leeragenda is leeg');
  },
});

export const LongDutchText: Story = stateStory<AgendaArgs>('long-dutch-text', {
  play: async ({ canvasElement }) => {
    const el = await browserIn(canvasElement);
    const panel = await open(el, 'story-long-dutch-agenda-item');
    await expect(panel.hidden).toBe(false);
    await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
  },
});

export const English: Story = stateStory<AgendaArgs>('english', {
  play: async ({ canvasElement }) => {
    const el = await browserIn(canvasElement);
    await expect(text(el.shadowRoot!.querySelector('[part=count]'))).toBe('16 agenda items');
    await expect(text(el.shadowRoot!.querySelector('.section-heading'))).toBe('Content themes');
  },
});

export const MunicipalTheme: Story = stateStory<AgendaArgs>('municipal-theme', {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    await browserIn(canvasElement);
  },
});

/** Arranged by target group: an item appears under every group it is meant for. */
export const ByTargetGroup: Story = {
  args: { view: 'target-group' },
  play: async ({ canvasElement }) => {
    const root = (await browserIn(canvasElement)).shadowRoot!;
    await expect(root.querySelectorAll('[part=group]').length).toBe(4);
  },
};

/** An open white spot: its questions, the offerings that fit, related items, the question link and "take part". */
export const OpenWhiteSpot: Story = {
  args: { questionHref: '/leervraag/', action: actionUrls.ok },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const panel = await open(await browserIn(canvasElement), 'gap-2');
    await expect(text(panel.querySelector('[part=offering-count]'))).toMatch(/^\d+ leeraanbiedingen? pass/);
    await expect(panel.querySelector('[part=ask-link]')?.getAttribute('href')).toBe('/leervraag/?ln-vraag-over=gap-2');
    await expect(panel.querySelector('ln-take-part')?.getAttribute('subject-id')).toBe('gap-2');
  },
};

/** White spot 6: the report says offerings are "in development"; the linked Aedes offering is listed. */
export const InDevelopment: Story = {
  play: async ({ canvasElement }) => {
    const panel = await open(await browserIn(canvasElement), 'gap-6');
    await expect(text(panel)).toContain('in ontwikkeling');
    await expect(text(panel.querySelector('.item__offerings li'))).toContain('gekoppeld');
  },
};

/** A white spot nothing in the catalogue fits: "no offering yet". */
export const NoOfferingYet: Story = {
  args: { src: unrelatedCatalogue },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const panel = await open(await browserIn(canvasElement), 'gap-2');
    await expect(text(panel.querySelector('[part=no-offering]'))).toBe('Nog geen leeraanbod. Hier is vraag, maar nog geen aanbod.');
  },
};

/** "Take part" opened inside an item, with the delivery settings of the agenda browser. */
export const TakingPart: Story = {
  args: { action: actionUrls.ok },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await browserIn(canvasElement);
    const panel = await open(el, 'priority-6');
    const takePart = panel.querySelector('ln-take-part')!;
    takePart.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle]')!.click();
    await allUpdated(el.parentElement!);
    await expect(takePart.shadowRoot!.querySelector('form')).not.toBeNull();
  },
};

/** `?ln-agenda=gap-4` in the page URL: the item opens and gets focus. */
export const DeepLink: Story = {
  args: { urlState: 'on' },
  beforeEach: () => {
    const url = new URL(window.location.href);
    url.searchParams.set('ln-agenda', 'gap-4');
    window.history.replaceState(window.history.state, '', url.href);
    return () => {
      const clean = new URL(window.location.href);
      for (const name of ['ln-agenda', 'ln-agenda-thema', 'ln-agenda-doelgroep']) clean.searchParams.delete(name);
      window.history.replaceState(window.history.state, '', clean.href);
    };
  },
  play: async ({ canvasElement }) => {
    const el = await browserIn(canvasElement);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('li[data-item="gap-4"] .item__toggle')!;
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    await waitFor(() => expect(el.shadowRoot!.activeElement).toBe(button));
  },
};
