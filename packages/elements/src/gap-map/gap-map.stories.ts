import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { exampleSharedQuestions } from '@leernetwerk/data';
import type { GapQuestion } from '@leernetwerk/sdk';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { allUpdated, type DataArgs, dataArgTypes, inProvider, stateStory, waitForData } from '../../../../.storybook/helpers.js';
import type { LnGapMap } from './gap-map.js';
import type { MapDimension } from './gap-grid.js';
import './ln-gap-map.js';

interface GapMapArgs extends DataArgs {
  dimension?: MapDimension;
  questions?: readonly GapQuestion[];
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mapIn(canvasElement: HTMLElement, status: 'ready' | 'loading' | 'error' = 'ready'): Promise<LnGapMap> {
  await waitForData(canvasElement, status);
  const el = canvasElement.querySelector('ln-gap-map');
  if (!el) throw new Error('gap-map story: no <ln-gap-map>');
  return el;
}

const meta = {
  title: 'Elements/ln-gap-map',
  component: 'ln-gap-map',
  argTypes: {
    ...dataArgTypes,
    dimension: { control: 'inline-radio', options: ['targetGroup', 'scale', 'direction', 'domainScope'] },
    questions: { control: false },
  },
  render: (args) =>
    inProvider(args, html`<ln-gap-map dimension=${ifDefined(args.dimension)} .questions=${args.questions}></ln-gap-map>`),
} satisfies Meta<GapMapArgs>;
export default meta;
type Story = StoryObj<GapMapArgs>;

/** Themes × target groups from `analyzeGaps`, the findings in words above it. */
export const Default: Story = stateStory<GapMapArgs>('default', {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const root = (await mapIn(canvasElement)).shadowRoot!;
    await expect(root.querySelectorAll('[role=gridcell]').length).toBe(40);
    await expect(text(root.querySelector('[part=findings] li'))).toContain('Horizontaal leren binnen het eigen domein overheerst');
  },
});

export const Loading: Story = stateStory<GapMapArgs>('loading', {
  play: async ({ canvasElement }) => {
    const el = await mapIn(canvasElement, 'loading');
    await expect(text(el.shadowRoot!.querySelector('[role=status]'))).toBe('Gegevens worden geladen…');
  },
});

export const LoadError: Story = stateStory<GapMapArgs>('load-error', {
  play: async ({ canvasElement }) => {
    const el = await mapIn(canvasElement, 'error');
    await expect(text(el.shadowRoot!.querySelector('[role=alert]'))).toContain('(404)');
  },
});

export const InvalidData: Story = stateStory<GapMapArgs>('invalid-data', {
  play: async ({ canvasElement }) => {
    const root = (await mapIn(canvasElement)).shadowRoot!;
    await expect(text(root.querySelector('[part~=data-notice]'))).toContain('overgeslagen');
    await expect(root.querySelector('[role=grid]')).not.toBeNull();
  },
});

export const EmptyResult: Story = stateStory<GapMapArgs>('empty-result', {
  play: async ({ canvasElement }) => {
    const root = (await mapIn(canvasElement)).shadowRoot!;
    await expect(text(root.querySelector('.notice'))).toContain('nog geen vraag of aanbod');
  },
});

export const LongDutchText: Story = stateStory<GapMapArgs>('long-dutch-text', {
  play: async ({ canvasElement }) => {
    const el = await mapIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLElement>('#ln-gap-cell-0-2')!.click();
    await allUpdated(canvasElement);
    await expect(text(el.shadowRoot!.querySelector('.detail'))).toContain('Leerkring over de');
  },
});

export const English: Story = stateStory<GapMapArgs>('english', {
  play: async ({ canvasElement }) => {
    const root = (await mapIn(canvasElement)).shadowRoot!;
    await expect(text(root.querySelector('[part=findings] li'))).toContain('Horizontal learning within one domain dominates');
  },
});

export const MunicipalTheme: Story = stateStory<GapMapArgs>('municipal-theme', {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    await mapIn(canvasElement);
  },
});

/** The same numbers as a data table, with shares and the level in words. */
export const TableView: Story = {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await mapIn(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=view-toggle]')!.click();
    await allUpdated(canvasElement);
    await expect(el.shadowRoot!.querySelectorAll('[part=table] tbody tr').length).toBe(40);
  },
};

/** Horizontal against vertical learning: the report's organisational white spot. */
export const ByDirection: Story = {
  args: { dimension: 'direction' },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const root = (await mapIn(canvasElement)).shadowRoot!;
    await expect(root.querySelectorAll('[role=gridcell]').length).toBe(2);
  },
};

/** People's questions (the illustrative shared questions of the demo) counted as demand. */
export const WithQuestions: Story = {
  args: { questions: exampleSharedQuestions },
  play: async ({ canvasElement }) => {
    const root = (await mapIn(canvasElement)).shadowRoot!;
    await expect(text(root.querySelector('.intro'))).toContain(`Inclusief ${exampleSharedQuestions.length} vragen van mensen`);
  },
};
