import {
  createMatcher,
  parseDataset,
  type Dataset,
  type DatasetProblem,
  type Matcher,
  type SerializedIndex,
  INDEX_FORMAT,
} from '@leernetwerk/sdk';
import type { DataError, DataNotice } from './data-context.js';

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
  readonly onProgress?: (percent: number) => void;
  readonly fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT = 15_000;

/** Reads the body, reporting progress when the server sent an uncompressed length. */
async function readText(res: Response, onProgress?: (percent: number) => void): Promise<string> {
  const total = Number(res.headers.get('content-length'));
  const encoded = (res.headers.get('content-encoding') ?? 'identity') !== 'identity';
  if (!onProgress || !res.body || !total || encoded) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let last = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    const percent = Math.min(100, Math.floor((received / total) * 100));
    if (percent !== last) onProgress((last = percent));
  }
  const all = new Uint8Array(received);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return new TextDecoder().decode(all);
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

/** Validates leniently and builds the matcher once (from the prebuilt index when there is one). */
export function prepare(json: unknown, source: string): LoadedData {
  const { dataset: raw, prebuilt } = splitIndexFile(json);
  const parsed = parseDataset(raw, { mode: 'lenient' });
  if (!parsed.ok || !parsed.dataset) throw new DataLoadError({ kind: 'invalid', problems: parsed.problems });
  const dataset = parsed.dataset;
  let matcher: Matcher | undefined;
  if (prebuilt) {
    try {
      matcher = createMatcher(dataset, { prebuilt: prebuilt as SerializedIndex });
    } catch (error) {
      // Stale or foreign index (e.g. lenient parsing dropped records, so the fingerprint differs):
      // the data is still good, so build the index here instead of failing.
      console.warn(error instanceof Error ? error.message : error);
    }
  }
  matcher ??= createMatcher(dataset);
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
    text = await readText(res, options.onProgress);
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
    json = JSON.parse(text);
  } catch (error) {
    throw new DataLoadError({ kind: 'json' }, error);
  }
  return prepare(json, new URL(src, document.baseURI).href);
}

let defaultData: Promise<LoadedData> | undefined;

/**
 * The bundled dataset, imported on first use. In the CDN bundle it is a sibling chunk, fetched
 * from next to the bundle only when a widget has no provider and no `src`. Shared by every widget.
 * It holds no shared questions: the package's illustrative example questions are not real
 * people's questions, so a host opts in to them (`questions-src`), as the demo page does.
 */
export function loadDefault(): Promise<LoadedData> {
  defaultData ??= import('@leernetwerk/data').then(
    (mod) => {
      const dataset = mod.defaultDataset;
      return { source: 'default', dataset, matcher: createMatcher(dataset), problems: [] };
    },
    (error: unknown) => {
      defaultData = undefined; // a failed chunk load may succeed on retry
      throw new DataLoadError({ kind: 'network' }, error);
    },
  );
  return defaultData;
}
