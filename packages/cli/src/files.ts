import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatProblem } from '@leernetwerk/sdk';
import { CliError } from './errors.js';
import type { Context } from './context.js';
import { text } from './text.js';

export function resolvePath(ctx: Context, file: string): string {
  return resolve(ctx.cwd, file);
}

/** A file's text; `decode` turns its bytes into text (default: UTF-8). */
export async function readText(ctx: Context, file: string, decode: (bytes: Buffer) => string = (b) => b.toString('utf8')): Promise<string> {
  try {
    return decode(await readFile(resolvePath(ctx, file)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const t = text(ctx.lang);
    throw new CliError(code === 'ENOENT' ? t.fileNotFound(file) : t.cannotRead(file, code));
  }
}

/**
 * Reads and parses a JSON file. A syntax error is reported the way the SDK reports it for
 * datasets (`invalid-json` with line and column), never with the file's content.
 */
export async function readJson(ctx: Context, file: string): Promise<unknown> {
  const source = await readText(ctx, file);
  try {
    return JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const params = position === undefined ? {} : lineAndColumn(source, Number(position));
    throw new CliError(formatProblem({ path: [], where: file, code: 'invalid-json', params }, ctx.lang));
  }
}

export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).replace(/^\uFEFF/, '');
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * Writes through a temporary file in the same directory and renames it into place,
 * so a reader never sees half a file and a failed run leaves the old file intact.
 */
export async function writeFileAtomic(ctx: Context, file: string, content: string): Promise<void> {
  const target = resolvePath(ctx, file);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliError(text(ctx.lang).cannotWrite(file, (error as NodeJS.ErrnoException).code ?? 'EIO'));
  }
}

/** Pretty JSON with a final newline, as written to files and stdout. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
