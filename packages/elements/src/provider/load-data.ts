import {
  createMatcherAsync,
  parseDatasetAsync,
  type Dataset,
  type DatasetProblem,
  type Matcher,
  type SerializedIndex,
  INDEX_FORMAT,
} from '@leernetwerk/sdk';
import type { DataError, DataNotice } from './data-context.js';
import { parseJsonInSlices } from './json-in-slices.js';

/** What a successful load yields. */
export interface LoadedData {
  readonly source: string;
  readonly dataset: Dataset;
  readonly matcher: Matcher;
  readonly problems: readonly DatasetProblem[];
  readonly notice?: DataNotice;
}

/** A load that failed, with a kind the widget can translate. */
export class DataLoadError extends Error {
  readonly detail: DataError;
  constructor(detail: DataError, cause?: unknown) {
    super(`leernetwerk: data: ${detail.kind}${detail.httpStatus ? ` (${detail.httpStatus})` : ''}`, { cause });
    this.name = 'DataLoadError';
    this.detail = detail;
  }
}

export interface LoadOptions {
  readonly signal?: AbortSignal;
  /** ms before the request is given up; default 15 000. */
  readonly timeout?: number;
  readonly fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT = 15_000;

/**
 * Reads the body as text through a Blob: the browser keeps the bytes and decodes them away from
 * the page's main thread, so a catalogue of many megabytes causes no long task (reading it in
 * chunks, or `res.text()`, does: measured 60–360 ms at 11 MB).
 */
async function readText(res: Response): Promise<string> {
  return (await res.blob()).text();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A prebuilt index file carries its dataset with the serialised index, either as
 * `{ format: 'leernetwerk-index', …, dataset }` or as `{ dataset, index }`; a plain dataset file
 * has `schemaVersion` at the top. An index without a dataset cannot be used on its own.
 */
function splitIndexFile(json: unknown): { dataset: unknown; prebuilt?: unknown } {
  if (!isObject(json) || 'schemaVersion' in json) return { dataset: json };
  if (json.format === INDEX_FORMAT) {
    if (!isObject(json.dataset)) throw new DataLoadError({ kind: 'index' });
    const { dataset, ...prebuilt } = json;
    return { dataset, prebuilt };
  }
  if (isObject(json.dataset) && isObject(json.index)) return { dataset: json.dataset, prebuilt: json.index };
  return { dataset: json };
}

function noticeFor(problems: readonly DatasetProblem[]): DataNotice | undefined {
  if (problems.length === 0) return undefined;
  const dropped = new Set(problems.map((p) => p.dropped).filter((d): d is string => typeof d === 'string'));
  return { dropped: dropped.size, problems: problems.length };
}

/**
 * Validates leniently and builds the matcher once (from the prebuilt index when there is one).
 * Both are done in slices of a few milliseconds, so a large catalogue causes no long task;
 * `signal` stops the work between two slices (the promise then rejects with its reason).
 */
export async function prepare(json: unknown, source: string, signal?: AbortSignal): Promise<LoadedData> {
  const { dataset: raw, prebuilt } = splitIndexFile(json);
  const parsed = await parseDatasetAsync(raw, { mode: 'lenient', ...(signal ? { signal } : {}) });
  if (!parsed.ok || !parsed.dataset) throw new DataLoadError({ kind: 'invalid', problems: parsed.problems });
  const dataset = parsed.dataset;
  let matcher: Matcher | undefined;
  if (prebuilt) {
    try {
      matcher = await createMatcherAsync(dataset, { prebuilt: prebuilt as SerializedIndex, ...(signal ? { signal } : {}) });
    } catch (error) {
      if (signal?.aborted) throw error;
      // Stale or foreign index (e.g. lenient parsing dropped records, so the fingerprint differs):
      // the data is still good, so build the index here instead of failing.
      console.warn(error instanceof Error ? error.message : error);
    }
  }
  matcher ??= await createMatcherAsync(dataset, signal ? { signal } : {});
  const notice = noticeFor(parsed.problems);
  return { source, dataset, matcher, problems: parsed.problems, ...(notice ? { notice } : {}) };
}

/** Fetches a dataset or prebuilt index from `src` with a timeout; throws {@link DataLoadError}. */
export async function loadFromUrl(src: string, options: LoadOptions = {}): Promise<LoadedData> {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeout ?? DEFAULT_TIMEOUT);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  let text: string;
  try {
    const url = new URL(src, document.baseURI);
    const res = await doFetch(url.href, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!res.ok) {
      throw new DataLoadError({ kind: res.status === 404 || res.status === 410 ? 'not-found' : 'http', httpStatus: res.status });
    }
    text = await readText(res);
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    if (options.signal?.aborted) throw error;
    throw new DataLoadError({ kind: timedOut ? 'timeout' : 'network' }, error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
  let json: unknown;
  try {
    json = await parseJsonInSlices(text, { signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new DataLoadError({ kind: 'json' }, error);
  }
  return prepare(json, new URL(src, document.baseURI).href, options.signal);
}

let defaultData: Promise<LoadedData> | undefined;

/**
 * The bundled dataset, imported on first use. In the CDN bundle it is a sibling chunk, fetched
 * from next to the bundle only when a widget has no provider and no `src`. Shared by every widget.
 * It holds no shared questions: the package's illustrative example questions are not real
 * people's questions, so a host opts in to them (`questions-src`), as the demo page does.
 * It is not checked again here: a test (load-data.test.ts) proves it is exactly what
 * `parseDataset` makes of it.
 */
export function loadDefault(): Promise<LoadedData> {
  defaultData ??= import('@leernetwerk/data').then(
    async (mod) => {
      const dataset = mod.defaultDataset;
      return { source: 'default', dataset, matcher: await createMatcherAsync(dataset), problems: [] };
    },
    (error: unknown) => {
      defaultData = undefined; // a failed chunk load may succeed on retry
      throw new DataLoadError({ kind: 'network' }, error);
    },
  );
  return defaultData;
}
