import type { Reason } from '../reasons.js';
import type { Dataset } from '../schema/index.js';
import { messagesFor } from './catalog.js';
import { label } from './label.js';
import { localize } from './localize.js';
import { clip, firstClause } from './params.js';
import type { Lang, ReasonLookup } from './types.js';

/**
 * One reason why a result ranks where it does, as a short phrase.
 *
 * @example
 * formatReason({ code: 'term', weight: 1, params: { terms: ['vertrouwen'], fields: ['title'] } }, 'nl');
 * // 'komt overeen met "vertrouwen" in de titel'
 */
export function formatReason(reason: Reason, lang: Lang, dataset?: Dataset): string {
  const template = messagesFor(lang).reason[reason.code];
  return template === undefined ? String(reason.code) : template(reason.params ?? {}, lookup(lang, dataset));
}

function lookup(lang: Lang, dataset: Dataset | undefined): ReasonLookup {
  return {
    label: (kind, id) => label(kind, id, lang, dataset),
    learningNeed: (group, need) => {
      const found = dataset?.targetGroups.find((g) => g.id === group)?.learningNeeds.find((n) => n.id === need);
      if (found === undefined) return undefined;
      return found.short === undefined ? firstClause(localize(found.text, lang)) : clip(localize(found.short, lang));
    },
  };
}
