/**
 * Domain words (themes, target groups, scales, learning forms, reasons) come from the SDK, which
 * keeps them beside the vocabularies; UI words come from `messages.ts`. This binds the SDK's
 * helpers to one language and dataset, so a template reads `d.label('scale', 'local')`.
 */
import { formatProblemIn, formatReasonIn, labelIn, localize } from '@leernetwerk/sdk';
import type { Dataset, LocalizedText, Reason } from '@leernetwerk/sdk';
import { sdkMessages, type Lang } from './messages.js';

export type LabelKind = Parameters<typeof labelIn>[1];

export interface DomainText {
  readonly lang: Lang;
  /** Label of a vocabulary value or of a dataset theme, e.g. `label('targetGroup', 'resident')`. */
  label(kind: LabelKind, id: string): string;
  /** Dutch or English text of a record (Dutch when no translation). */
  text(value: LocalizedText | undefined): string;
  /** One sentence saying why a result ranks where it does. */
  reason(reason: Reason): string;
  problem(problem: Parameters<typeof formatProblemIn>[1]): string;
}

/**
 * @example
 * const d = domainText(this.locale, state.dataset);
 * html`${d.text(offering.title)} — ${offering.scale.map((s) => d.label('scale', s)).join(', ')}`
 */
export function domainText(lang: Lang, dataset?: Dataset): DomainText {
  const messages = sdkMessages(lang);
  return {
    lang,
    label: (kind, id) => labelIn(messages, kind, id, dataset),
    text: (value) => (value ? localize(value, lang) : ''),
    reason: (reason) => formatReasonIn(messages, reason, dataset),
    problem: (problem) => formatProblemIn(messages, problem),
  };
}

/**
 * SDK labels are lower case for use inside a sentence ('bewoners'); at the start of a heading,
 * an option or a list item they need a capital ('Bewoners').
 * @example capitalise(d.label('targetGroup', 'resident')) // 'Bewoners'
 */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
