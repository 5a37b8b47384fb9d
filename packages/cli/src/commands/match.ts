import {
  formatProblem,
  formatReason,
  localize,
  parseQuestion,
  type Dataset,
  type LearningQuestion,
  type MatchResult,
  type Ranked,
  type Reason,
} from '@leernetwerk/sdk';
import { expectPositionals, flag, listOption, stringOption } from '../args.js';
import type { Command, OptionValues } from '../command.js';
import { loadData, matcherFor } from '../data.js';
import { CliError, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { toJsonText } from '../files.js';
import { formatScore } from '../format/number.js';
import type { Lang } from '../lang.js';
import { text } from '../text.js';
import { createVocabularyLookup, type VocabularyKind } from '../vocabulary.js';

const words = {
  nl: {
    args: ['"<leervraag>"'],
    agenda: 'Leeragenda',
    offerings: 'Aanbod',
    similar: 'Vergelijkbare vragen van anderen',
    none: '  (geen)',
    score: 'score',
  },
  en: {
    args: ['"<question>"'],
    agenda: 'Learning agenda',
    offerings: 'Offerings',
    similar: 'Similar questions of others',
    none: '  (none)',
    score: 'score',
  },
} satisfies Record<Lang, unknown>;

/** Option → question field, and the vocabulary its values may be named from. */
const FILTERS = {
  'target-group': ['targetGroup', 'targetGroup'],
  scale: ['scale', 'scale'],
  'learning-form': ['learningForms', 'learningForm'],
} as const satisfies Record<string, readonly [keyof LearningQuestion, VocabularyKind]>;

export const matchCommand: Command = {
  name: 'match',
  options: {
    'target-group': { type: 'string' },
    scale: { type: 'string', multiple: true },
    'learning-form': { type: 'string', multiple: true },
    region: { type: 'string' },
    limit: { type: 'string' },
    json: { type: 'boolean' },
  },
  usage: {
    nl: `Gebruik: leernetwerk match "<leervraag>" [opties]

Koppelt een leervraag aan de leeragenda, aan het aanbod en aan vergelijkbare vragen van anderen,
elk met een score en de redenen.

  --target-group GROEP    wie vraagt: bestuurders, beleidsmakers, professionals, bewoners (of de id)
  --scale SCHAAL          lokaal, regionaal, landelijk, binnen de eigen organisatie (herhaalbaar)
  --learning-form VORM    gewenste leervorm, bijvoorbeeld intervisie, masterclass (herhaalbaar)
  --region REGIO          de regio van de vrager
  --limit N               hoogstens N resultaten per lijst (standaard 10)
  --json                  {"agenda", "offerings", "similarQuestions"} met id, title, score, reasons
  --data BESTAND          dataset, en eventueel een vooraf gebouwde index (--data index.json)

Voorbeeld: leernetwerk match "Hoe krijgen we bewoners weer vertrouwen in de gemeente?" --target-group bewoners`,
    en: `Usage: leernetwerk match "<question>" [options]

Links a learning question to the learning agenda, to offerings and to similar questions of others,
each with a score and the reasons.

  --target-group GROUP    who asks: administrators, policymakers, professionals, residents (or the id)
  --scale SCALE           local, regional, national, organisation (repeatable)
  --learning-form FORM    wanted learning form, e.g. intervisie, masterclass (repeatable)
  --region REGION         the asker's region
  --limit N               at most N results per list (default 10)
  --json                  {"agenda", "offerings", "similarQuestions"} with id, title, score, reasons
  --data FILE             dataset, and optionally a prebuilt index (--data index.json)

Example: leernetwerk match "How do we restore residents' trust in the municipality?" --target-group residents`,
  },
  async run(ctx, args) {
    const w = words[ctx.lang];
    const [what] = expectPositionals(args, w.args, ctx.lang, 'match');
    const limit = readLimit(args.values, ctx.lang);
    const data = await loadData(ctx, args.values, 'match', { allowIndex: true });
    const question = readQuestion(what!, args.values, data.dataset, ctx.lang);
    const result = matcherFor(ctx, data).match(question, limit === undefined ? {} : { limit });

    if (flag(args.values, 'json')) {
      ctx.stdout.write(toJsonText(matchJson(result, ctx.lang)));
      return EXIT_OK;
    }
    const entries = matchJson(result, ctx.lang);
    const sections: [string, readonly Entry[], (i: number) => string][] = [
      [w.agenda, entries.agenda, () => ''],
      [w.offerings, entries.offerings, (i) => providerSuffix(entries.offerings[i]!.title, result.offerings[i]!.item.provider)],
      [w.similar, entries.similarQuestions, () => ''],
    ];
    sections.forEach(([heading, list, extra], s) => {
      if (s > 0) ctx.out();
      ctx.out(heading);
      if (list.length === 0) ctx.out(w.none);
      list.forEach((entry, i) => {
        ctx.out(`${String(i + 1).padStart(3)}. ${entry.title}${extra(i)}  [${entry.id}]  ${w.score} ${formatScore(entry.score, ctx.lang)}`);
        for (const reason of entry.reasons) ctx.out(`       - ${formatReason(reason, ctx.lang, data.dataset)}`);
      });
    });
    return EXIT_OK;
  },
};

/** ` — Movisie`, unless the title already says who provides it. */
function providerSuffix(title: string, provider: string): string {
  return title.toLowerCase().includes(provider.toLowerCase()) ? '' : ` — ${provider}`;
}

interface Entry {
  readonly id: string;
  readonly title: string;
  readonly score: number;
  readonly reasons: readonly Reason[];
}

/** The `--json` shape: per list, id, title in the chosen language, score and the SDK's reasons as data. */
function matchJson(result: MatchResult, lang: Lang): Record<'agenda' | 'offerings' | 'similarQuestions', Entry[]> {
  const entry = <T extends { id: string }>(ranked: Ranked<T>, title: string): Entry => ({
    id: ranked.item.id,
    title,
    score: ranked.score,
    reasons: ranked.reasons,
  });
  return {
    agenda: result.agenda.map((r) => entry(r, localize(r.item.title, lang))),
    offerings: result.offerings.map((r) => entry(r, localize(r.item.title, lang))),
    similarQuestions: result.similarQuestions.map((r) => entry(r, r.item.text)),
  };
}

function readLimit(values: OptionValues, lang: Lang): number | undefined {
  const raw = stringOption(values, 'limit');
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new UsageError(text(lang).expectedPositiveInteger('--limit'), 'match');
  return Number(raw);
}

/**
 * The question from the text and the filter options; labels such as `bewoners` or `landelijk`
 * become ids. The SDK's `parseQuestion` validates it; a problem names the option it came from.
 */
function readQuestion(what: string, values: OptionValues, dataset: Dataset, lang: Lang): LearningQuestion {
  const lookup = createVocabularyLookup(dataset);
  const input: Record<string, unknown> = { what };
  for (const [option, [field, kind]] of Object.entries(FILTERS)) {
    const given = listOption(values, option).map((value) => lookup(kind, value) ?? value);
    if (given.length === 0) continue;
    input[field] = field === 'targetGroup' ? given.at(-1) : [...new Set(given)];
  }
  const region = stringOption(values, 'region');
  if (region !== undefined) input.region = region;

  const parsed = parseQuestion(input);
  if (parsed.ok) return parsed.question;
  const optionOf = (field: unknown) =>
    field === 'what' ? words[lang].args[0]! : `--${Object.entries(FILTERS).find(([, [f]]) => f === field)?.[0] ?? String(field)}`;
  throw new CliError(parsed.problems.map((p) => formatProblem({ ...p, where: optionOf(p.path[0]) }, lang)), EXIT_USAGE);
}
