import type { GapFinding } from '../gaps/types.js';
import type { Dataset } from '../schema/index.js';
import { messagesFor } from './catalog.js';
import { labelIn } from './label.js';
import type { FindingLookup, FindingOf, Lang, Messages } from './types.js';

/** How many theme × group cells `formatFindings` names in its "demand without any offering" sentence. */
export const UNCOVERED_NAMED = 5;

export interface FormatFindingsOptions {
  /** At most this many uncovered cells are named, the rest counted; default `UNCOVERED_NAMED`. */
  readonly uncoveredNamed?: number;
}

/**
 * One white-spot finding of `analyzeGaps` as a sentence. Values are named by `label()`; theme
 * names are quoted, as they may contain "en" or commas. Pass the dataset for theme names.
 *
 * @example
 * formatFinding({ code: 'dominant', dimension: 'direction', value: 'horizontal', share: 0.6, supply: 18, comparedWith: ['vertical'] }, 'nl');
 * // 'Horizontaal leren overheerst: 60% van het leeraanbod (18 van 30).'
 */
export function formatFinding(finding: GapFinding, lang: Lang, dataset?: Dataset): string {
  return formatFindingIn(messagesFor(lang), finding, dataset);
}

/**
 * `formatFinding` with the messages of one language, so that a bundle carries only that language.
 *
 * @example
 * import { nl } from '@leernetwerk/sdk/messages/nl';
 * formatFindingIn(nl, finding, dataset); // 'Horizontaal leren overheerst: 60% van het leeraanbod (18 van 30).'
 */
export function formatFindingIn(messages: Messages, finding: GapFinding, dataset?: Dataset): string {
  const m = messages.finding;
  const t = lookup(messages, dataset);
  switch (finding.code) {
    case 'dominant':
      return m.dominant(finding, t);
    case 'scarce':
      return m.scarce(finding, t);
    case 'underserved':
      return m.underserved(finding, t);
    case 'uncovered':
      return m.uncovered(finding, t);
    default:
      return String((finding as { code?: unknown }).code);
  }
}

/**
 * The findings of one analysis as a short list of sentences, most telling first, saying related
 * findings together:
 * 1. what dominates the supply (direction and domain scope in one sentence when both do, as the
 *    report found: "horizontal learning within one domain dominates");
 * 2. scarce values, one sentence per dimension;
 * 3. values whose share of supply lags behind their share of demand, unless already called scarce;
 * 4. theme × target group cells with demand and no offering at all, in one sentence.
 * For every finding on its own line, map `formatFinding` instead.
 *
 * @example
 * formatFindings(analyzeGaps(dataset).findings, 'nl', dataset)[0];
 * // 'Horizontaal leren binnen het eigen domein overheerst: 60% van het leeraanbod is horizontaal leren en 83% is binnen het eigen domein.'
 */
export function formatFindings(
  findings: readonly GapFinding[],
  lang: Lang,
  dataset?: Dataset,
  options: FormatFindingsOptions = {},
): string[] {
  return formatFindingsIn(messagesFor(lang), findings, dataset, options);
}

/**
 * `formatFindings` with the messages of one language, so that a bundle carries only that language.
 *
 * @example
 * import { en } from '@leernetwerk/sdk/messages/en';
 * formatFindingsIn(en, analyzeGaps(dataset).findings, dataset)[0];
 */
export function formatFindingsIn(
  messages: Messages,
  findings: readonly GapFinding[],
  dataset?: Dataset,
  options: FormatFindingsOptions = {},
): string[] {
  const summary = messages.findingSummary;
  const t = lookup(messages, dataset);
  const say = (finding: GapFinding) => formatFindingIn(messages, finding, dataset);
  const of = <C extends GapFinding['code']>(code: C) => findings.filter((f): f is FindingOf<C> => f.code === code);
  const sentences: string[] = [];

  const dominant = of('dominant');
  const direction = dominant.find((f) => f.dimension === 'direction');
  const domainScope = dominant.find((f) => f.dimension === 'domainScope');
  const paired = direction !== undefined && domainScope !== undefined;
  if (paired) sentences.push(summary.dominantPair(direction, domainScope, t));
  for (const f of dominant) if (!paired || (f !== direction && f !== domainScope)) sentences.push(say(f));

  const scarce = of('scarce');
  for (const dimension of new Set(scarce.map((f) => f.dimension))) {
    const group = scarce.filter((f) => f.dimension === dimension);
    sentences.push(group.length === 1 ? say(group[0]!) : summary.scarce(group, t));
  }

  const isScarce = new Set(scarce.map((f) => `${f.dimension} ${f.value}`));
  for (const f of of('underserved')) if (!isScarce.has(`${f.dimension} ${f.value}`)) sentences.push(say(f));

  const uncovered = of('uncovered');
  const named = Math.max(1, options.uncoveredNamed ?? UNCOVERED_NAMED);
  if (uncovered.length === 1) sentences.push(say(uncovered[0]!));
  else if (uncovered.length > 1) sentences.push(summary.uncovered(uncovered.slice(0, named), Math.max(0, uncovered.length - named), t));
  return sentences;
}

function lookup(messages: Messages, dataset: Dataset | undefined): FindingLookup {
  const locale = messages.lang === 'en' ? 'en-GB' : 'nl-NL';
  // One formatter for all amounts: toLocaleString with options makes a new one each call (slow).
  const amounts = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    label: (kind, id) => labelIn(messages, kind, id, dataset),
    percent: (share) => `${Math.round(share * 100)}%`,
    amount: (value) => amounts.format(value),
  };
}
