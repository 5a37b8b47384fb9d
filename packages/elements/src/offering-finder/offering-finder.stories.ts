import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  allUpdated,
  type DataArgs,
  dataArgTypes,
  dataUrls,
  datasets,
  inProvider,
  stateStory,
  waitForData,
} from '../../../../.storybook/helpers.js';
import './ln-offering-finder.js';
import type { LnOfferingFinder } from './offering-finder.js';

interface FinderArgs extends DataArgs {
  /** Search text to start with. */
  query?: string;
  pageSize?: number;
  /** Stories keep the URL alone (`off`), so one story's search never leaks into the next. */
  urlState: 'on' | 'off';
  questionHref?: string;
  /** Width of the story's container, to show the narrow layout. */
  width?: string;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const TOTAL = datasets.default.offerings.length;

/** The story's finder, after the data and every element rendered and the count was announced. */
async function finderIn(canvasElement: HTMLElement, status: 'ready' | 'loading' | 'error' = 'ready'): Promise<LnOfferingFinder> {
  await waitForData(canvasElement, status);
  const el = canvasElement.querySelector('ln-offering-finder');
  if (!el) throw new Error('offering-finder story: no <ln-offering-finder>');
  if (status === 'ready') await waitFor(() => expect(text(el.shadowRoot!.querySelector('[part~=live-region]'))).not.toBe(''));
  return el;
}

const count = (el: LnOfferingFinder) => text(el.shadowRoot!.querySelector('[part~=live-region]'));

const meta = {
  title: 'Elements/ln-offering-finder',
  component: 'ln-offering-finder',
  argTypes: {
    ...dataArgTypes,
    urlState: { control: 'inline-radio', options: ['on', 'off'] },
    pageSize: { control: 'number' },
  },
  args: { urlState: 'off' },
  render: (args) =>
    html`<div style=${`max-inline-size:${args.width ?? 'none'}`}>
      ${inProvider(
        args,
        html`<ln-offering-finder
          url-state=${args.urlState}
          query=${ifDefined(args.query)}
          page-size=${ifDefined(args.pageSize)}
          question-href=${ifDefined(args.questionHref)}
        ></ln-offering-finder>`,
      )}
    </div>`,
} satisfies Meta<FinderArgs>;
export default meta;
type Story = StoryObj<FinderArgs>;

/** Every offering of the report, browsable without a query; facets with counts beside them. */
export const Default: Story = stateStory<FinderArgs>('default', {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    await expect(count(el)).toBe(`${TOTAL} leeraanbiedingen gevonden`);
    await expect(el.shadowRoot!.querySelectorAll('.finder__list > li').length).toBe(10);
    await expect(el.shadowRoot!.querySelectorAll('fieldset.facet').length).toBe(7);
  },
});

export const Loading: Story = stateStory<FinderArgs>('loading', {
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement, 'loading');
    await expect(text(el.shadowRoot!.querySelector('[role=status]'))).toBe('Gegevens worden geladen…');
    await expect(el.shadowRoot!.querySelector('form')).toBeNull();
  },
});

export const LoadError: Story = stateStory<FinderArgs>('load-error', {
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement, 'error');
    await expect(text(el.shadowRoot!.querySelector('[role=alert]'))).toContain('(404)');
  },
});

export const InvalidData: Story = stateStory<FinderArgs>('invalid-data', {
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    await expect(text(el.shadowRoot!.querySelector('[part~=data-notice]'))).toContain('overgeslagen');
    await expect(count(el)).toBe(`${TOTAL} leeraanbiedingen gevonden`);
  },
});

/** A search without hits: the way to the question form, with the search text in the link. */
export const EmptyResult: Story = stateStory<FinderArgs>('empty-result', {
  args: { src: dataUrls.default, query: 'zzzz' },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    await expect(count(el)).toBe('Geen leeraanbod gevonden');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~=empty] a')!;
    await expect(new URL(link.href).searchParams.get('ln-vraag')).toBe('zzzz');
  },
});

export const LongDutchText: Story = stateStory<FinderArgs>('long-dutch-text', {
  args: { query: 'verzonnen' },
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    const first = el.shadowRoot!.querySelector('.finder__list > li')!;
    await expect(first.getAttribute('data-offering')).toBe('story-long-dutch-offering');
    await expect(first.scrollWidth).toBeLessThanOrEqual(first.clientWidth + 1);
  },
});

export const English: Story = stateStory<FinderArgs>('english', {
  args: { query: 'wijkaanpak' },
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    await expect(text(el.shadowRoot!.querySelector('h2'))).toBe('Find learning offerings');
    await expect(text(el.shadowRoot!.querySelector('[part~=card-why]'))).toContain('Matches');
  },
});

export const MunicipalTheme: Story = stateStory<FinderArgs>('municipal-theme', {
  args: { query: 'wijkaanpak' },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    await finderIn(canvasElement);
  },
});

/** A search with a filter ticked: chips of the chosen filters, counts that follow, reasons per offering. */
export const Filtered: Story = {
  args: { query: 'wijkaanpak' },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLInputElement>('#of-facet-scale input')!.click();
    await allUpdated(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('.chip').length).toBe(1));
    await expect(text(el.shadowRoot!.querySelector('[part~=card-why]'))).toContain('schaal');
  },
};

/** After "show more": the next page below, focus on its first offering. */
export const ShowMore: Story = {
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.finder__more button')!.click();
    await waitFor(() => expect(el.shadowRoot!.querySelectorAll('.finder__list > li').length).toBe(20));
  },
};

/** In a narrow column (a sidebar, a phone) the filters fold into a disclosure button. */
export const Narrow: Story = {
  args: { width: '22em' },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await finderIn(canvasElement);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.finder__filters-toggle')!;
    await expect(getComputedStyle(toggle).display).not.toBe('none');
    toggle.click();
    await allUpdated(canvasElement);
    await expect(toggle.getAttribute('aria-expanded')).toBe('true');
  },
};
