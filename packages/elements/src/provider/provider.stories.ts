import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../../../../.storybook/data-view.js';
import {
  type DataArgs,
  dataArgTypes,
  dataUrls,
  inProvider,
  stateStory,
  waitForData,
} from '../../../../.storybook/helpers.js';
import './ln-provider.js';

/** The story widget's shadow root: where the provider's state becomes visible. */
function view(canvasElement: HTMLElement): ShadowRoot {
  const root = canvasElement.querySelector('story-data-view')?.shadowRoot;
  if (!root) throw new Error('provider story: <story-data-view> did not render');
  return root;
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const meta = {
  title: 'Elements/ln-provider',
  component: 'ln-provider',
  render: (args) => inProvider(args, html`<story-data-view></story-data-view>`),
  argTypes: dataArgTypes,
  args: { src: dataUrls.default },
  parameters: {
    docs: {
      description: {
        component:
          '`<ln-provider>` renders nothing of its own (`display: contents`): the widgets inside it show its ' +
          'states. These stories put a minimal story widget (`<story-data-view>`, built like any widget from ' +
          '`DataConsumer` and `renderDataState`) inside it.',
      },
    },
  },
} satisfies Meta<DataArgs>;
export default meta;
type Story = StoryObj<DataArgs>;

/** Loaded from a URL, checked, and shared with the widget inside. */
export const Default: Story = stateStory('default', {
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'ready');
    await expect(text(view(canvasElement), '[data-testid=counts]')).toMatch(/^Geladen: \d+ agendapunten en \d+ leeraanbiedingen?\.$/);
    await expect(view(canvasElement).querySelector('[role=alert]')).toBeNull();
  },
});

/** Without `src`: the dataset bundled with the elements (a lazily loaded chunk). */
export const BundledDataset: Story = {
  args: { src: '' },
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'ready');
    await expect(text(view(canvasElement), '.source')).toBe('bundled default dataset');
  },
};

export const Loading: Story = stateStory('loading', {
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'loading');
    const root = view(canvasElement);
    await expect(text(root, '[role=status]')).toBe('Gegevens worden geladen…');
    await expect(root.querySelector('[aria-busy=true]')).not.toBeNull();
  },
});

export const LoadError: Story = stateStory('load-error', {
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'error');
    await expect(text(view(canvasElement), '[role=alert]')).toContain('Het gegevensbestand is niet gevonden (404).');
  },
});

/** The server answers 500. */
export const ServerError: Story = {
  args: { src: dataUrls.serverError },
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'error');
    await expect(text(view(canvasElement), '[role=alert]')).toContain('(500)');
  },
};

/** The request fails like an unreachable server. */
export const Offline: Story = {
  args: { src: dataUrls.offline },
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'error');
    await expect(text(view(canvasElement), '[role=alert]')).toContain('Er is geen verbinding met de server.');
  },
};

/** No answer within `timeout` (here 1 second). */
export const Timeout: Story = {
  args: { src: dataUrls.pending, timeout: 1000 },
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'error', 5000);
    await expect(text(view(canvasElement), '[role=alert]')).toContain('Het laden duurde te lang en is afgebroken.');
  },
};

/**
 * Two records break the schema: lenient checking leaves them out, the rest is usable, and the widget
 * says how much was skipped, with the technical details behind a disclosure.
 */
export const InvalidData: Story = stateStory('invalid-data', {
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'ready');
    const root = view(canvasElement);
    await expect(text(root, '[part~=data-notice]')).toContain('2 onderdelen uit het gegevensbestand zijn overgeslagen');
    await expect(root.querySelectorAll('[part~=data-notice] li').length).toBeGreaterThan(0);
  },
});

/** Valid JSON, but not a dataset: nothing is usable. */
export const NotADataset: Story = {
  args: { src: dataUrls.notADataset },
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'error');
    await expect(text(view(canvasElement), '[role=alert]')).toContain('Het gegevensbestand heeft niet de verwachte opbouw.');
  },
};

/** A file cut off halfway: not JSON at all. */
export const TruncatedJson: Story = {
  args: { src: dataUrls.truncated },
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'error');
    await expect(text(view(canvasElement), '[role=alert]')).toContain('Het gegevensbestand is geen geldige JSON.');
  },
};

export const EmptyResult: Story = stateStory('empty-result', {
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'ready');
    await expect(text(view(canvasElement), '[data-testid=counts]')).toBe('Geladen: 0 agendapunten en 0 leeraanbiedingen.');
  },
});

export const LongDutchText: Story = stateStory('long-dutch-text', {
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'ready');
    const first = view(canvasElement).querySelector<HTMLElement>('[data-testid=agenda] li');
    await expect(first?.textContent).toContain('Hoe kunnen wij als gemeente');
    // Long compound words wrap instead of widening the widget.
    await expect(first!.scrollWidth).toBeLessThanOrEqual(first!.clientWidth + 1);
  },
});

export const English: Story = stateStory('english', {
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'ready');
    await expect(text(view(canvasElement), '[data-testid=counts]')).toMatch(/^Loaded: \d+ agenda items and \d+ learning offerings?\.$/);
  },
});

/** English and an error: the error text follows the language too. */
export const EnglishLoadError: Story = stateStory('load-error', {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitForData(canvasElement, 'error');
    await expect(text(view(canvasElement), '[role=alert]')).toContain('The data file was not found (404).');
  },
});

export const MunicipalTheme: Story = stateStory('municipal-theme', {
  play: async ({ canvasElement, viewMode }) => {
    await waitForData(canvasElement, 'ready');
    const host = canvasElement.querySelector('story-data-view')!;
    // The NL Design System font size set by the page reaches the widget (1.8rem at 62.5% = 18px).
    if (viewMode === 'story') await expect(getComputedStyle(host).fontSize).toBe('18px');
  },
});

/** Several widgets in one provider: one request, one matcher, the same data for all. */
export const SharedByWidgets: Story = {
  render: (args) =>
    inProvider(args, html`<story-data-view></story-data-view><story-data-view></story-data-view>`),
  play: async ({ canvasElement }) => {
    const provider = await waitForData(canvasElement, 'ready');
    const views = [...canvasElement.querySelectorAll('story-data-view')];
    await expect(views).toHaveLength(2);
    for (const widget of views) await expect(widget.data.value.dataset).toBe(provider.data.dataset);
  },
};
