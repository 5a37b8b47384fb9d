import { defaultDataset } from '@leernetwerk/data';
import {
  INDEX_FORMAT,
  createMatcher,
  formatProblem,
  loadMatcher,
  parseDataset,
  parseDatasetJson,
  type Dataset,
  type DatasetProblem,
  type Matcher,
  type SerializedIndex,
} from '@leernetwerk/sdk';
import type { OptionValues } from './command.js';
import type { Context } from './context.js';
import { CliError, UsageError } from './errors.js';
import { readText } from './files.js';
import type { Lang } from './lang.js';

const words = {
  nl: {
    twoDatasets: 'leernetwerk: --data: geef hoogstens één dataset',
    twoIndexes: 'leernetwerk: --data: geef hoogstens één index',
    indexNotHere: (command: string) => `leernetwerk: --data: een vooraf gebouwde index wordt alleen door match gebruikt, niet door ${command}`,
    indexMismatch: (file: string) => `leernetwerk: ${file}: de index hoort niet bij deze dataset; bouw hem opnieuw met build-index`,
    notADataset: (file: string) => `leernetwerk: ${file}: dit is een vooraf gebouwde index, geen dataset`,
  },
  en: {
    twoDatasets: 'leernetwerk: --data: give at most one dataset',
    twoIndexes: 'leernetwerk: --data: give at most one index',
    indexNotHere: (command: string) => `leernetwerk: --data: a prebuilt index is only used by match, not by ${command}`,
    indexMismatch: (file: string) => `leernetwerk: ${file}: the index does not belong to this dataset; rebuild it with build-index`,
    notADataset: (file: string) => `leernetwerk: ${file}: this is a prebuilt index, not a dataset`,
  },
} satisfies Record<Lang, unknown>;

/** A file given with `--data`: a dataset, or a prebuilt index. */
export type DataFile = { file: string; dataset: Dataset } | { file: string; index: SerializedIndex };

/** The dataset a command works on: `--data FILE` when given (strictly validated), else the default dataset. */
export interface LoadedData {
  readonly dataset: Dataset;
  /** The file it came from; undefined for the default dataset. */
  readonly file?: string;
  readonly index?: { readonly file: string; readonly value: SerializedIndex };
}

export async function loadData(
  ctx: Context,
  values: OptionValues,
  command: string,
  options: { allowIndex?: boolean } = {},
): Promise<LoadedData> {
  const w = words[ctx.lang];
  const files = await Promise.all(dataFiles(values).map((file) => readDataFile(ctx, file)));
  const datasets = files.filter((f) => 'dataset' in f);
  const indexes = files.filter((f) => 'index' in f);
  if (datasets.length > 1) throw new UsageError(w.twoDatasets, command);
  if (indexes.length > 1) throw new UsageError(w.twoIndexes, command);
  if (indexes.length > 0 && !options.allowIndex) throw new UsageError(w.indexNotHere(command), command);
  const [data] = datasets;
  const [index] = indexes;
  return {
    dataset: data?.dataset ?? defaultDataset,
    ...(data ? { file: data.file } : {}),
    ...(index ? { index: { file: index.file, value: index.index } } : {}),
  };
}

/** The matcher for `data`: loaded from its prebuilt index when one was given, else built. */
export function matcherFor(ctx: Context, data: LoadedData): Matcher {
  if (data.index === undefined) return createMatcher(data.dataset);
  try {
    return loadMatcher(data.dataset, data.index.value);
  } catch {
    throw new CliError(words[ctx.lang].indexMismatch(data.index.file));
  }
}

export function dataFiles(values: OptionValues): string[] {
  const value = values.data;
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');
}

/** Reads and strictly validates a dataset file; every problem becomes one line of the error. */
export async function readDatasetFile(ctx: Context, file: string): Promise<Dataset> {
  const found = await readDataFile(ctx, file);
  if ('dataset' in found) return found.dataset;
  throw new CliError(words[ctx.lang].notADataset(file));
}

export async function readDataFile(ctx: Context, file: string): Promise<DataFile> {
  const text = await readText(ctx, file);
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw problemsError(file, parseDatasetJson(text).problems, ctx.lang);
  }
  if (isIndex(value)) return { file, index: value };
  const parsed = parseDataset(value, { mode: 'strict' });
  if (!parsed.ok) throw problemsError(file, parsed.problems, ctx.lang);
  return { file, dataset: parsed.dataset };
}

function isIndex(value: unknown): value is SerializedIndex {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === INDEX_FORMAT;
}

/** One `leernetwerk: FILE: place: message` line per problem. */
export function problemLines(file: string, problems: readonly DatasetProblem[], lang: Lang): string[] {
  return problems.map((p) => formatProblem({ ...p, where: p.where ? `${file}: ${p.where}` : file }, lang));
}

function problemsError(file: string, problems: readonly DatasetProblem[], lang: Lang): CliError {
  return new CliError(problemLines(file, problems, lang));
}
