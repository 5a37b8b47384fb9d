// One question of a step as a control: a text field, radios (one choice) or checkboxes (several),
// options and their names from the SDK, and its suggestions with a "use this" button each.
import { formatSuggestionIn, labelIn, localize } from '@leernetwerk/sdk';
import type { Dataset, StepAnswers, StepQuestion, StepQuestionId } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { capitalise } from '../shared/domain.js';
import { sdkMessages, type Lang, type Messages } from '../shared/messages.js';
import { MAX_SUGGESTIONS } from './step-plan.text.js';

/** Longer lists of options (networks, agenda items) are laid out in columns where there is room. */
const MANY_OPTIONS = 8;

/** Text questions with a short answer get a one-line field; the others a text area. */
const SHORT_TEXT: ReadonlySet<StepQuestionId> = new Set(['where.region']);

export interface FieldContext {
  readonly t: Messages;
  readonly lang: Lang;
  readonly dataset: Dataset | undefined;
  /** The answers as given (a text field shows what was typed, blanks too). */
  readonly answers: StepAnswers;
  readonly setText: (id: StepQuestionId, value: string) => void;
  readonly choose: (id: StepQuestionId, value: string) => void;
  readonly toggle: (id: StepQuestionId, option: string, on: boolean) => void;
  readonly use: (id: StepQuestionId, option: string) => void;
}

/** The id of a question's control (text) or fieldset (choices) in the shadow root. */
export const controlId = (id: StepQuestionId): string => `sp-${id.replace('.', '-')}`;
/** The id of one option's input. */
export const optionId = (id: StepQuestionId, option: string): string => `${controlId(id)}--${option}`;

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function optionLabel(c: FieldContext, q: StepQuestion, option: string): string {
  return capitalise(labelIn(sdkMessages(c.lang), q.optionKind!, option, c.dataset));
}

/** A learning form's own explanation from the dataset, under its option. */
function optionHint(c: FieldContext, q: StepQuestion, option: string): string | undefined {
  if (q.optionKind !== 'learningForm') return undefined;
  const description = c.dataset?.learningForms.find((f) => f.id === option)?.description;
  return description ? localize(description, c.lang) : undefined;
}

function suggestionsOf(c: FieldContext, q: StepQuestion): TemplateResult | typeof nothing {
  if (!q.optionKind || q.suggestions.length === 0) return nothing;
  const words = c.t.stepPlan;
  const id = `${controlId(q.id)}-suggestions`;
  const title = q.id === 'who-what.networks' ? words.buildOn : q.id === 'how.learning-forms' ? words.formsForGroup : words.suggestions;
  return html`<div class="sp-suggestions" part="suggestions">
    <p class="sp-suggestions__title" id=${id}>${title}:</p>
    <ul class="sp-suggestions__list" aria-labelledby=${id}>
      ${q.suggestions.slice(0, MAX_SUGGESTIONS).map((s) => {
        const shown = formatSuggestionIn(sdkMessages(c.lang), s, q.optionKind!, c.dataset);
        const name = capitalise(shown.label);
        return html`<li class="sp-suggestion">
          <span class="sp-suggestion__text">
            <span class="sp-suggestion__label">${name}</span>
            ${shown.reasons.length > 0 ? html`<span class="sp-suggestion__reasons">${shown.reasons.join('; ')}</span>` : nothing}
          </span>
          <button type="button" class="button button--secondary sp-use" @click=${() => c.use(q.id, s.id)}>
            ${words.use}<span class="visually-hidden">: ${name}</span>
          </button>
        </li>`;
      })}
    </ul>
  </div>`;
}

/** The lines under a question's label: its hint, "optional", and "taken from your question". */
function hints(c: FieldContext, q: StepQuestion, hint: string): TemplateResult {
  const id = controlId(q.id);
  return html`<p class="hint" id=${`${id}-hint`}>${hint}${q.required ? nothing : html` ${c.t.stepPlan.optionalHint}`}</p>
    ${q.from ? html`<p class="sp-from" id=${`${id}-from`}>${c.t.stepPlan.fromQuestion}</p>` : nothing}`;
}

function textQuestion(c: FieldContext, q: StepQuestion): TemplateResult {
  const id = controlId(q.id);
  const text = sdkMessages(c.lang).stepPlan.question[q.id];
  const typed = c.answers[q.id];
  const value = typeof typed === 'string' ? typed : typeof q.value === 'string' ? q.value : '';
  const describe = describedBy(`${id}-hint`, q.from && `${id}-from`);
  const onInput = (e: Event) => c.setText(q.id, (e.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field sp-question">
    <label class="label" for=${id}>${text.label}</label>
    ${hints(c, q, text.hint)}
    ${SHORT_TEXT.has(q.id)
      ? html`<input id=${id} class="input" type="text" aria-describedby=${ifDefined(describe)} .value=${live(value)} @input=${onInput} />`
      : html`<textarea id=${id} class="textarea" rows="3" aria-describedby=${ifDefined(describe)} .value=${live(value)} @input=${onInput}></textarea>`}
  </div>`;
}

function choiceQuestion(c: FieldContext, q: StepQuestion): TemplateResult | typeof nothing {
  const options = q.options ?? [];
  if (options.length === 0) return nothing;
  const id = controlId(q.id);
  const text = sdkMessages(c.lang).stepPlan.question[q.id];
  const multi = q.kind === 'multi-choice';
  const chosen = new Set(q.value === undefined ? [] : typeof q.value === 'string' ? [q.value] : q.value);
  const input = (option: string, name: string, hint: string | undefined) => {
    const inputId = optionId(q.id, option);
    return html`<div class="choice">
      <input
        type=${multi ? 'checkbox' : 'radio'}
        id=${inputId}
        name=${id}
        .value=${option}
        .checked=${live(option === '' ? chosen.size === 0 : chosen.has(option))}
        aria-describedby=${ifDefined(hint ? `${inputId}-hint` : undefined)}
        @change=${(e: Event) => {
          const on = (e.target as HTMLInputElement).checked;
          if (multi) c.toggle(q.id, option, on);
          else if (on) c.choose(q.id, option);
        }}
      />
      <span class="sp-option">
        <label for=${inputId}>${name}</label>
        ${hint ? html`<span class="hint sp-option__hint" id=${`${inputId}-hint`}>${hint}</span>` : nothing}
      </span>
    </div>`;
  };
  return html`<fieldset id=${id} class="field sp-question" aria-describedby=${ifDefined(describedBy(`${id}-hint`, q.from && `${id}-from`))}>
    <legend>${text.label}</legend>
    ${hints(c, q, text.hint)}
    ${suggestionsOf(c, q)}
    <div class="sp-options ${options.length > MANY_OPTIONS ? 'sp-options--many' : ''}">
      ${options.map((option) => input(option, optionLabel(c, q, option), optionHint(c, q, option)))}
      ${multi ? nothing : input('', c.t.stepPlan.noChoice, undefined)}
    </div>
  </fieldset>`;
}

/** One question as the control its kind asks for. */
export function renderQuestion(c: FieldContext, q: StepQuestion): TemplateResult | typeof nothing {
  return q.kind === 'text' ? textQuestion(c, q) : choiceQuestion(c, q);
}
