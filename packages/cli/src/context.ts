import type { Lang } from './lang.js';

/** Where the command line writes. `process.stdout` and `process.stderr` fit, and so does a test buffer. */
export interface Output {
  write(text: string): unknown;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  /** Directory that relative file names are resolved against; defaults to `process.cwd()`. */
  cwd?: string;
  /** Environment (for `LANG`); defaults to `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** What every command gets: resolved language, working directory and the two output streams. */
export interface Context {
  readonly lang: Lang;
  readonly cwd: string;
  readonly out: (line?: string) => void;
  readonly err: (line?: string) => void;
  readonly stdout: Output;
}

export function createContext(io: CliIO, lang: Lang): Context {
  return {
    lang,
    cwd: io.cwd ?? process.cwd(),
    out: (line = '') => io.stdout.write(`${line}\n`),
    err: (line = '') => io.stderr.write(`${line}\n`),
    stdout: io.stdout,
  };
}
