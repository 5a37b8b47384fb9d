/**
 * Shared story helpers: the data sources and story annotations for the states every widget shows.
 * See `.storybook/README.md` for the conventions a widget's `*.stories.ts` follows.
 *
 * @example
 * import { stateStory, type DataArgs } from '../../../../.storybook/helpers.js';
 * export const Loading: Story = stateStory('loading');
 * export const EmptyResult: Story = stateStory('empty-result', { args: { query: 'zzz' } });
 */
import { defaultDataset } from '@leernetwerk/data';
import type { ArgTypes, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/elements/src/provider/ln-provider.js';
import { queuedRenders } from '../packages/elements/src/provider/render-queue.js';
import {
  LONG_DUTCH,
  NOT_A_DATASET,
  TRUNCATED_JSON,
  emptied,
  withInvalidRecords,
  withLongDutchText,
} from './datasets.js';
import { jsonBlobUrl, mockEndpoint, textBlobUrl } from './mock-fetch.js';

export { LONG_DUTCH, LONG_COMPOUND } from './datasets.js';
export { jsonBlobUrl, mockEndpoint } from './mock-fetch.js';

/** The datasets themselves, for stories that pass data as a property instead of a URL. */
export const datasets = {
  default: defaultDataset,
  empty: emptied(),
  longDutchText: withLongDutchText(),
  invalid: withInvalidRecords(),
  notADataset: NOT_A_DATASET,
} as const;

/**
 * URLs to give an element's `src`. The JSON ones are Blob URLs (the real `fetch` reads them);
 * `missing`, `pending` and `offline` are answered by the fetch mock. None leaves the page.
 */
export const dataUrls = {
  /** The default dataset from the report. */
  default: jsonBlobUrl(datasets.default),
  /** Valid, with no agenda items, offerings, networks or shared questions. */
  empty: jsonBlobUrl(datasets.empty),
  /** The default dataset plus a record with long titles and long Dutch compound words. */
  longDutchText: jsonBlobUrl(datasets.longDutchText),
  /** The default dataset plus two records that break the schema. */
  invalid: jsonBlobUrl(datasets.invalid),
  /** Valid JSON that is not a dataset at all. */
  notADataset: jsonBlobUrl(datasets.notADataset),
  /** A JSON document cut off halfway: a parse error. */
  truncated: textBlobUrl(TRUNCATED_JSON),
  /** HTTP 404 Not Found. */
  missing: mockEndpoint('dataset-404.json', {
    kind: 'status',
    status: 404,
    statusText: 'Not Found',
    body: 'Not Found',
  }),
  /** HTTP 500. */
  serverError: mockEndpoint('dataset-500.json', {
    kind: 'status',
    status: 500,
    statusText: 'Internal Server Error',
    body: 'Internal Server Error',
  }),
  /** Never answers (until aborted): the loading state, frozen. */
  pending: mockEndpoint('dataset-pending.json', { kind: 'pending' }),
  /** Fails like an unreachable server: `TypeError: Failed to fetch`. */
  offline: mockEndpoint('dataset-offline.json', { kind: 'offline' }),
} as const;

export type DataSource = keyof typeof dataUrls;

/**
 * Endpoints for a form's `action` attribute (question form, offering form): the JSON POST is
 * answered by the fetch mock, so "sent", server errors and retries can be shown without a server.
 */
export const actionUrls = {
  /** 201 Created. */
  ok: mockEndpoint('submit-201', { kind: 'status', status: 201, statusText: 'Created', body: '' }),
  /** 422: a final client error, not retried. */
  rejected: mockEndpoint('submit-422', { kind: 'status', status: 422, statusText: 'Unprocessable Content', body: '' }),
  /** 503: retried with backoff, then failed. */
  unavailable: mockEndpoint('submit-503', { kind: 'status', status: 503, statusText: 'Service Unavailable', body: '' }),
  /** Never answers: the "sending" state until the element's own timeout. */
  pending: mockEndpoint('submit-pending', { kind: 'pending' }),
  /** `TypeError: Failed to fetch`. */
  offline: mockEndpoint('submit-offline', { kind: 'offline' }),
} as const;

/** Args every widget story has: the dataset URL its provider (or the widget itself) loads. */
export interface DataArgs {
  src: string;
  /** The provider's request timeout in ms; unset: its default (15 s). */
  timeout?: number;
}

/**
 * The longest timeout `setTimeout` keeps (about 24.8 days; anything longer fires at once). The
 * loading state uses it so that the pending request does not turn into a timeout error while
 * someone is looking at it.
 */
export const NEVER_TIME_OUT = 2_147_483_647;

/** Controls for {@link DataArgs}: `src` as a menu of the data sources above. */
export const dataArgTypes: Partial<ArgTypes<DataArgs>> = {
  src: {
    description: 'Dataset URL (story data sources: Blob URLs and the fetch mock)',
    options: Object.values(dataUrls),
    control: {
      type: 'select',
      labels: Object.fromEntries(Object.entries(dataUrls).map(([name, url]) => [url, name])),
    },
    table: { category: 'story data' },
  },
  timeout: { description: 'Request timeout of `<ln-provider>` in ms', control: 'number', table: { category: 'story data' } },
};

/**
 * `content` inside an `<ln-provider>` that loads `args.src`: how every widget story gets its data.
 *
 * @example
 * render: (args) => inProvider(args, html`<ln-gap-map></ln-gap-map>`),
 */
export function inProvider(args: Partial<DataArgs>, content: unknown): TemplateResult {
  return html`<ln-provider src=${ifDefined(args.src)} timeout=${ifDefined(args.timeout)}>${content}</ln-provider>`;
}

/** The states every widget's stories show, in this order. */
export const WIDGET_STATES = [
  'default',
  'loading',
  'load-error',
  'invalid-data',
  'empty-result',
  'long-dutch-text',
  'english',
  'municipal-theme',
] as const;
export type WidgetState = (typeof WIDGET_STATES)[number];

/** `parameters.leernetwerk`: what a story shows and how far it has been checked. */
export interface LeernetwerkParameters {
  /** Which of the standard states this story is. */
  state?: WidgetState;
  /** Checked in forced-colours emulation (see "Forced colours"); default 'todo'. */
  forcedColors?: 'checked' | 'todo' | 'n/a';
}

type StateAnnotations = Pick<StoryObj<DataArgs>, 'args' | 'globals'> & { description: string };

const STATES: Readonly<Record<WidgetState, StateAnnotations>> = {
  default: {
    description: 'The default dataset (the 2021 report), loaded and ready.',
    args: { src: dataUrls.default },
  },
  loading: {
    description: 'The dataset request never answers: the loading state, frozen.',
    args: { src: dataUrls.pending, timeout: NEVER_TIME_OUT },
  },
  'load-error': {
    description: 'The dataset URL answers 404 Not Found.',
    args: { src: dataUrls.missing },
  },
  'invalid-data': {
    description: 'The dataset has records that break the schema: the element says which record and field.',
    args: { src: dataUrls.invalid },
  },
  'empty-result': {
    description: 'Valid data with nothing to show.',
    args: { src: dataUrls.empty },
  },
  'long-dutch-text': {
    description: 'Long titles and long Dutch compound words: text wraps, nothing overflows.',
    args: { src: dataUrls.longDutchText },
  },
  english: {
    description: 'The default dataset with `lang="en"` on an ancestor.',
    args: { src: dataUrls.default },
    globals: { lang: 'en' },
  },
  'municipal-theme': {
    description: 'NL Design System tokens from a municipal page, with `html { font-size: 62.5% }`.',
    args: { src: dataUrls.default },
    globals: { theme: 'municipal' },
  },
};

/** A story's annotations for `state`, with `extra` merged in (args, globals and parameters one level deep). */
export function stateStory<A extends object = DataArgs>(
  state: WidgetState,
  extra: StoryObj<A> = {},
): StoryObj<A> {
  const base = STATES[state];
  const extraParameters = (extra.parameters ?? {}) as { leernetwerk?: LeernetwerkParameters; docs?: object };
  const extraDocs = (extraParameters.docs ?? {}) as { description?: object };
  return {
    ...extra,
    args: { ...(base.args as Partial<A>), ...extra.args },
    globals: { ...base.globals, ...extra.globals },
    parameters: {
      ...extraParameters,
      leernetwerk: { state, ...extraParameters.leernetwerk },
      docs: { ...extraDocs, description: { story: base.description, ...extraDocs.description } },
    },
  };
}

type Updating = Element & { updateComplete?: Promise<unknown> };

/** Every element under `root`, looking into open shadow roots too. */
function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepElements(el.shadowRoot));
  }
  return out;
}

