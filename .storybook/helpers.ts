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
import type { StoryObj } from '@storybook/web-components-vite';
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

/** Args every widget story has: the dataset URL its provider (or the widget itself) loads. */
export interface DataArgs {
  src: string;
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
    args: { src: dataUrls.pending },
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
