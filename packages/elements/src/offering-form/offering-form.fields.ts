// The form's fields as sub-templates: every label in the same shadow root as its control, hints
// and errors tied to it with aria-describedby, multi-selects as groups of checkboxes.
import { DIRECTIONS, DOMAIN_SCOPES, DURATIONS, LEARNING_FORMS, SCALES, TARGET_GROUPS } from '@leernetwerk/sdk';
import type { Dataset, Problem } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { capitalise, type DomainText } from '../shared/domain.js';
import { heading } from '../shared/heading.js';
import { describedBy, renderFieldError } from '../shared/form-fields.js';
import type { Messages } from '../shared/messages.js';
import { FIELD_IDS, REQUIRED, fieldOf, offeringId, type Field, type ListField, type OfferingDraft, type TextField } from './offering-form.draft.js';

type Words = Messages['offeringForm'];

/** One plain message per field (its first problem), in the words of the form. */
export function fieldErrors(problems: readonly Problem[], draft: OfferingDraft, t: Words, d: DomainText): Map<Field, string> {
  const out = new Map<Field, string>();
  for (const problem of problems) {
    const field = fieldOf(problem);
    if (out.has(field)) continue;
    const message = errorText(problem, field, draft, t, d);
    if (message !== undefined) out.set(field, message);
  }
  return out;
}

function errorText(problem: Problem, field: Field, draft: OfferingDraft, t: Words, d: DomainText): string | undefined {
  const e = t.errors;
  const label = t.fields[field].label;
  if (problem.code === 'unknown-theme' || problem.code === 'unknown-network' || problem.code === 'unknown-agenda-item') {
    return e.unknownChoice(label);
  }
  switch (field) {
    case 'id':
      // The SDK never echoes typed text in a problem; the person's own id is shown back to them here.
      if (problem.code === 'duplicate-id') return e.idTaken(offeringId(draft));
      if (draft.id?.trim()) return e.idFormat;
      // Without a title the title's own error says what to do.
      return draft.titleNl?.trim() ? e.idFromTitle : undefined;
    case 'url':
      return e.url;
    case 'titleNl':
    case 'provider':
    case 'descriptionNl':
    case 'themes':
    case 'targetGroups':
    case 'learningForms':
    case 'scale':
    case 'direction':
    case 'domainScope':
    case 'sourceSection':
      if (problem.code === 'missing' || problem.code === 'too-short') return e[field];
      return e.other(label, d.problem(problem));
    default:
      return e.other(label, d.problem(problem));
  }
}

export interface FieldsContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly dataset: Dataset;
  readonly draft: OfferingDraft;
  /** The id the offering gets when the id field stays empty. */
  readonly generatedId: string;
  readonly errors: ReadonlyMap<Field, string>;
  readonly update: (patch: OfferingDraft) => void;
  /** Heading level of the form's sections. */
  readonly level: number;
}

