import { parseCommandArgs, splitCommand, flag, GLOBAL_OPTIONS } from './args.js';
import { COMMANDS } from './commands/index.js';
import { createContext, type CliIO } from './context.js';
import { CliError, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError } from './errors.js';
import { findLangFlag, resolveLang } from './lang.js';
import { text } from './text.js';
import { usage } from './usage.js';

export type { CliIO, Output } from './context.js';

/**
 * Runs the `leernetwerk` command line and returns its exit code. Never calls `process.exit`
 * and never shows a stack trace: an unexpected error becomes one `leernetwerk: …` line.
 *
 * @example
 * const code = await main(['validate', 'dataset.json'], { stdout: process.stdout, stderr: process.stderr });
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const env = io.env ?? process.env;
  const lang = resolveLang(findLangFlag(argv), env);
  const ctx = createContext(io, lang ?? 'nl');
  const t = text(ctx.lang);
  if (lang === undefined) {
    ctx.err(t.badLang());
    return EXIT_USAGE;
  }

  const { command: name, rest } = splitCommand(argv);
  try {
    if (name === undefined) {
      const { values } = parseCommandArgs(rest, GLOBAL_OPTIONS, ctx.lang);
      if (flag(values, 'help')) {
        ctx.out(usage(ctx.lang));
        return EXIT_OK;
      }
      ctx.err(usage(ctx.lang));
      return EXIT_USAGE;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(t.unknownCommand(name));
    const args = parseCommandArgs(rest, command.options, ctx.lang, command.name);
    if (flag(args.values, 'help')) {
      ctx.out(command.usage[ctx.lang]);
      return EXIT_OK;
    }
    return await command.run(ctx, args);
  } catch (error) {
    if (error instanceof CliError) {
      for (const line of error.lines) ctx.err(line);
      if (error instanceof UsageError) ctx.err(t.seeHelp(error.command));
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    ctx.err(t.internalError(message.split('\n')[0]!));
    return EXIT_PROBLEMS;
  }
}
