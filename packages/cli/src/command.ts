import type { Context } from './context.js';
import type { Lang } from './lang.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

export interface CommandArgs {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

/** One subcommand: its options, its help text in both languages, and what it does. Returns the exit code. */
export interface Command {
  readonly name: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly usage: Readonly<Record<Lang, string>>;
  run(ctx: Context, args: CommandArgs): Promise<number>;
}