/** Waits until every `ln-*` element under `root` (shadow roots included) has finished updating. */
export async function allUpdated(root: ParentNode): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = deepElements(root)
      .filter((el): el is Updating => el.localName.startsWith('ln-') || el.localName.startsWith('story-'))
      .map((el) => el.updateComplete)
      .filter((p): p is Promise<unknown> => p !== undefined);
    const settled = await Promise.all(pending);
    // `updateComplete` resolves to true when no further update was queued meanwhile.
    if (settled.every((done) => done !== false)) return;
  }
}

/**
 * In a play function: waits until the story's `<ln-provider>` reached `status` (default
 * `'ready'`) and every element has rendered it. Returns the provider.
 *
 * @example
 * play: async ({ canvasElement }) => {
 *   await waitForData(canvasElement, 'error');
 * }
 */
export async function waitForData(
  canvasElement: HTMLElement,
  status: 'loading' | 'ready' | 'error' = 'ready',
  timeout = 5000,
): Promise<HTMLElementTagNameMap['ln-provider']> {
  const provider = canvasElement.querySelector('ln-provider');
  if (!provider) throw new Error('leernetwerk storybook: waitForData: the story has no <ln-provider>');
  await waitFor(() => expect(provider.data.status).toBe(status), { timeout });
  await allUpdated(canvasElement);
  // New data reaches the widgets one task at a time (see render-queue.ts): wait for the last one's turn.
  await waitFor(() => expect(queuedRenders()).toBe(0), { timeout });
  await allUpdated(canvasElement);
  return provider;
}

