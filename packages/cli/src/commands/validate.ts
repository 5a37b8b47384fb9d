import type { Dataset } from '@leernetwerk/sdk';
import { expectPositionals } from '../args.js';
import type { Command } from '../command.js';
import type { Context } from '../context.js';
import { importCsvFile, rowProblemLine } from '../csv/import-file.js';
import { loadData, matcherFor, problemLines, readDataFile } from '../data.js';
import { EXIT_OK, EXIT_PROBLEMS } from '../errors.js';
import type { Lang } from '../lang.js';
import { today } from '../today.js';

const words = {
  nl: {
    args: ['<bestand.json|bestand.csv>'],
    valid: (file: string, d: Dataset) =>
      `${file}: geldig — ${d.themes.length} thema's, ${d.targetGroups.length} doelgroepen, ${d.learningForms.length} leervormen, ` +
      `${d.agenda.length} agendapunten, ${d.offerings.length} aanbod, ${d.networks.length} netwerken` +
      (d.sharedQuestions ? `, ${d.sharedQuestions.length} gedeelde vragen` : ''),
    csvValid: (file: string, rows: number) => `${file}: ${rows} rijen, alle geldig`,
    csvInvalid: (file: string, rejected: number, rows: number) => `${file}: ${rejected} van ${rows} rijen afgewezen`,
    indexValid: (file: string, dataset: string) => `${file}: geldige index voor ${dataset}`,
    defaultDataset: 'de meegeleverde dataset',
  },
  en: {
    args: ['<file.json|file.csv>'],
    valid: (file: string, d: Dataset) =>
      `${file}: valid — ${d.themes.length} themes, ${d.targetGroups.length} target groups, ${d.learningForms.length} learning forms, ` +
      `${d.agenda.length} agenda items, ${d.offerings.length} offerings, ${d.networks.length} networks` +
      (d.sharedQuestions ? `, ${d.sharedQuestions.length} shared questions` : ''),
    csvValid: (file: string, rows: number) => `${file}: ${rows} rows, all valid`,
    csvInvalid: (file: string, rejected: number, rows: number) => `${file}: ${rejected} of ${rows} rows rejected`,
    indexValid: (file: string, dataset: string) => `${file}: valid index for ${dataset}`,
    defaultDataset: 'the bundled dataset',
  },
} satisfies Record<Lang, unknown>;

export const validateCommand: Command = {
  name: 'validate',
  options: {},
  usage: {
    nl: `Gebruik: leernetwerk validate <bestand.json|bestand.csv> [--data dataset.json]

Controleert een dataset (JSON) of een aanbod-CSV. Geldig: één regel met de aantallen, afsluitcode 0.
Ongeldig: één regel per probleem met de plek (offerings[3].scale[0], of aanbod.csv:12: Schaal),
afsluitcode 1. Een CSV wordt gecontroleerd tegen de thema's en netwerken van --data (standaard de
meegeleverde dataset); een vooraf gebouwde index tegen de dataset waarvoor hij moet gelden.`,
    en: `Usage: leernetwerk validate <file.json|file.csv> [--data dataset.json]

Checks a dataset (JSON) or an offerings CSV. Valid: one line with the counts, exit code 0.
Invalid: one line per problem naming its place (offerings[3].scale[0], or offerings.csv:12: Scale),
exit code 1. A CSV is checked against the themes and networks of --data (default: the bundled
dataset); a prebuilt index against the dataset it should serve.`,
  },
  async run(ctx, args) {
    const w = words[ctx.lang];
    const [file] = expectPositionals(args, w.args, ctx.lang, 'validate');
    if (/\.(csv|tsv|txt)$/i.test(file!)) return validateCsv(ctx, file!, await loadData(ctx, args.values, 'validate'));

    const found = await readDataFile(ctx, file!);
    if ('dataset' in found) {
      ctx.out(w.valid(file!, found.dataset));
      return EXIT_OK;
    }
    const data = await loadData(ctx, args.values, 'validate');
    matcherFor(ctx, { ...data, index: { file: file!, value: found.index } });
    ctx.out(w.indexValid(file!, data.file ?? w.defaultDataset));
    return EXIT_OK;
  },
};

async function validateCsv(ctx: Context, file: string, data: Awaited<ReturnType<typeof loadData>>): Promise<number> {
  const w = words[ctx.lang];
  const result = await importCsvFile(ctx, file, data.dataset, { mode: data.file ? 'merge' : 'replace', updated: today() });
  for (const row of result.rowProblems) ctx.err(rowProblemLine(file, row, ctx.lang));
  for (const line of problemLines(data.file ?? file, result.otherProblems, ctx.lang)) ctx.err(line);
  if (result.rejectedLines.length > 0 || result.otherProblems.length > 0) {
    ctx.out(w.csvInvalid(file, result.rejectedLines.length, result.rowsRead));
    return EXIT_PROBLEMS;
  }
  ctx.out(w.csvValid(file, result.rowsRead));
  return EXIT_OK;
}
