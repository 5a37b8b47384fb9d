import type { Reason } from '../reasons.js';
import type { Dataset } from '../schema/index.js';
import { messagesFor } from './catalog.js';
import { labelIn } from './label.js';
import { localize } from './localize.js';
import { clip, firstClause } from './params.js';
import type { Lang, Messages, ReasonLookup } from './types.js';

/**
 * One reason why a result ranks where it does, as a short phrase.
 *
 * @example
 * formatReason({ code: 'term', weight: 1, params: { terms: ['vertrouwen'], fields: ['title'] } }, 'nl');
 * // 'komt overeen met "vertrouwen" in de titel'
 */
export function formatReason(reason: Reason, lang: Lang, dataset?: Dataset): string {
  return formatReasonIn(messagesFor(lang), reason, dataset);
}

/**
 * `formatReason` with the messages of one language, so that a bundle carries only that language.
 *
 * @example
 * import { en } from '@leernetwerk/sdk/messages/en';
 * formatReasonIn(en, { code: 'term', weight: 1, params: { terms: ['trust'], fields: ['title'] } });
 * // 'matches "trust" in the title'
 */
export function formatReasonIn(messages: Messages, reason: Reason, dataset?: Dataset): string {
  const template = messages.reason[reason.code];
  return template === undefined ? String(reason.code) : template(reason.params ?? {}, lookup(messages, dataset));
}

function lookup(messages: Messages, dataset: Dataset | undefined): ReasonLookup {
  const { lang } = messages;
  return {
    label: (kind, id) => labelIn(messages, kind, id, dataset),
    learningNeed: (group, need) => {
      const found = dataset?.targetGroups.find((g) => g.id === group)?.learningNeeds.find((n) => n.id === need);
      if (found === undefined) return undefined;
      return found.short === undefined ? firstClause(localize(found.text, lang)) : clip(localize(found.short, lang));
    },
  };
}
