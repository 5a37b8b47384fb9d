import { parse } from 'csv-parse/sync';

export type Delimiter = ';' | ',' | '\t';

export interface CsvRow {
  /** 1-based line in the file where the record starts (a quoted newline makes a record span lines). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly delimiter: Delimiter;
  readonly header: readonly string[];
  /** Records after the header that have at least one non-blank cell. */
  readonly rows: readonly CsvRow[];
}

/** The file is not CSV that can be read; `line` is where reading stopped. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  readonly code: string;

  constructor(line: number, code: string) {
    super(`CSV syntax error (${code}) at line ${line}`);
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.code = code;
  }
}

const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

/**
 * Reads a CSV export the way spreadsheets write them: `;`, `,` or tab separators (detected),
 * a UTF-8 byte order mark, CRLF line ends, quoted newlines, an Excel `sep=;` first line,
 * and blank rows anywhere (Excel leaves `;;;;` rows at the end).
 */
export function readCsv(source: string): CsvTable {
  let text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let lineOffset = 0;
  let delimiter: Delimiter | undefined;
  const hint = /^sep=(.)\n/i.exec(text);
  if (hint && DELIMITERS.includes(hint[1] as Delimiter)) {
    delimiter = hint[1] as Delimiter;
    text = text.slice(hint[0].length);
    lineOffset = 1;
  }
  delimiter ??= detectDelimiter(text);

  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info: true` each record comes as `{ record, info }`; the types do not follow the option.
    records = parse(text, { delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as unknown as typeof records;
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    throw new CsvSyntaxError((lines ?? 1) + lineOffset, code ?? 'CSV_INVALID');
  }

  const rows = records
    .map(({ record, info }) => ({
      line: info.lines + lineOffset - countNewlines(record),
      cells: record.map((cell) => cell.trim()),
    }))
    .filter((row) => row.cells.some((cell) => cell !== ''));
  const [header, ...body] = rows;
  return { delimiter, header: header?.cells ?? [], rows: body };
}

/** The separator that occurs most often, outside quotes, in the first non-blank line. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === '\n' && !quoted) {
      if (seenContent) break;
    } else if (!quoted && counts.has(char as Delimiter)) counts.set(char as Delimiter, counts.get(char as Delimiter)! + 1);
    if (char.trim() !== '') seenContent = true;
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

function countNewlines(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) for (const char of cell) if (char === '\n') count++;
  return count;
}
