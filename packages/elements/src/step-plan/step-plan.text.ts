// The step plan in words, for the element and for the plain-text export (download, copy, e-mail).
import { formatSuggestionIn, labelIn } from '@leernetwerk/sdk';
import type { Dataset, StepId, StepPlan, StepQuestion } from '@leernetwerk/sdk';
import { sdkMessages, type Lang, type Messages } from '../shared/messages.js';

/** Suggestions shown per question; the plan ranks them, the best come first. */
export const MAX_SUGGESTIONS = 3;

export interface QuestionView {
  readonly id: StepQuestion['id'];
  readonly label: string;
  readonly hint: string;
  /** The answer in words; undefined while open. */
  readonly answer: string | undefined;
  /** The answer came from the learning question. */
  readonly fromQuestion: boolean;
  readonly required: boolean;
  readonly suggestions: readonly { readonly label: string; readonly reasons: readonly string[] }[];
}

export interface StepView {
  readonly id: StepId;
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  readonly answered: number;
  readonly total: number;
  readonly questions: readonly QuestionView[];
}

function answerOf(q: StepQuestion, lang: Lang, dataset: Dataset | undefined): string | undefined {
  if (q.value === undefined) return undefined;
  const values = typeof q.value === 'string' ? [q.value] : q.value;
  const words = q.optionKind ? values.map((v) => labelIn(sdkMessages(lang), q.optionKind!, v, dataset)) : values;
  const text = words.join(', ').trim();
  return text === '' ? undefined : text;
}

/** Completeness (0..1) as a whole percentage. */
export const percent = (share: number): number => Math.round(Math.min(1, Math.max(0, share)) * 100);

/** Each step with its questions put into words (SDK texts, dataset labels, formatted reasons). */
export function stepViews(plan: StepPlan, lang: Lang, dataset?: Dataset): StepView[] {
  return plan.steps.map((step, i) => {
    const questions = step.questions.map((q): QuestionView => {
      const text = sdkMessages(lang).stepPlan.question[q.id];
      return {
        id: q.id,
        label: text.label,
        hint: text.hint,
        answer: answerOf(q, lang, dataset),
        fromQuestion: q.from !== undefined,
        required: q.required,
        suggestions: q.optionKind
          ? q.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => formatSuggestionIn(sdkMessages(lang), s, q.optionKind!, dataset))
          : [],
      };
    });
    const { title, summary } = sdkMessages(lang).stepPlan.step[step.id];
    return {
      id: step.id,
      number: i + 1,
      title,
      summary,
      answered: questions.filter((q) => q.answer !== undefined).length,
      total: questions.length,
      questions,
    };
  });
}

/**
 * The whole plan as plain text (no markup), to download, copy or send along by e-mail.
 *
 * @example
 * stepPlanText(stepPlan({ what: 'Hoe…?' }, { dataset }), 'nl', msg('nl'), dataset);
 */
export function stepPlanText(plan: StepPlan, lang: Lang, t: Messages, dataset?: Dataset): string {
  const words = t.stepPlan;
  const lines: string[] = [
    words.textHeader,
    '='.repeat(words.textHeader.length),
    words.textCompleteness(percent(plan.completeness)),
    '',
  ];
  for (const step of stepViews(plan, lang, dataset)) {
    lines.push(`${words.step(step.number)}. ${step.title}`, step.summary, '');
    for (const q of step.questions) {
      lines.push(`- ${q.label}`);
      lines.push(`  ${q.answer === undefined ? (q.required ? words.textOpen : words.optional) : `${words.textAnswer}: ${q.answer}`}`);
      if (q.suggestions.length > 0) {
        lines.push(`  ${words.textSuggestions}:`);
        for (const s of q.suggestions) {
          lines.push(`  * ${s.label}${s.reasons.length > 0 ? ` (${s.reasons.join('; ')})` : ''}`);
        }
      }
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd() + '\n';
}