interface Option {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

function marker(c: FieldsContext, field: Field): TemplateResult {
  return html` <span class="ofm-marker">${REQUIRED.has(field) ? c.t.common.form.required : c.t.common.form.optional}</span>`;
}

function errorLine(c: FieldsContext, field: Field): TemplateResult | typeof nothing {
  return renderFieldError(c.t, FIELD_IDS[field], c.errors.get(field));
}

export function textField(
  c: FieldsContext,
  field: TextField,
  control: { multiline?: boolean; type?: 'text' | 'url'; autocomplete?: string; lang?: string } = {},
): TemplateResult {
  const id = FIELD_IDS[field];
  const words = c.t.offeringForm.fields[field];
  const invalid = c.errors.has(field);
  const extraHint = field === 'id' && !c.draft.id?.trim() && c.generatedId ? c.t.offeringForm.fields.id.generated(c.generatedId) : '';
  const describe = describedBy(`${id}-hint`, extraHint && `${id}-generated`, invalid && `${id}-error`);
  const value = c.draft[field] ?? '';
  const onInput = (e: Event) => c.update({ [field]: (e.target as HTMLInputElement).value });
  const common = {
    required: REQUIRED.has(field) ? 'true' : 'false',
    invalid: invalid ? 'true' : 'false',
  };
  return html`<div class="field ${invalid ? 'field--invalid' : ''}">
    <label class="label" for=${id}>${words.label}${marker(c, field)}</label>
    <p class="hint" id=${`${id}-hint`}>${words.hint}</p>
    ${extraHint ? html`<p class="hint ofm-generated" id=${`${id}-generated`}>${extraHint}</p>` : nothing}
    ${errorLine(c, field)}
    ${control.multiline
      ? html`<textarea
          id=${id}
          name=${field}
          class="textarea"
          rows="5"
          lang=${ifDefined(control.lang)}
          aria-required=${common.required}
          aria-invalid=${common.invalid}
          aria-describedby=${ifDefined(describe)}
          .value=${live(value)}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${id}
          name=${field}
          class="input"
          type=${control.type ?? 'text'}
          lang=${ifDefined(control.lang)}
          autocomplete=${control.autocomplete ?? 'off'}
          spellcheck=${control.type === 'url' || field === 'id' ? 'false' : 'true'}
          aria-required=${common.required}
          aria-invalid=${common.invalid}
          aria-describedby=${ifDefined(describe)}
          .value=${live(value)}
          @input=${onInput}
        />`}
  </div>`;
}

function options(c: FieldsContext, field: ListField, list: readonly Option[]): TemplateResult {
  const chosen = new Set(c.draft[field] ?? []);
  const toggle = (value: string, on: boolean) => {
    const current = c.draft[field] ?? [];
    c.update({ [field]: on ? [...current.filter((v) => v !== value), value] : current.filter((v) => v !== value) });
  };
  return html`<div class="ofm-options">
    ${list.map((o) => {
      const id = `${FIELD_IDS[field]}-${o.value}`;
      return html`<div class="choice">
        <input
          type="checkbox"
          id=${id}
          name=${field}
          value=${o.value}
          aria-describedby=${ifDefined(o.hint ? `${id}-hint` : undefined)}
          .checked=${live(chosen.has(o.value))}
          @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
        />
        <span class="ofm-option">
          <label for=${id}>${o.label}</label>
          ${o.hint ? html`<span class="hint" id=${`${id}-hint`}>${o.hint}</span>` : nothing}
        </span>
      </div>`;
    })}
  </div>`;
}

/** A group of checkboxes; `groups` splits it into labelled sub-groups (content and process themes). */
export function checkGroup(
  c: FieldsContext,
  field: ListField,
  list: readonly Option[] | readonly { legend: string; options: readonly Option[] }[],
): TemplateResult {
  const id = FIELD_IDS[field];
  const words = c.t.offeringForm.fields[field];
  const invalid = c.errors.has(field);
  const grouped = list.length > 0 && 'legend' in list[0]!;
  return html`<fieldset
    id=${id}
    class="ofm-group ${invalid ? 'field--invalid' : ''}"
    aria-describedby=${ifDefined(describedBy(`${id}-hint`, invalid && `${id}-error`))}
  >
    <legend>${words.label}${marker(c, field)}</legend>
    <p class="hint" id=${`${id}-hint`}>${words.hint}</p>
    ${errorLine(c, field)}
    ${grouped
      ? (list as readonly { legend: string; options: readonly Option[] }[]).map(
          (group) => html`<fieldset class="ofm-subgroup">
            <legend>${group.legend}</legend>
            ${options(c, field, group.options)}
          </fieldset>`,
        )
      : options(c, field, list as readonly Option[])}
  </fieldset>`;
}

function durationGroup(c: FieldsContext): TemplateResult {
  const id = FIELD_IDS.duration;
  const words = c.t.offeringForm.fields.duration;
  const current = c.draft.duration ?? '';
  const list: Option[] = [
    ...DURATIONS.map((value) => ({ value, label: capitalise(c.d.label('duration', value)), hint: words.options[value] })),
    { value: '', label: words.unknown },
  ];
  return html`<fieldset id=${id} class="ofm-group" aria-describedby=${`${id}-hint`}>
    <legend>${words.label}${marker(c, 'duration')}</legend>
    <p class="hint" id=${`${id}-hint`}>${words.hint}</p>
    <div class="ofm-options">
      ${list.map((o) => {
        const optionId = `${id}-${o.value || 'unknown'}`;
        return html`<div class="choice">
          <input
            type="radio"
            id=${optionId}
            name="duration"
            value=${o.value}
            aria-describedby=${ifDefined(o.hint ? `${optionId}-hint` : undefined)}
            .checked=${live(current === o.value)}
            @change=${() => c.update({ duration: o.value })}
          />
          <span class="ofm-option">
            <label for=${optionId}>${o.label}</label>
            ${o.hint ? html`<span class="hint" id=${`${optionId}-hint`}>${o.hint}</span>` : nothing}
          </span>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

function networkField(c: FieldsContext): TemplateResult {
  const id = FIELD_IDS.network;
  const words = c.t.offeringForm.fields.network;
  const invalid = c.errors.has('network');
  const current = c.draft.network ?? '';
  return html`<div class="field ${invalid ? 'field--invalid' : ''}">
    <label class="label" for=${id}>${words.label}${marker(c, 'network')}</label>
    <p class="hint" id=${`${id}-hint`}>${words.hint}</p>
    ${errorLine(c, 'network')}
    <select
      id=${id}
      class="select"
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy(`${id}-hint`, invalid && `${id}-error`))}
      @change=${(e: Event) => c.update({ network: (e.target as HTMLSelectElement).value })}
    >
      <option value="" ?selected=${current === ''}>${words.none}</option>
      ${c.dataset.networks.map((n) => html`<option value=${n.id} ?selected=${current === n.id}>${n.name}</option>`)}
    </select>
  </div>`;
}

/** Every field of the offering, in four sections. */
export function renderFields(c: FieldsContext): TemplateResult {
  const { t, d, dataset } = c;
  const f = t.offeringForm.fields;
  const formRecord = (id: string) => dataset.learningForms.find((r) => r.id === id);
  const themesOf = (kind: 'content' | 'process') =>
    dataset.themes.filter((th) => th.kind === kind).map((th) => ({ value: th.id, label: d.text(th.label), hint: d.text(th.description) || undefined }));
  const agendaOf = (kind: string) =>
    dataset.agenda.filter((a) => a.kind === kind).map((a) => ({ value: a.id, label: d.text(a.title) }));
  const agendaGroups = ['priority', 'content-gap', 'organisational-gap']
    .map((kind) => ({ legend: capitalise(d.label('agendaItemKind', kind)), options: agendaOf(kind) }))
    .filter((g) => g.options.length > 0);
  const vocabulary = <K extends 'scale' | 'direction' | 'domainScope'>(kind: K, values: readonly string[], hints: Record<string, string>) =>
    values.map((value) => ({ value, label: capitalise(d.label(kind, value)), hint: hints[value] }));
  return html`<section class="ofm-section" aria-labelledby="ofm-about">
      ${heading(c.level, t.offeringForm.sections.about, { id: 'ofm-about' })}
      ${textField(c, 'titleNl', { lang: 'nl' })} ${textField(c, 'titleEn', { lang: 'en' })} ${textField(c, 'provider', { autocomplete: 'organization' })}
      ${textField(c, 'descriptionNl', { multiline: true, lang: 'nl' })} ${textField(c, 'descriptionEn', { multiline: true, lang: 'en' })}
      ${textField(c, 'url', { type: 'url', autocomplete: 'url' })} ${textField(c, 'contact')}
    </section>
    <section class="ofm-section" aria-labelledby="ofm-subject">
      ${heading(c.level, t.offeringForm.sections.subject, { id: 'ofm-subject' })}
      ${checkGroup(c, 'themes', [
        { legend: f.themes.content, options: themesOf('content') },
        { legend: f.themes.process, options: themesOf('process') },
      ].filter((g) => g.options.length > 0))}
      ${checkGroup(
        c,
        'targetGroups',
        TARGET_GROUPS.map((id) => {
          const record = dataset.targetGroups.find((g) => g.id === id);
          return { value: id, label: capitalise(d.label('targetGroup', id)), hint: record ? d.text(record.description) : undefined };
        }),
      )}
      ${agendaGroups.length > 0 ? checkGroup(c, 'agendaItems', agendaGroups) : nothing}
    </section>
    <section class="ofm-section" aria-labelledby="ofm-how">
      ${heading(c.level, t.offeringForm.sections.how, { id: 'ofm-how' })}
      ${checkGroup(
        c,
        'learningForms',
        LEARNING_FORMS.map((id) => ({ value: id, label: capitalise(d.label('learningForm', id)), hint: d.text(formRecord(id)?.description) || undefined })),
      )}
      ${durationGroup(c)} ${checkGroup(c, 'direction', vocabulary('direction', DIRECTIONS, f.direction.options))}
      ${checkGroup(c, 'domainScope', vocabulary('domainScope', DOMAIN_SCOPES, f.domainScope.options))}
      ${checkGroup(c, 'scale', vocabulary('scale', SCALES, f.scale.options))} ${textField(c, 'region')}
    </section>
    <section class="ofm-section" aria-labelledby="ofm-more">
      ${heading(c.level, t.offeringForm.sections.more, { id: 'ofm-more' })}
      ${networkField(c)} ${textField(c, 'id')} ${textField(c, 'sourceSection')} ${textField(c, 'sourceQuote', { multiline: true })}
    </section>`;
}
