/**
 * Shows (and checks, in its play functions) what the shared story helpers give a widget: each data
 * source with what `fetch` makes of it, and the story root the toolbar globals set up.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { expect, waitFor, within } from 'storybook/test';
import { dataUrls, stateStory, type DataSource } from './helpers.js';

interface Outcome {
  readonly source: DataSource;
  readonly result: string;
}

const PENDING_AFTER_MS = 300;

async function probe(source: DataSource): Promise<Outcome> {
  // Only the never-answering source needs a deadline; the others settle by themselves.
  const controller = new AbortController();
  const timer = source === 'pending' ? setTimeout(() => controller.abort(), PENDING_AFTER_MS) : undefined;
  try {
    const response = await fetch(dataUrls[source], { signal: controller.signal });
    if (!response.ok) return { source, result: `HTTP ${response.status}` };
    const text = await response.text();
    try {
      const json = JSON.parse(text) as { agenda?: unknown[]; offerings?: unknown[] };
      if (!Array.isArray(json.agenda)) return { source, result: 'JSON, not a dataset' };
      return { source, result: `dataset: ${json.agenda.length} agenda items, ${json.offerings?.length ?? 0} offerings` };
    } catch {
      return { source, result: 'invalid JSON' };
    }
  } catch (error) {
    if (controller.signal.aborted) return { source, result: `no answer after ${PENDING_AFTER_MS} ms` };
    return { source, result: `${(error as Error).name}: ${(error as Error).message}` };
  } finally {
    clearTimeout(timer);
  }
}

function renderSources(): HTMLElement {
  const table = document.createElement('table');
  table.innerHTML = '<caption>dataUrls in .storybook/helpers.ts</caption><thead><tr><th scope="col">source</th><th scope="col">what fetch gets</th></tr></thead>';
  const body = table.createTBody();
  for (const source of Object.keys(dataUrls) as DataSource[]) {
    const row = body.insertRow();
    row.dataset['source'] = source;
    const name = document.createElement('th');
    name.scope = 'row';
    name.textContent = source;
    row.append(name);
    const cell = row.insertCell();
    cell.textContent = '…';
    void probe(source).then((outcome) => {
      cell.textContent = outcome.result;
      row.dataset['done'] = '';
    });
  }
  return table;
}

const meta = {
  title: 'Leernetwerk kit/Story data',
  tags: ['!autodocs'],
  parameters: { leernetwerk: { forcedColors: 'n/a' } },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every data source a story can give an element's `src`, and what `fetch` makes of it. */
export const DataSources: Story = {
  render: renderSources,
  play: async ({ canvasElement }) => {
    const rows = () => [...canvasElement.querySelectorAll<HTMLTableRowElement>('tr[data-source]')];
    await waitFor(() => expect(rows().every((row) => 'done' in row.dataset)).toBe(true), { timeout: 10_000 });
    const result = (source: DataSource) =>
      rows().find((row) => row.dataset['source'] === source)?.cells[1]?.textContent ?? '';
    await expect(result('default')).toMatch(/^dataset: \d+ agenda items/);
    await expect(result('empty')).toBe('dataset: 0 agenda items, 0 offerings');
    await expect(result('missing')).toBe('HTTP 404');
    await expect(result('serverError')).toBe('HTTP 500');
    await expect(result('pending')).toBe(`no answer after ${PENDING_AFTER_MS} ms`);
    await expect(result('offline')).toBe('TypeError: Failed to fetch');
    await expect(result('truncated')).toBe('invalid JSON');
    await expect(result('notADataset')).toBe('JSON, not a dataset');
  },
};

const renderRoot = () => html`<p class="ln-story-note" data-testid="root-report"></p>`;

async function reportRoot(canvasElement: HTMLElement): Promise<{ lang: string; theme: string; fontSize: string }> {
  const note = within(canvasElement).getByTestId('root-report');
  const root = note.closest<HTMLElement>('.ln-story-root');
  const lang = note.closest('[lang]')?.getAttribute('lang') ?? '';
  const theme = root?.dataset['lnTheme'] ?? '';
  const fontSize = getComputedStyle(document.documentElement).fontSize;
  note.textContent = `lang=${lang} theme=${theme} html font-size=${fontSize}`;
  return { lang, theme, fontSize };
}

/** The story root in Dutch with built-in styling: what every story gets by default. */
export const StoryRoot: Story = {
  render: renderRoot,
  play: async ({ canvasElement, globals }) => {
    const seen = await reportRoot(canvasElement);
    await expect(seen.lang).toBe(globals['lang']);
    await expect(seen.theme).toBe(globals['theme']);
  },
};

/** `stateStory('english')` pins the language global to English. */
export const StoryRootEnglish: Story = {
  ...stateStory('english'),
  render: renderRoot,
  play: async ({ canvasElement }) => {
    await expect((await reportRoot(canvasElement)).lang).toBe('en');
  },
};

/** `stateStory('municipal-theme')`: NL Design System tokens on the root and `html { font-size: 62.5% }`. */
export const StoryRootMunicipal: Story = {
  ...stateStory('municipal-theme'),
  render: renderRoot,
  play: async ({ canvasElement, viewMode }) => {
    const seen = await reportRoot(canvasElement);
    await expect(seen.theme).toBe('municipal');
    const root = canvasElement.querySelector<HTMLElement>('.ln-story-root');
    await expect(root?.style.getPropertyValue('--nl-link-color')).toBe('#7a1f5c');
    if (viewMode === 'story') await expect(seen.fontSize).toBe('10px');
  },
};

/** Compiled by the same Vite/Oxc pipeline as the elements: legacy decorators, no class-field shadowing. */
class StoryReactiveProbe extends LitElement {
  @property() label = 'eerste';
  protected override render() {
    return html`<span>${this.label}</span>`;
  }
}
if (!customElements.get('story-reactive-probe')) customElements.define('story-reactive-probe', StoryReactiveProbe);

/** A Lit `@property()` set after the first render re-renders the element. */
export const ReactiveProperties: Story = {
  render: () => html`<story-reactive-probe></story-reactive-probe>`,
  play: async ({ canvasElement }) => {
    const probe = canvasElement.querySelector('story-reactive-probe') as StoryReactiveProbe;
    await probe.updateComplete;
    await expect(Object.prototype.hasOwnProperty.call(probe, 'label')).toBe(false);
    probe.label = 'tweede';
    await probe.updateComplete;
    await expect(probe.shadowRoot?.textContent?.trim()).toBe('tweede');
  },
};
