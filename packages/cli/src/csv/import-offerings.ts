import { parseDataset, type Dataset, type DatasetProblem } from '@leernetwerk/sdk';
import { createVocabularyLookup } from '../vocabulary.js';
import { mapHeader, type Column, type HeaderMap } from './columns.js';
import { readCsv } from './read-csv.js';
import { assignIds, FIELD_COLUMNS, rowToOffering } from './row-to-offering.js';

/** A problem of one CSV row, with the column it concerns. */
export interface RowProblem {
  readonly line: number;
  /** The column as the file's header spells it, or the documented name when the file lacks it. */
  readonly column: string | undefined;
  /** The rest of the path inside that column, e.g. `[1]` for the second value of a list. */
  readonly rest: string;
  readonly problem: DatasetProblem;
}

export interface ImportResult {
  readonly rowsRead: number;
  readonly added: readonly string[];
  readonly updated: readonly string[];
  readonly rejectedLines: readonly number[];
  readonly rowProblems: readonly RowProblem[];
  /** Problems of the combined dataset outside the imported rows; when present, `dataset` is absent. */
  readonly otherProblems: readonly DatasetProblem[];
  readonly unknownColumns: readonly string[];
  readonly knownColumns: number;
  readonly dataset?: Dataset;
}

export interface ImportOptions {
  /**
   * `merge`: the base's offerings stay, and a row with an existing id replaces that offering.
   * `replace`: the imported rows are the only offerings.
   */
  readonly mode: 'merge' | 'replace';
  /** The dataset's `updated` date (ISO). */
  readonly updated: string;
}

/**
 * Reads an offerings CSV into a dataset built on `base`. Every row is validated by the SDK's
 * `parseDataset` together with the base (so themes and networks must exist there); a row with
 * any problem is rejected and reported by its line, the good rows are kept, and the result is
 * checked once more, strictly, as a whole.
 */
export function importOfferings(source: string, base: Dataset, options: ImportOptions): ImportResult {
  const table = readCsv(source);
  const header = mapHeader(table.header);
  const lookup = createVocabularyLookup(base);
  const drafts = table.rows.map((row) => rowToOffering(row, header, lookup));
  assignIds(drafts);

  const draftIds = new Set(drafts.map((d) => d.id).filter((id): id is string => typeof id === 'string'));
  const kept = options.mode === 'merge' ? base.offerings.filter((o) => !draftIds.has(o.id)) : [];
  const candidate = { ...base, updated: options.updated, offerings: [...kept, ...drafts] };
  const checked = parseDataset(candidate, { mode: 'lenient' });

  const rowProblems: RowProblem[] = [];
  const otherProblems: DatasetProblem[] = [];
  const rejected = new Set<number>();
  for (const problem of checked.problems) {
    const [collection, index] = problem.path;
    const row = collection === 'offerings' && typeof index === 'number' ? index - kept.length : -1;
    if (row < 0) {
      otherProblems.push(problem);
      continue;
    }
    rejected.add(row);
    rowProblems.push({ line: table.rows[row]!.line, ...columnOf(problem.path.slice(2), header), problem });
  }
  rowProblems.sort((a, b) => a.line - b.line);

  const accepted = drafts.filter((_, i) => !rejected.has(i));
  const acceptedIds = new Set(accepted.map((d) => d.id as string));
  const existing = new Set(base.offerings.map((o) => o.id));
  const offerings =
    options.mode === 'merge'
      ? [
          ...base.offerings.map((o) => (acceptedIds.has(o.id) ? accepted.find((d) => d.id === o.id)! : o)),
          ...accepted.filter((d) => !existing.has(d.id as string)),
        ]
      : accepted;
  const final = parseDataset({ ...base, updated: options.updated, offerings }, { mode: 'strict' });
  if (!final.ok) otherProblems.push(...final.problems);

  const summary = {
    rowsRead: table.rows.length,
    added: accepted.map((d) => d.id as string).filter((id) => options.mode === 'replace' || !existing.has(id)),
    updated: options.mode === 'merge' ? accepted.map((d) => d.id as string).filter((id) => existing.has(id)) : [],
    rejectedLines: [...rejected].sort((a, b) => a - b).map((i) => table.rows[i]!.line),
    rowProblems,
    otherProblems,
    unknownColumns: header.unknown,
    knownColumns: header.columns.size,
  };
  return final.ok && otherProblems.length === 0 ? { ...summary, dataset: final.dataset } : summary;
}

/** Which column a problem inside an offering concerns: `['title', 'en']` is the `title_en` column. */
function columnOf(path: readonly (string | number)[], header: HeaderMap): { column: string | undefined; rest: string } {
  const [field, ...rest] = path;
  if (typeof field !== 'string') return { column: undefined, rest: '' };
  let column: Column | undefined = FIELD_COLUMNS[field];
  let tail = rest;
  if ((field === 'title' || field === 'description') && (rest[0] === 'nl' || rest[0] === 'en')) {
    column = rest[0] === 'en' ? `${field}_en` : field;
    tail = rest.slice(1);
  }
  const name = column === undefined ? field : (header.columns.get(column)?.header ?? column);
  return { column: name, rest: tail.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('') };
}
