import type { GapDimension, GapFinding } from '@leernetwerk/sdk';
import { capitalise, type DomainText } from '../shared/domain.js';
import type { Messages } from '../shared/messages.js';

/** At most this many theme × group cells are named in the "demand without any offering" sentence. */
export const UNCOVERED_NAMED = 5;

const percent = (share: number, lang: string) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(share);

type Dimensional = Exclude<GapFinding, { code: 'uncovered' }>;

/**
 * The SDK's coded findings as plain sentences, most telling first:
 * 1. what dominates the supply (direction and domain scope together when both do, as in the
 *    report: "horizontal learning within one domain dominates");
 * 2. values that are scarce, one sentence per dimension;
 * 3. values whose share of supply lags behind their share of demand (unless already called scarce);
 * 4. theme × target group cells with demand and no offering at all.
 * Words only: which values qualify is decided by `analyzeGaps`.
 */
export function findingSentences(findings: readonly GapFinding[], offerings: number, t: Messages, d: DomainText): string[] {
  const f = t.gapMap.findings;
  const name = (dimension: GapDimension, value: string) =>
    dimension === 'theme' ? t.gapMap.quote(d.label('theme', value)) : d.label(dimension, value);
  const of = <C extends Dimensional['code']>(code: C) =>
    findings.filter((x): x is Extract<GapFinding, { code: C }> => x.code === code);
  const sentences: string[] = [];

  const dominant = of('dominant');
  const direction = dominant.find((x) => x.dimension === 'direction');
  const domain = dominant.find((x) => x.dimension === 'domainScope');
  if (direction && domain) {
    sentences.push(
      f.dominantPair(
        capitalise(name('direction', direction.value)),
        name('domainScope', domain.value),
        percent(direction.share, d.lang),
        percent(domain.share, d.lang),
      ),
    );
  }
  for (const x of dominant) {
    if (direction && domain && (x === direction || x === domain)) continue;
    const value = x.dimension === 'direction' ? capitalise(name(x.dimension, x.value)) : name(x.dimension, x.value);
    sentences.push(f.dominant[x.dimension](value, percent(x.share, d.lang), x.supply, offerings));
  }

  const scarce = of('scarce');
  const scarceKeys = new Set(scarce.map((x) => `${x.dimension}:${x.value}`));
  for (const dimension of [...new Set(scarce.map((x) => x.dimension))]) {
    const group = scarce.filter((x) => x.dimension === dimension);
    const compared = [...new Set(group.flatMap((x) => x.comparedWith))];
    sentences.push(
      f.scarce[dimension](
        t.gapMap.list(group.map((x) => name(dimension, x.value))),
        t.gapMap.list(compared.map((value) => name(dimension, value))),
      ),
    );
  }

  for (const x of of('underserved')) {
    if (scarceKeys.has(`${x.dimension}:${x.value}`)) continue;
    sentences.push(f.underserved(capitalise(name(x.dimension, x.value)), percent(x.demandShare, d.lang), percent(x.supplyShare, d.lang)));
  }

  const uncovered = findings.filter((x): x is Extract<GapFinding, { code: 'uncovered' }> => x.code === 'uncovered');
  if (uncovered.length > 0) {
    const named = uncovered
      .slice(0, UNCOVERED_NAMED)
      .map((x) => f.cell(name('theme', x.theme), d.label('targetGroup', x.targetGroup)));
    sentences.push(f.uncovered(t.gapMap.list(named), uncovered.length - named.length));
  }
  return sentences;
}
