// The form's fields as sub-templates: one per kind of control, every label in the same shadow
// root as its input, hints and errors tied to it with aria-describedby.
import {
  DIRECTIONS,
  DOMAIN_SCOPES,
  DURATIONS,
  ORGANISATION_TYPES,
  PEER_MIXES,
  QUESTION_TEXT_MAX,
  SCALES,
  TARGET_GROUPS,
} from '@leernetwerk/sdk';
import type { Dataset, LearningQuestion, QuestionProblem } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { DomainText, LabelKind } from '../shared/domain.js';
import { describedBy, renderFieldError } from '../shared/form-fields.js';
import type { Messages } from '../shared/messages.js';
import type { QuestionDraft } from './question-form.events.js';
import { heading } from '../shared/heading.js';

export type Field = keyof LearningQuestion;
type Words = Messages['questionForm'];

/** The id of each field's control (or fieldset) in the shadow root; error links point here. */
export const FIELD_IDS: Readonly<Record<Field, string>> = {
  what: 'qf-what',
  themes: 'qf-themes',
  targetGroup: 'qf-target-group',
  organisationType: 'qf-organisation-type',
  peerMix: 'qf-peer-mix',
  domainScope: 'qf-domain-scope',
  direction: 'qf-direction',
  learningForms: 'qf-learning-forms',
  scale: 'qf-scale',
  region: 'qf-region',
  duration: 'qf-duration',
};

/** The fields in form order, as the review lists them. */
export const FIELD_ORDER: readonly Field[] = [
  'what',
  'themes',
  'targetGroup',
  'organisationType',
  'peerMix',
  'domainScope',
  'direction',
  'learningForms',
  'scale',
  'region',
  'duration',
];

const REGION_MAX = 200;

/** One plain message per field from `parseQuestion`'s problems (the first problem of each field). */
export function fieldErrors(problems: readonly QuestionProblem[], t: Words): Map<Field, string> {
  const out = new Map<Field, string>();
  for (const problem of problems) {
    const head = problem.path[0];
    const field: Field = typeof head === 'string' && head in FIELD_IDS ? (head as Field) : 'what';
    if (out.has(field)) continue;
    if (problem.path.length === 0) out.set('what', t.errors.invalid);
    else if (field === 'what') out.set(field, problem.code === 'too-long' ? t.errors.whatTooLong(QUESTION_TEXT_MAX) : t.errors.whatMissing);
    else if (field === 'region') out.set(field, t.errors.regionTooLong(REGION_MAX));
    else out.set(field, t.errors.invalidChoice(t.fields[field].label));
  }
  return out;
}

export interface FieldsContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly dataset: Dataset;
  readonly question: QuestionDraft;
  readonly errors: ReadonlyMap<Field, string>;
  readonly update: (patch: QuestionDraft, how?: 'typing' | 'choice') => void;
  /** Heading level of the section titles. */
  readonly level: number;
}

function errorLine(c: FieldsContext, field: Field): TemplateResult | typeof nothing {
  return renderFieldError(c.t, FIELD_IDS[field], c.errors.get(field));
}

function textField(c: FieldsContext, field: 'what' | 'region', multiline: boolean): TemplateResult {
  const id = FIELD_IDS[field];
  const words = c.t.questionForm.fields[field];
  const invalid = c.errors.has(field);
  const describe = describedBy(`${id}-hint`, invalid && `${id}-error`);
  const value = c.question[field] ?? '';
  const onInput = (e: Event) => c.update({ [field]: (e.target as HTMLInputElement).value }, 'typing');
  return html`<div class="field ${invalid ? 'field--invalid' : ''}">
    <label class="label" for=${id}>
      ${words.label}${field === 'what' ? html` <span class="qf-required">${c.t.common.form.required}</span>` : nothing}
    </label>
    <p class="hint" id=${`${id}-hint`}>${words.hint}</p>
    ${errorLine(c, field)}
    ${multiline
      ? html`<textarea
          id=${id}
          name=${field}
          class="textarea"
          rows="4"
          aria-required=${field === 'what' ? 'true' : 'false'}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(describe)}
          .value=${live(value)}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          name=${field}
          class="input"
          type="text"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(describe)}
          .value=${live(value)}
          @input=${onInput}
        />`}
  </div>`;
}