/** An element's text as it reads, white space collapsed; `''` for no element. */
export const storyText = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** In a play function: the story's `<tag>` once the data reached `status` and every element rendered it. */
export async function widgetIn<K extends keyof HTMLElementTagNameMap>(
  canvasElement: HTMLElement,
  tag: K,
  status: 'loading' | 'ready' | 'error' = 'ready',
): Promise<HTMLElementTagNameMap[K]> {
  await waitForData(canvasElement, status);
  const el = canvasElement.querySelector(tag);
  if (!el) throw new Error(`leernetwerk storybook: no <${tag}> in the story`);
  return el;
}

/** Clicks `selector` in the shadow root of `el` and waits until every element rendered the result. */
export async function clickIn(el: Element, selector: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await allUpdated(el.parentElement!);
}

/** The play functions of a form's loading state (a status, no form yet) and load error (an alert naming the HTTP status). */
export function formDataPlays(tag: keyof HTMLElementTagNameMap) {
  return {
    loading: async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
      const el = await widgetIn(canvasElement, tag, 'loading');
      await expect(storyText(el.shadowRoot!.querySelector('[role=status]'))).toBe('Gegevens worden geladen…');
      await expect(el.shadowRoot!.querySelector('form')).toBeNull();
    },
    loadError: async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
      const el = await widgetIn(canvasElement, tag, 'error');
      await expect(storyText(el.shadowRoot!.querySelector('[role=alert]'))).toContain('(404)');
    },
  };
}
