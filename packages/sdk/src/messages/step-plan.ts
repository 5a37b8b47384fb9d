import type { Dataset } from '../schema/index.js';
import type { OptionKind, StepId, StepQuestionId, Suggestion } from '../step-plan/types.js';
import { messagesFor } from './catalog.js';
import { labelIn } from './label.js';
import { localize } from './localize.js';
import { formatReasonIn } from './reason.js';
import type { Lang, Messages } from './types.js';

/**
 * The title and one-line summary of a step of the step plan.
 *
 * @example
 * stepText('results', 'nl'); // { title: 'Borging en verspreiding', summary: 'Hoe worden … geborgd en gedeeld?' }
 */
export function stepText(step: StepId, lang: Lang): { readonly title: string; readonly summary: string } {
  return messagesFor(lang).stepPlan.step[step];
}

/**
 * The label and hint of a step-plan question.
 *
 * @example
 * stepQuestionText('where.scale', 'en').label; // 'At what scale?'
 */
export function stepQuestionText(question: StepQuestionId, lang: Lang): { readonly label: string; readonly hint: string } {
  return messagesFor(lang).stepPlan.question[question];
}

/**
 * A suggestion as its option's name and its reasons as phrases; a network that already runs
 * matching offerings says which.
 *
 * @example
 * formatSuggestion({ id: 'lppw', score: 1, reasons: [{ code: 'theme', weight: 1, params: { theme: 'safety' } }] },
 *   'network', 'nl', dataset);
 * // { label: 'Landelijk Platform Professie Wijkagent', reasons: ['gaat over het thema "Veiligheid"'] }
 */
export function formatSuggestion(
  suggestion: Suggestion,
  kind: OptionKind,
  lang: Lang,
  dataset?: Dataset,
): { readonly label: string; readonly reasons: readonly string[] } {
  return formatSuggestionIn(messagesFor(lang), suggestion, kind, dataset);
}

/**
 * `formatSuggestion` with the messages of one language, so that a bundle carries only that language.
 *
 * @example
 * import { nl } from '@leernetwerk/sdk/messages/nl';
 * formatSuggestionIn(nl, suggestion, 'network', dataset).label; // 'Landelijk Platform Professie Wijkagent'
 */
export function formatSuggestionIn(
  messages: Messages,
  suggestion: Suggestion,
  kind: OptionKind,
  dataset?: Dataset,
): { readonly label: string; readonly reasons: readonly string[] } {
  const reasons = suggestion.reasons.map((reason) => formatReasonIn(messages, reason, dataset));
  const offerings = (suggestion.offerings ?? []).map((id) => {
    const offering = dataset?.offerings.find((o) => o.id === id);
    return offering === undefined ? id : localize(offering.title, messages.lang);
  });
  if (offerings.length > 0) reasons.push(messages.stepPlan.runsOfferings(offerings));
  return { label: labelIn(messages, kind, suggestion.id, dataset), reasons };
}
