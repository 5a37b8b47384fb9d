import { expectPositionals, flag } from '../args.js';
import type { Command } from '../command.js';
import type { Context } from '../context.js';
import { diffDatasets, hasChanges, type DatasetDiff } from '../diff/diff-datasets.js';
import { CliError, EXIT_OK } from '../errors.js';
import { readJson, toJsonText } from '../files.js';
import type { Lang } from '../lang.js';

const words = {
  nl: {
    args: ['<oud.json>', '<nieuw.json>'],
    noChanges: 'Geen verschillen.',
    fields: 'Gewijzigde velden',
    summary: (added: number, changed: number, removed: number) =>
      `${added} toegevoegd, ${changed} gewijzigd, ${removed} verwijderd`,
    notObject: (file: string) => `leernetwerk: ${file}: geen dataset (verwacht een JSON-object)`,
  },
  en: {
    args: ['<old.json>', '<new.json>'],
    noChanges: 'No differences.',
    fields: 'Changed fields',
    summary: (added: number, changed: number, removed: number) => `${added} added, ${changed} changed, ${removed} removed`,
    notObject: (file: string) => `leernetwerk: ${file}: not a dataset (expected a JSON object)`,
  },
} satisfies Record<Lang, unknown>;

export const diffCommand: Command = {
  name: 'diff',
  options: { json: { type: 'boolean' } },
  usage: {
    nl: `Gebruik: leernetwerk diff <oud.json> <nieuw.json> [--json]

Vergelijkt twee versies van een dataset: per verzameling (agenda, aanbod, netwerken, thema's …)
wat is toegevoegd, gewijzigd (welke velden) en verwijderd. Records worden op id vergeleken.

  --json   de verschillen als JSON
Afsluitcode 0, ook als er verschillen zijn.`,
    en: `Usage: leernetwerk diff <old.json> <new.json> [--json]

Compares two versions of a dataset: per collection (agenda, offerings, networks, themes …)
what was added, changed (which fields) and removed. Records are matched by id.

  --json   the differences as JSON
Exit code 0, also when there are differences.`,
  },
  async run(ctx, args) {
    const [beforeFile, afterFile] = expectPositionals(args, words[ctx.lang].args, ctx.lang, 'diff');
    const before = await readObject(ctx, beforeFile!);
    const after = await readObject(ctx, afterFile!);
    const diff = diffDatasets(before, after);
    if (flag(args.values, 'json')) ctx.stdout.write(toJsonText(diff));
    else for (const line of describeDiff(diff, ctx.lang)) ctx.out(line);
    return EXIT_OK;
  },
};

async function readObject(ctx: Context, file: string): Promise<Record<string, unknown>> {
  const value = await readJson(ctx, file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError(words[ctx.lang].notObject(file));
  return value as Record<string, unknown>;
}

function describeDiff(diff: DatasetDiff, lang: Lang): string[] {
  const w = words[lang];
  if (!hasChanges(diff)) return [w.noChanges];
  const lines: string[] = [];
  if (diff.fields.length > 0) lines.push(`${w.fields}: ${diff.fields.join(', ')}`);
  for (const [name, c] of Object.entries(diff.collections)) {
    if (c.added.length + c.changed.length + c.removed.length === 0) continue;
    lines.push(`${name}: ${w.summary(c.added.length, c.changed.length, c.removed.length)}`);
    for (const id of c.added) lines.push(`  + ${id}`);
    for (const { id, fields } of c.changed) lines.push(`  ~ ${id}: ${fields.join(', ')}`);
    for (const id of c.removed) lines.push(`  - ${id}`);
  }
  return lines;
}
