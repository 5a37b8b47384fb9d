export type Align = 'left' | 'right';

/**
 * Lines of an aligned text table: a header, a rule, then the rows. Columns are padded to
 * their widest cell; `align` says per column which side (numbers read best on the right).
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (align[i] === 'right' ? pad(cell, widths[i]!, 'start') : pad(cell, widths[i]!, 'end')))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function pad(text: string, to: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, to - width(text)));
  return side === 'start' ? fill + text : text + fill;
}
