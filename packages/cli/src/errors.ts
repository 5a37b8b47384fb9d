export const EXIT_OK = 0;
/** The data has problems: an invalid dataset, rejected CSV rows, a file that cannot be read. */
export const EXIT_PROBLEMS = 1;
/** The command line itself is wrong: unknown command or option, missing argument. */
export const EXIT_USAGE = 2;

/**
 * An error the user should see as it is: one or more finished lines, no stack trace.
 * Each line already starts with `leernetwerk: `.
 */
export class CliError extends Error {
  readonly exitCode: number;
  readonly lines: readonly string[];

  constructor(lines: string | readonly string[], exitCode: number = EXIT_PROBLEMS) {
    const all = typeof lines === 'string' ? [lines] : lines;
    super(all.join('\n'));
    this.name = 'CliError';
    this.lines = all;
    this.exitCode = exitCode;
  }
}

export class UsageError extends CliError {
  /** The command whose usage to point at, if known. */
  readonly command: string | undefined;

  constructor(line: string, command?: string) {
    super(line, EXIT_USAGE);
    this.name = 'UsageError';
    this.command = command;
  }
}
