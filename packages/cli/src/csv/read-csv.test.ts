import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CsvSyntaxError, detectDelimiter, readCsv } from './read-csv.js';

test('detects ; , and tab from the header line, ignoring separators inside quotes', () => {
  assert.equal(detectDelimiter('id;titel;"a,b,c"\n1;2;3'), ';');
  assert.equal(detectDelimiter('id,title,"a;b;c;d"\n1,2,3'), ',');
  assert.equal(detectDelimiter('id\ttitle\tprovider\n'), '\t');
  assert.equal(detectDelimiter('\n\nid;title\n1,2,3,4,5'), ';');
  assert.equal(detectDelimiter('title\n'), ',');
});

test('an Excel export: BOM, ;, CRLF, a quoted newline, blank and ;;; rows, line numbers of record starts', () => {
  const source = '\uFEFFid;titel;beschrijving\r\na;"Titel A";"regel 1\r\nregel 2\r\n\r\nregel 3"\r\n\r\nb;B;x\r\n;;\r\nc;"C ""q""";"y\nz"\r\n;;\r\n\r\n';
  const table = readCsv(source);
  assert.equal(table.delimiter, ';');
  assert.deepEqual(table.header, ['id', 'titel', 'beschrijving']);
  assert.deepEqual(
    table.rows.map((r) => [r.line, r.cells]),
    [
      [2, ['a', 'Titel A', 'regel 1\nregel 2\n\nregel 3']],
      [7, ['b', 'B', 'x']],
      [9, ['c', 'C "q"', 'y\nz']],
    ],
  );
});

test('a sep= hint line sets the separator and still counts as a line', () => {
  const table = readCsv('sep=,\nid;x,title\n1;2,T\n');
  assert.equal(table.delimiter, ',');
  assert.deepEqual(table.header, ['id;x', 'title']);
  assert.equal(table.rows[0]?.line, 3);
});

test('an unclosed quote is a syntax error with the line where reading stopped', () => {
  assert.throws(
    () => readCsv('id,title\n1,"open\n2,b\n'),
    (error: unknown) => error instanceof CsvSyntaxError && error.code === 'CSV_QUOTE_NOT_CLOSED' && error.line >= 2,
  );
});

test('an empty file has no header and no rows', () => {
  assert.deepEqual(readCsv(''), { delimiter: ',', header: [], rows: [] });
});
