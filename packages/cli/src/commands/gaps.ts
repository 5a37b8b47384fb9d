import {
  GAP_DIMENSIONS,
  analyzeGaps,
  formatFinding,
  label,
  type Dataset,
  type GapAnalysis,
  type GapDimension,
  type GapFinding,
} from '@leernetwerk/sdk';
import { flag, stringOption } from '../args.js';
import type { Command } from '../command.js';
import type { Context } from '../context.js';
import { loadData } from '../data.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { toJsonText } from '../files.js';
import { formatAmount as amount, formatPercent as percent } from '../format/number.js';
import { formatTable } from '../format/table.js';
import type { Lang } from '../lang.js';
import { text } from '../text.js';

/** `--by` values: the SDK's dimensions, written the command-line way. */
const BY: Readonly<Record<string, GapDimension>> = {
  theme: 'theme',
  'target-group': 'targetGroup',
  scale: 'scale',
  direction: 'direction',
  'domain-scope': 'domainScope',
};

const words = {
  nl: {
    cellsTitle: 'Vraag en aanbod per thema en doelgroep (vraag/aanbod; ! = vraag zonder aanbod)',
    theme: 'thema',
    dimension: { theme: 'Thema', targetGroup: 'Doelgroep', scale: 'Schaal', direction: 'Richting', domainScope: 'Binnen of over domeinen' },
    dimensionTitle: (name: string) => `${name}: vraag en aanbod`,
    columns: ['waarde', 'vraag', '% vraag', 'aanbod', '% aanbod'],
    findings: 'Bevindingen',
    noFindings: '  (geen)',
    basis: (offerings: number, weights: string) => `${offerings} aanbod; vraag: agendapunten, gewogen (${weights}).`,
    source: { priority: 'prioritair', 'content-gap': 'witte vlek', 'organisational-gap': 'witte vlek organiseren', question: 'vraag' },
  },
  en: {
    cellsTitle: 'Demand and supply per theme and target group (demand/supply; ! = demand without supply)',
    theme: 'theme',
    dimension: { theme: 'Theme', targetGroup: 'Target group', scale: 'Scale', direction: 'Direction', domainScope: 'Within or across domains' },
    dimensionTitle: (name: string) => `${name}: demand and supply`,
    columns: ['value', 'demand', '% demand', 'supply', '% supply'],
    findings: 'Findings',
    noFindings: '  (none)',
    basis: (offerings: number, weights: string) => `${offerings} offerings; demand: agenda items, weighted (${weights}).`,
    source: { priority: 'priority', 'content-gap': 'white spot', 'organisational-gap': 'organisational white spot', question: 'question' },
  },
} satisfies Record<Lang, unknown>;

export const gapsCommand: Command = {
  name: 'gaps',
  options: { json: { type: 'boolean' }, by: { type: 'string' } },
  usage: {
    nl: `Gebruik: leernetwerk gaps [--by theme|target-group|scale|direction|domain-scope] [--json] [--data dataset.json]

Witte vlekken: de vraag (prioritaire vragen en witte vlekken van de leeragenda) naast het aanbod,
als tabel per thema en doelgroep en per dimensie, met de bevindingen in woorden (wat overheerst,
wat schaars is, wat achterblijft).

  --by DIMENSIE   alleen deze dimensie en haar bevindingen
  --json          de analyse als JSON (met --by: alleen die dimensie)`,
    en: `Usage: leernetwerk gaps [--by theme|target-group|scale|direction|domain-scope] [--json] [--data dataset.json]

White spots: demand (the learning agenda's priority questions and white spots) next to supply, as a
table per theme and target group and per dimension, with the findings in words (what dominates,
what is scarce, what lags behind).

  --by DIMENSION   only this dimension and its findings
  --json           the analysis as JSON (with --by: only that dimension)`,
  },
  async run(ctx, args) {
    if (args.positionals.length > 0) throw new UsageError(text(ctx.lang).tooManyArguments(), 'gaps');
    const by = readBy(stringOption(args.values, 'by'), ctx.lang);
    const { dataset } = await loadData(ctx, args.values, 'gaps');
    const analysis = analyzeGaps(dataset);
    const findings = by === undefined ? analysis.findings : analysis.findings.filter((f) => concerns(f, by));

    if (flag(args.values, 'json')) {
      const json = by === undefined ? analysis : { offerings: analysis.offerings, weights: analysis.weights, dimension: by, rows: analysis.rows[by], findings };
      ctx.stdout.write(toJsonText(json));
      return EXIT_OK;
    }
    if (by === undefined) printCells(ctx, analysis, dataset);
    for (const dimension of by === undefined ? GAP_DIMENSIONS : [by]) printDimension(ctx, analysis, dimension, dataset);
    printFindings(ctx, findings, dataset);
    return EXIT_OK;
  },
};

function readBy(value: string | undefined, lang: Lang): GapDimension | undefined {
  if (value === undefined) return undefined;
  const dimension = BY[value] ?? (GAP_DIMENSIONS as readonly string[]).find((d) => d === value);
  if (dimension === undefined) throw new UsageError(text(lang).expectedOneOf('--by', Object.keys(BY)), 'gaps');
  return dimension as GapDimension;
}

function concerns(finding: GapFinding, dimension: GapDimension): boolean {
  return finding.code === 'uncovered' ? dimension === 'theme' || dimension === 'targetGroup' : finding.dimension === dimension;
}

function printCells(ctx: Context, analysis: GapAnalysis, dataset: Dataset): void {
  const w = words[ctx.lang];
  const groups = dataset.targetGroups.map((g) => g.id);
  const cell = new Map(analysis.cells.map((c) => [`${c.theme} ${c.targetGroup}`, c]));
  const rows = dataset.themes.map((theme) => [
    label('theme', theme.id, ctx.lang, dataset),
    ...groups.map((group) => {
      const found = cell.get(`${theme.id} ${group}`);
      if (found === undefined) return '0/0';
      return `${amount(found.demand.total, ctx.lang)}/${found.supply}${found.supply === 0 && found.demand.total > 0 ? '!' : ''}`;
    }),
  ]);
  ctx.out(w.cellsTitle);
  const header = [w.theme, ...groups.map((g) => label('targetGroup', g, ctx.lang, dataset))];
  for (const line of formatTable(header, rows, ['left', ...groups.map(() => 'right' as const)])) ctx.out(line);
  const weights = Object.entries(analysis.weights)
    .filter(([source]) => source !== 'question')
    .map(([source, weight]) => `${w.source[source as keyof typeof w.source]} ×${weight}`);
  ctx.out(w.basis(analysis.offerings, weights.join(', ')));
}

function printDimension(ctx: Context, analysis: GapAnalysis, dimension: GapDimension, dataset: Dataset): void {
  const w = words[ctx.lang];
  const rows = analysis.rows[dimension].map((row) => [
    label(dimension, row.value, ctx.lang, dataset),
    amount(row.demand.total, ctx.lang),
    percent(row.demandShare),
    String(row.supply),
    percent(row.supplyShare),
  ]);
  ctx.out();
  ctx.out(w.dimensionTitle(w.dimension[dimension]));
  for (const line of formatTable(w.columns, rows, ['left', 'right', 'right', 'right', 'right'])) ctx.out(line);
}

function printFindings(ctx: Context, findings: readonly GapFinding[], dataset: Dataset): void {
  const w = words[ctx.lang];
  ctx.out();
  ctx.out(w.findings);
  if (findings.length === 0) ctx.out(w.noFindings);
  for (const finding of findings) ctx.out(`  - ${formatFinding(finding, ctx.lang, dataset)}`);
}
