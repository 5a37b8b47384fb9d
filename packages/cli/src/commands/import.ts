import { expectPositionals, stringOption } from '../args.js';
import type { Command } from '../command.js';
import { importCsvFile, rowProblemLine } from '../csv/import-file.js';
import type { ImportResult } from '../csv/import-offerings.js';
import { loadData, problemLines, readDatasetFile } from '../data.js';
import { EXIT_OK, EXIT_PROBLEMS, UsageError } from '../errors.js';
import { toJsonText, writeFileAtomic } from '../files.js';
import type { Lang } from '../lang.js';
import { today } from '../today.js';

const words = {
  nl: {
    args: ['<aanbod.csv>'],
    intoAndData: 'leernetwerk: gebruik --into of --data, niet allebei',
    summary: (file: string, r: ImportResult) =>
      `${file}: ${r.rowsRead} rijen gelezen, ${r.added.length + r.updated.length} geïmporteerd` +
      (r.updated.length > 0 ? ` (waarvan ${r.updated.length} bijgewerkt)` : '') +
      `, ${r.rejectedLines.length} afgewezen`,
    written: (file: string, offerings: number) => `geschreven: ${file} (${offerings} aanbod)`,
    notWritten: 'leernetwerk: niets geschreven: de dataset zou ongeldig worden',
  },
  en: {
    args: ['<offerings.csv>'],
    intoAndData: 'leernetwerk: use --into or --data, not both',
    summary: (file: string, r: ImportResult) =>
      `${file}: ${r.rowsRead} rows read, ${r.added.length + r.updated.length} imported` +
      (r.updated.length > 0 ? ` (${r.updated.length} of them updated)` : '') +
      `, ${r.rejectedLines.length} rejected`,
    written: (file: string, offerings: number) => `written: ${file} (${offerings} offerings)`,
    notWritten: 'leernetwerk: nothing written: the dataset would be invalid',
  },
} satisfies Record<Lang, unknown>;

export const importCommand: Command = {
  name: 'import',
  options: { output: { type: 'string', short: 'o' }, into: { type: 'string' } },
  usage: {
    nl: `Gebruik: leernetwerk import <aanbod.csv> [-o dataset.json] [--into basis.json | --data basis.json]

Zet een aanbod-CSV (bijvoorbeeld een Excel-export) om in een volledige, gecontroleerde dataset:
de thema's, doelgroepen, leervormen, agenda en netwerken van de meegeleverde dataset (of van --data)
met het geïmporteerde aanbod. Met --into komt het aanbod bij dat van een bestaande dataset; een rij
met een bestaande id vervangt dat aanbod. Scheidingsteken ; , of tab wordt herkend.

  -o, --output BESTAND   schrijf de dataset hierheen (zonder: naar de standaarduitvoer)
  --into BESTAND         voeg het aanbod toe aan deze dataset

Kolommen: id, title, title_en, provider, description, description_en, themes, target_groups,
learning_forms, scale, direction, domain_scope, region, duration, url, contact, network
(ook Nederlandse namen: titel, aanbieder, beschrijving, thema's, doelgroepen, leervormen, schaal …).
Lijsten scheiden met | of ,; waarden als id of als label ("landelijk", "bewoners").
Foute rijen worden gemeld met regelnummer en kolom; de goede rijen worden wel opgenomen
(afsluitcode 1 als er rijen zijn afgewezen).`,
    en: `Usage: leernetwerk import <offerings.csv> [-o dataset.json] [--into base.json | --data base.json]

Turns an offerings CSV (an Excel export, say) into a full, validated dataset: the themes, target
groups, learning forms, agenda and networks of the bundled dataset (or of --data) with the imported
offerings. With --into the offerings join those of an existing dataset; a row with an existing id
replaces that offering. Separator ; , or tab is detected.

  -o, --output FILE   write the dataset here (without: to standard output)
  --into FILE         add the offerings to this dataset

Columns: id, title, title_en, provider, description, description_en, themes, target_groups,
learning_forms, scale, direction, domain_scope, region, duration, url, contact, network
(Dutch names too: titel, aanbieder, beschrijving, thema's, doelgroepen, leervormen, schaal …).
Separate list items with | or ,; values as id or label ("national", "residents", "landelijk").
Bad rows are reported with line number and column; the good rows are still imported
(exit code 1 when rows were rejected).`,
  },
  async run(ctx, args) {
    const w = words[ctx.lang];
    const [file] = expectPositionals(args, w.args, ctx.lang, 'import');
    const output = stringOption(args.values, 'output');
    const into = stringOption(args.values, 'into');
    const data = await loadData(ctx, args.values, 'import');
    if (into !== undefined && data.file !== undefined) throw new UsageError(w.intoAndData, 'import');
    const base = into === undefined ? data.dataset : await readDatasetFile(ctx, into);

    const result = await importCsvFile(ctx, file!, base, { mode: into === undefined ? 'replace' : 'merge', updated: today() });
    for (const row of result.rowProblems) ctx.err(rowProblemLine(file!, row, ctx.lang));
    for (const line of problemLines(into ?? data.file ?? file!, result.otherProblems, ctx.lang)) ctx.err(line);
    const report = output === undefined ? ctx.err : ctx.out;
    report(w.summary(file!, result));
    if (result.dataset === undefined) {
      ctx.err(w.notWritten);
      return EXIT_PROBLEMS;
    }
    if (output === undefined) ctx.stdout.write(toJsonText(result.dataset));
    else {
      await writeFileAtomic(ctx, output, toJsonText(result.dataset));
      report(w.written(output, result.dataset.offerings.length));
    }
    return result.rejectedLines.length > 0 ? EXIT_PROBLEMS : EXIT_OK;
  },
};
