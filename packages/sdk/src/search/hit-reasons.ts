import type { Reason, ReasonCode } from '../reasons.js';
import type { Offering } from '../schema/index.js';
import type { FacetId, OfferingTextHit, SearchFilters } from './types.js';

/** Which reason a satisfied filter gives; a provider filter has no reason code. */
const FACET_REASONS: Partial<Record<FacetId, { code: ReasonCode; param: string }>> = {
  themes: { code: 'theme', param: 'theme' },
  targetGroups: { code: 'target-group', param: 'targetGroup' },
  learningForms: { code: 'learning-form', param: 'learningForm' },
  scale: { code: 'scale', param: 'scale' },
  direction: { code: 'direction', param: 'direction' },
  domainScope: { code: 'domain-scope', param: 'domainScope' },
};

/**
 * Why an offering is a hit: the query terms it matched (all of its score, weight 1) and each
 * selected filter value it carries (weight 0: filters decide membership, not order).
 */
export function hitReasons(offering: Offering, text: OfferingTextHit | undefined, filters: SearchFilters): Reason[] {
  const reasons: Reason[] = [];
  if (text !== undefined) {
    const fields = new Set<string>();
    for (const term of text.terms) for (const field of text.match[term] ?? []) fields.add(field);
    reasons.push({ code: 'term', weight: 1, params: { terms: [...text.terms], fields: [...fields].sort() } });
  }
  for (const [facet, reason] of Object.entries(FACET_REASONS) as [FacetId, { code: ReasonCode; param: string }][]) {
    if (facet === 'provider') continue;
    const carried: readonly string[] = offering[facet];
    for (const value of filters[facet] ?? []) {
      if (carried.includes(value)) reasons.push({ code: reason.code, weight: 0, params: { [reason.param]: value } });
    }
  }
  return reasons;
}
