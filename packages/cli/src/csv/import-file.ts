import { formatProblem, type Dataset } from '@leernetwerk/sdk';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { readText } from '../files.js';
import type { Lang } from '../lang.js';
import { COLUMNS } from './columns.js';
import { decodeCsv } from './decode.js';
import { importOfferings, type ImportOptions, type ImportResult, type RowProblem } from './import-offerings.js';
import { CsvSyntaxError } from './read-csv.js';

const words = {
  nl: {
    syntax: (code: string) =>
      ({
        CSV_QUOTE_NOT_CLOSED: 'CSV onleesbaar: aanhalingsteken niet gesloten',
        CSV_INVALID_CLOSING_QUOTE: 'CSV onleesbaar: tekens na een sluitend aanhalingsteken',
      })[code] ?? 'CSV onleesbaar',
    noHeader: 'geen kopregel gevonden (het bestand is leeg)',
    noKnownColumns: (expected: string) => `geen bekende kolommen in de kopregel; verwacht onder meer ${expected}`,
    ignored: (names: readonly string[]) => `onbekende kolommen genegeerd: ${names.join(', ')}`,
  },
  en: {
    syntax: (code: string) =>
      ({
        CSV_QUOTE_NOT_CLOSED: 'unreadable CSV: quote not closed',
        CSV_INVALID_CLOSING_QUOTE: 'unreadable CSV: characters after a closing quote',
      })[code] ?? 'unreadable CSV',
    noHeader: 'no header row found (the file is empty)',
    noKnownColumns: (expected: string) => `no known columns in the header row; expected among others ${expected}`,
    ignored: (names: readonly string[]) => `unknown columns ignored: ${names.join(', ')}`,
  },
} satisfies Record<Lang, unknown>;

/**
 * Reads an offerings CSV file and imports it onto `base`. A file that is not CSV, or has no
 * header with known columns, is an error; unknown columns are noted on stderr.
 */
export async function importCsvFile(ctx: Context, file: string, base: Dataset, options: ImportOptions): Promise<ImportResult> {
  const w = words[ctx.lang];
  const source = await readText(ctx, file, decodeCsv);
  let result: ImportResult;
  try {
    result = importOfferings(source, base, options);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CliError(`leernetwerk: ${file}:${error.line}: ${w.syntax(error.code)}`);
    throw error;
  }
  if (result.knownColumns === 0) {
    const message = result.rowsRead === 0 && result.unknownColumns.length === 0 ? w.noHeader : w.noKnownColumns(Object.keys(COLUMNS).slice(0, 4).join(', '));
    throw new CliError(`leernetwerk: ${file}: ${message}`);
  }
  if (result.unknownColumns.length > 0) ctx.err(`leernetwerk: ${file}: ${w.ignored(result.unknownColumns)}`);
  return result;
}

/** `leernetwerk: offerings.csv:12: Schaal[0]: verwacht een van …` — the SDK's words, the file's place. */
export function rowProblemLine(file: string, row: RowProblem, lang: Lang): string {
  const { dropped: _dropped, ...problem } = row.problem;
  const column = row.column === undefined ? '' : `: ${row.column}${row.rest}`;
  return formatProblem({ ...problem, where: `${file}:${row.line}${column}` }, lang);
}
