// Test helper (not built): runs the real command line in a child process, from the TypeScript
// sources through tsx, exactly as a user would call the binary.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('../../../../test/fixtures/csv/', import.meta.url));
/** The default dataset as JSON, as shipped by @leernetwerk/data. */
export const defaultDatasetJson = fileURLToPath(new URL('../../../data/src/dataset.json', import.meta.url));
const entry = fileURLToPath(new URL('../bin-dev.ts', import.meta.url));
/** Absolute, so the child can run in any directory (tests write into temporary ones). */
const tsx = import.meta.resolve('tsx');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The node arguments that start the command line with `args`. */
export function cliArgs(args: readonly string[]): string[] {
  return ['--conditions=source', '--import', tsx, entry, ...args];
}

export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      cliArgs(args),
      {
        cwd: options.cwd ?? fixtures,
        env: { PATH: process.env.PATH ?? '', NODE_NO_WARNINGS: '1', LANG: 'C', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

export function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}
