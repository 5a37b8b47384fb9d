import type { Command } from '../command.js';
import { buildIndexCommand } from './build-index.js';
import { diffCommand } from './diff.js';
import { gapsCommand } from './gaps.js';
import { importCommand } from './import.js';
import { matchCommand } from './match.js';
import { validateCommand } from './validate.js';

/** Every subcommand, in the order the usage text lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, importCommand, matchCommand, gapsCommand, buildIndexCommand, diffCommand];
