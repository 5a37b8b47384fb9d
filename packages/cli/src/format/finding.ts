import { label, type Dataset, type GapDimension, type GapFinding } from '@leernetwerk/sdk';
import type { Lang } from '../lang.js';
import { formatAmount as amount, formatPercent as percent } from './number.js';


const words = {
  nl: {
    dimension: {
      theme: 'Thema',
      targetGroup: 'Doelgroep',
      scale: 'Schaal',
      direction: 'Richting',
      domainScope: 'Binnen of over domeinen',
    },
    list: (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`),
    dominant: (dim: string, value: string, share: string, supply: number, total: number, others: string) =>
      `${dim}: het aanbod is vooral ${value} — ${share} (${supply} van ${total})${others ? `; minder: ${others}` : ''}.`,
    scarce: (dim: string, value: string, supply: number, demand: string, reference: string, others: string) =>
      `${dim}: weinig aanbod voor ${value} — ${supply} aanbod bij vraag ${demand}, tegen een mediaan van ${reference}` +
      `${others ? ` (ruimer: ${others})` : ''}.`,
    underserved: (dim: string, value: string, demandShare: string, supplyShare: string) =>
      `${dim}: ${value} blijft achter — ${demandShare} van de vraag, ${supplyShare} van het aanbod.`,
    uncovered: (theme: string, group: string, demand: string) =>
      `Geen aanbod voor ${theme} bij ${group}, terwijl er vraag is (${demand}).`,
  },
  en: {
    dimension: {
      theme: 'Theme',
      targetGroup: 'Target group',
      scale: 'Scale',
      direction: 'Direction',
      domainScope: 'Within or across domains',
    },
    list: (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
    dominant: (dim: string, value: string, share: string, supply: number, total: number, others: string) =>
      `${dim}: offerings are mostly ${value} — ${share} (${supply} of ${total})${others ? `; less: ${others}` : ''}.`,
    scarce: (dim: string, value: string, supply: number, demand: string, reference: string, others: string) =>
      `${dim}: few offerings for ${value} — ${supply} against demand ${demand}, compared with a median of ${reference}` +
      `${others ? ` (better supplied: ${others})` : ''}.`,
    underserved: (dim: string, value: string, demandShare: string, supplyShare: string) =>
      `${dim}: ${value} lags behind — ${demandShare} of demand, ${supplyShare} of supply.`,
    uncovered: (theme: string, group: string, demand: string) =>
      `No offerings for ${theme} for ${group}, though there is demand (${demand}).`,
  },
} satisfies Record<Lang, unknown>;

export function dimensionName(dimension: GapDimension, lang: Lang): string {
  return words[lang].dimension[dimension];
}

/**
 * One white-spot finding in words. The analysis (which values dominate, which are scarce) is the
 * SDK's `analyzeGaps`; this only says it.
 */
export function formatFinding(finding: GapFinding, lang: Lang, dataset: Dataset, offerings: number): string {
  const w = words[lang];
  if (finding.code === 'uncovered') {
    return w.uncovered(
      label('theme', finding.theme, lang, dataset),
      label('targetGroup', finding.targetGroup, lang, dataset),
      amount(finding.demand, lang),
    );
  }
  const dim = w.dimension[finding.dimension];
  const name = (value: string) => label(finding.dimension, value, lang, dataset);
  const value = name(finding.value);
  switch (finding.code) {
    case 'dominant':
      return w.dominant(dim, value, percent(finding.share), finding.supply, offerings, w.list(finding.comparedWith.map(name)));
    case 'scarce':
      return w.scarce(dim, value, finding.supply, amount(finding.demand, lang), amount(finding.reference, lang), w.list(finding.comparedWith.map(name)));
    case 'underserved':
      return w.underserved(dim, value, percent(finding.demandShare), percent(finding.supplyShare));
  }
}
