import { parseArgs } from 'node:util';
import type { CommandArgs, OptionSpec, OptionValues } from './command.js';
import { UsageError } from './errors.js';
import type { Lang } from './lang.js';
import { text } from './text.js';

/** Options every command accepts. */
export const GLOBAL_OPTIONS = {
  data: { type: 'string', multiple: true },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>;

/**
 * Splits `argv` into the command name and the rest. Global options may come before the
 * command (`leernetwerk --lang en gaps`); they are handed on to the command's own parsing.
 */
export function splitCommand(argv: readonly string[]): { command: string | undefined; rest: string[] } {
  const takesValue = new Set(Object.entries(GLOBAL_OPTIONS).filter(([, o]) => o.type === 'string').map(([n]) => `--${n}`));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (takesValue.has(arg)) {
      i++;
      continue;
    }
    if (arg === '--') break;
    if (!arg.startsWith('-')) return { command: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { command: undefined, rest: [...argv] };
}

export function parseCommandArgs(
  argv: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  lang: Lang,
  command?: string,
): CommandArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...GLOBAL_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as OptionValues, positionals };
  } catch (error) {
    throw new UsageError(describeParseError(error as NodeJS.ErrnoException, lang), command);
  }
}

function describeParseError(error: NodeJS.ErrnoException, lang: Lang): string {
  const t = text(lang);
  const option = /'(-{1,2}[^\s']+)/.exec(error.message)?.[1];
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return t.unknownOption(option);
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    const name = option.split(/[ ,=]/)[0]!;
    return error.message.includes('does not take an argument') ? t.takesNoValue(name) : t.missingValue(name);
  }
  return t.badArguments();
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (Array.isArray(value)) return value.at(-1) as string | undefined;
  return typeof value === 'string' ? value : undefined;
}

export function flag(values: OptionValues, name: string): boolean {
  return values[name] === true;
}

/** A repeatable option whose values may also be separated by `,` or `|`: `--scale local,regional`. */
export function listOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  const raw = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return raw
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(/[,|]/))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

export function expectPositionals(
  args: CommandArgs,
  names: readonly string[],
  lang: Lang,
  command: string,
): string[] {
  const t = text(lang);
  if (args.positionals.length < names.length) throw new UsageError(t.missingArgument(names[args.positionals.length]!), command);
  if (args.positionals.length > names.length) throw new UsageError(t.tooManyArguments(), command);
  return [...args.positionals];
}
