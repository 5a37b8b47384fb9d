#!/usr/bin/env node
// Matches a learning question against the default dataset and prints the white spots.
//
//   node --conditions=source --import tsx match-question.mjs [--lang en] [--json] "your question"
//
// (From the workspace, `--conditions=source --import tsx` runs the SDK from its TypeScript
// sources; against the built packages plain `node match-question.mjs …` is enough.)
import { analyzeGaps, createMatcher, formatReason, label, localize } from '@leernetwerk/sdk';
import { defaultDataset, exampleSharedQuestions } from '@leernetwerk/data';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const json = args.includes('--json') ? (args.splice(args.indexOf('--json'), 1), true) : false;
const lang = flag('--lang') === 'en' ? 'en' : 'nl';
const question =
  args.join(' ').trim() || 'Hoe versterken we het vertrouwen van bewoners in instanties in onze wijk?';

const matcher = createMatcher(defaultDataset, { questions: exampleSharedQuestions });
const result = matcher.match(question, { limit: 3 });
const gaps = analyzeGaps(defaultDataset, { matcher });

if (json) {
  console.log(
    JSON.stringify(
      {
        question,
        agenda: result.agenda.map((r) => ({ id: r.item.id, score: r.score, reasons: r.reasons.map((x) => x.code) })),
        offerings: result.offerings.map((r) => ({ id: r.item.id, score: r.score, reasons: r.reasons.map((x) => x.code) })),
        similarQuestions: result.similarQuestions.map((r) => ({ id: r.item.id, score: r.score })),
        findings: gaps.findings,
      },
      null,
      2,
    ),
  );
} else {
  const h = (text) => `\n${text}\n${'-'.repeat(text.length)}`;
  const why = (r) => r.reasons.map((x) => formatReason(x, lang, defaultDataset)).join('; ');
  console.log(`${lang === 'nl' ? 'Vraag' : 'Question'}: ${question}`);

  console.log(h(lang === 'nl' ? 'Leeragenda' : 'Learning agenda'));
  for (const r of result.agenda) console.log(`- ${localize(r.item.title, lang)}\n    ${why(r)}`);

  console.log(h(lang === 'nl' ? 'Leeraanbod' : 'Learning offerings'));
  for (const r of result.offerings) console.log(`- ${localize(r.item.title, lang)} (${r.item.provider})\n    ${why(r)}`);

  console.log(h(lang === 'nl' ? 'Anderen vragen ook' : 'Others ask too'));
  for (const r of result.similarQuestions) console.log(`- ${r.item.text}`);

  console.log(h(lang === 'nl' ? 'Witte vlekken: grootste tekort aan aanbod' : 'White spots: largest shortfall of offerings'));
  for (const cell of gaps.cells.filter((c) => c.shortfall > 0).slice(0, 5)) {
    console.log(
      `- ${label('theme', cell.theme, lang, defaultDataset)} × ${label('targetGroup', cell.targetGroup, lang)}: ` +
        `${lang === 'nl' ? 'vraag' : 'demand'} ${cell.demand.total.toFixed(1)}, ` +
        `${lang === 'nl' ? 'aanbod' : 'supply'} ${cell.supply}, ${lang === 'nl' ? 'tekort' : 'shortfall'} ${cell.shortfall.toFixed(1)}`,
    );
  }
}
