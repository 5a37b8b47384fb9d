import { createMatcher, serializeMatcher } from '@leernetwerk/sdk';
import { stringOption } from '../args.js';
import type { Command } from '../command.js';
import { loadData } from '../data.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { writeFileAtomic } from '../files.js';
import { formatSize } from '../format/size.js';
import type { Lang } from '../lang.js';
import { text } from '../text.js';

const words = {
  nl: {
    output: '-o <index.json>',
    written: (file: string, size: string, offerings: number, agenda: number, questions: number) =>
      `geschreven: ${file} (${size}) — index over ${agenda} agendapunten, ${offerings} aanbod en ${questions} gedeelde vragen`,
  },
  en: {
    output: '-o <index.json>',
    written: (file: string, size: string, offerings: number, agenda: number, questions: number) =>
      `written: ${file} (${size}) — index of ${agenda} agenda items, ${offerings} offerings and ${questions} shared questions`,
  },
} satisfies Record<Lang, unknown>;

export const buildIndexCommand: Command = {
  name: 'build-index',
  options: { output: { type: 'string', short: 'o' } },
  usage: {
    nl: `Gebruik: leernetwerk build-index -o index.json [--data dataset.json]

Bouwt de zoekindex van de matcher vooraf en schrijft die als JSON, zodat een site hem niet in de
browser hoeft te bouwen. De index hoort bij precies deze dataset: bouw hem opnieuw na elke wijziging.
Gebruik hem met: leernetwerk match "…" --data dataset.json --data index.json`,
    en: `Usage: leernetwerk build-index -o index.json [--data dataset.json]

Builds the matcher's search index ahead of time and writes it as JSON, so a site need not build it in
the browser. The index belongs to exactly this dataset: rebuild it after every change.
Use it with: leernetwerk match "…" --data dataset.json --data index.json`,
  },
  async run(ctx, args) {
    const w = words[ctx.lang];
    if (args.positionals.length > 0) throw new UsageError(text(ctx.lang).tooManyArguments(), 'build-index');
    const output = stringOption(args.values, 'output');
    if (output === undefined) throw new UsageError(text(ctx.lang).missingArgument(w.output), 'build-index');
    const { dataset } = await loadData(ctx, args.values, 'build-index');
    const json = serializeMatcher(createMatcher(dataset));
    await writeFileAtomic(ctx, output, json);
    const size = formatSize(Buffer.byteLength(json), ctx.lang);
    ctx.out(w.written(output, size, dataset.offerings.length, dataset.agenda.length, dataset.sharedQuestions?.length ?? 0));
    return EXIT_OK;
  },
};