interface Option {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

function group(c: FieldsContext, field: Field, type: 'radio' | 'checkbox', options: readonly Option[]): TemplateResult {
  const id = FIELD_IDS[field];
  const words = c.t.questionForm.fields[field];
  const invalid = c.errors.has(field);
  const current = c.question[field];
  const chosen = new Set(Array.isArray(current) ? current : current === undefined ? [''] : [current]);
  const onChange = (value: string) => (e: Event) => {
    const checked = (e.target as HTMLInputElement).checked;
    if (type === 'radio') c.update({ [field]: value === '' ? undefined : value });
    else {
      const next = new Set(Array.isArray(current) ? current : []);
      if (checked) next.add(value);
      else next.delete(value);
      c.update({ [field]: [...next] });
    }
  };
  return html`<fieldset
    id=${id}
    class="field qf-group ${invalid ? 'field--invalid' : ''}"
    aria-describedby=${ifDefined(describedBy(`${id}-hint`, invalid && `${id}-error`))}
  >
    <legend>${words.label}</legend>
    <p class="hint" id=${`${id}-hint`}>${words.hint}</p>
    ${errorLine(c, field)}
    <div class="qf-options">
      ${options.map((option, i) => {
        const inputId = `${id}-${i}`;
        return html`<div class="choice">
          <input
            type=${type}
            id=${inputId}
            name=${field}
            .value=${option.value}
            .checked=${live(chosen.has(option.value))}
            aria-describedby=${ifDefined(option.hint ? `${inputId}-hint` : undefined)}
            @change=${onChange(option.value)}
          />
          <span class="qf-option-text">
            <label for=${inputId}>${option.label}</label>
            ${option.hint ? html`<span class="hint qf-option-hint" id=${`${inputId}-hint`}>${option.hint}</span>` : nothing}
          </span>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function select(c: FieldsContext, field: 'organisationType', values: readonly string[], kind: LabelKind): TemplateResult {
  const id = FIELD_IDS[field];
  const words = c.t.questionForm.fields[field];
  const invalid = c.errors.has(field);
  const current = c.question[field] ?? '';
  return html`<div class="field ${invalid ? 'field--invalid' : ''}">
    <label class="label" for=${id}>${words.label}</label>
    <p class="hint" id=${`${id}-hint`}>${words.hint}</p>
    ${errorLine(c, field)}
    <select
      id=${id}
      name=${field}
      class="select"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(`${id}-hint`, invalid && `${id}-error`))}
      @change=${(e: Event) => c.update({ [field]: (e.target as HTMLSelectElement).value || undefined } as QuestionDraft)}
    >
      <option value="" ?selected=${current === ''}>${c.t.questionForm.chooseOne}</option>
      ${values.map((v) => html`<option value=${v} ?selected=${current === v}>${c.d.label(kind, v)}</option>`)}
    </select>
  </div>`;
}

const vocabulary = (c: FieldsContext, kind: LabelKind, values: readonly string[], none?: string): Option[] => [
  ...values.map((value) => ({ value, label: c.d.label(kind, value) })),
  ...(none === undefined ? [] : [{ value: '', label: none }]),
];

const section = (c: FieldsContext, title: string, id: string, content: unknown) =>
  html`<div class="qf-section" role="group" aria-labelledby=${id}>
    ${heading(c.level, title, { id, class: 'qf-heading' })}
    ${content}
  </div>`;

/** Every field of the form, grouped by the report's questions: what, who, with whom, how, where, how long. */
export function renderFields(c: FieldsContext): TemplateResult {
  const s = c.t.questionForm.sections;
  const none = c.t.questionForm.noPreference;
  const themes = c.dataset.themes.map((theme) => ({ value: theme.id, label: c.d.text(theme.label) }));
  const forms = c.dataset.learningForms.map((form) => ({
    value: form.id,
    label: c.d.label('learningForm', form.id),
    ...(form.description ? { hint: c.d.text(form.description) } : {}),
  }));
  return html`
    ${section(c, s.what, 'qf-s-what', html`${textField(c, 'what', true)}
    ${themes.length > 0 ? group(c, 'themes', 'checkbox', themes) : nothing}`)}
    ${section(c, s.who, 'qf-s-who', html`${group(c, 'targetGroup', 'radio', vocabulary(c, 'targetGroup', TARGET_GROUPS, none))}
    ${select(c, 'organisationType', ORGANISATION_TYPES, 'organisationType')}`)}
    ${section(c, s.withWhom, 'qf-s-with-whom', html`${group(c, 'peerMix', 'radio', vocabulary(c, 'peerMix', PEER_MIXES, none))}
    ${group(c, 'domainScope', 'radio', vocabulary(c, 'domainScope', DOMAIN_SCOPES, none))}
    ${group(c, 'direction', 'radio', vocabulary(c, 'direction', DIRECTIONS, none))}`)}
    ${forms.length > 0 ? section(c, s.how, 'qf-s-how', group(c, 'learningForms', 'checkbox', forms)) : nothing}
    ${section(c, s.where, 'qf-s-where', html`${group(c, 'scale', 'checkbox', vocabulary(c, 'scale', SCALES))}
    ${textField(c, 'region', false)}`)}
    ${section(c, s.howLong, 'qf-s-how-long', group(c, 'duration', 'radio', vocabulary(c, 'duration', DURATIONS, none)))}
  `;
}
