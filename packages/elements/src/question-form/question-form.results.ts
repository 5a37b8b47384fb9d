// What fits the question while it is typed: agenda items, similar questions, offerings — each with
// its reasons in plain words — and the offer of a step plan when nothing fits well.
import type { AgendaItem, Dataset, Offering, Ranked, Reason, SharedQuestion, StepAnswers } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DomainText } from '../shared/domain.js';
import type { Messages } from '../shared/messages.js';
import type { LnStepPlanChangeEvent } from '../step-plan/step-plan.events.js';
import type { QuestionFormState } from './question-form.controller.js';
import { heading } from '../shared/heading.js';

export const STEP_PLAN_ID = 'qf-step-plan';
const MAX_REASONS = 3;

export interface ResultsContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly state: QuestionFormState;
  readonly toggleStepPlan: () => void;
  /** Heading level of the panel title; its groups are one lower. */
  readonly level: number;
}

/** Reasons that say something: those that add to the score, plus "white spot" and "priority". */
const shown = (reasons: readonly Reason[]) =>
  reasons.filter((r) => r.weight > 0 || r.code === 'white-spot' || r.code === 'priority').slice(0, MAX_REASONS);

function why(c: ResultsContext, reasons: readonly Reason[]): TemplateResult | typeof nothing {
  const list = shown(reasons);
  if (list.length === 0) return nothing;
  return html`<div class="qf-why">
    <span class="qf-why__label">${c.t.questionForm.results.why}</span>
    <ul class="qf-reasons">
      ${list.map((r) => html`<li>${c.d.reason(r)}</li>`)}
    </ul>
  </div>`;
}

function list<T>(
  c: ResultsContext,
  id: string,
  title: string,
  items: readonly Ranked<T>[],
  body: (item: T) => TemplateResult,
): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<div class="qf-result-group">
    ${heading(c.level + 1, html`${title} <span class="qf-count">(${items.length})</span>`, { id, class: 'qf-subheading' })}
    <ol class="qf-list" aria-labelledby=${id}>
      ${items.map((ranked) => html`<li class="qf-result">${body(ranked.item)} ${why(c, ranked.reasons)}</li>`)}
    </ol>
  </div>`;
}

const agendaItem = (c: ResultsContext) => (item: AgendaItem) =>
  html`<p class="qf-result__title">${c.d.text(item.title)}</p>
    <p class="qf-result__meta">${c.d.label('agendaItemKind', item.kind)}</p>`;

const sharedQuestion = (c: ResultsContext) => (q: SharedQuestion) =>
  html`<p class="qf-result__title qf-result__title--quote">${q.text}</p>
    ${q.targetGroup ? html`<p class="qf-result__meta">${c.d.label('targetGroup', q.targetGroup)}</p>` : nothing}`;

const offering = (c: ResultsContext) => (o: Offering) => {
  const title = c.d.text(o.title);
  return html`<p class="qf-result__title">
      ${o.url ? html`<a href=${o.url}>${title}</a>` : title}
    </p>
    <p class="qf-result__meta">${c.t.questionForm.results.provider(o.provider)}</p>`;
};

function offer(c: ResultsContext): TemplateResult | typeof nothing {
  const plan = c.state.stepPlan;
  if (!plan.available) return nothing;
  const words = c.t.questionForm.stepPlanOffer;
  const button = (cls: string) =>
    html`<button
      type="button"
      class=${cls}
      aria-expanded=${plan.open ? 'true' : 'false'}
      aria-controls=${ifDefined(plan.open ? STEP_PLAN_ID : undefined)}
      @click=${c.toggleStepPlan}
    >${words.open}</button>`;
  if (!plan.offered) {
    return html`<p class="qf-offer qf-offer--quiet">${words.always} ${button('button button--link')}</p>`;
  }
  const nothingFits = c.state.result !== undefined && !c.state.fits;
  return html`<div class="notice qf-offer" role="group" aria-labelledby="qf-offer-heading">
    ${heading(c.level + 1, nothingFits ? words.heading : words.open, { id: 'qf-offer-heading', class: 'qf-subheading' })}
    <p>${nothingFits ? words.nothingFits : words.always}</p>
    <p>${button('button')}</p>
  </div>`;
}

/** The results panel (`part="results"`). */
export function renderResults(c: ResultsContext): TemplateResult {
  const words = c.t.questionForm.results;
  const result = c.state.result;
  const total = result ? result.agenda.length + result.similarQuestions.length + result.offerings.length : 0;
  return html`<section class="qf-results" part="results" aria-labelledby="qf-results-heading">
    ${heading(c.level, words.heading, { id: 'qf-results-heading', class: 'qf-heading' })}
    ${!result
      ? html`<p class="hint">${words.waiting}</p>`
      : total === 0
        ? html`<p>${words.none}</p>`
        : html`${list(c, 'qf-r-agenda', words.agenda, result.agenda, agendaItem(c))}
          ${list(c, 'qf-r-similar', words.similar, result.similarQuestions, sharedQuestion(c))}
          ${list(c, 'qf-r-offerings', words.offerings, result.offerings, offering(c))}`}
    ${offer(c)}
  </section>`;
}

/** The sentence the polite live region says after each match. */
export function resultCount(t: Messages, state: QuestionFormState): string | undefined {
  const r = state.result;
  if (!r) return undefined;
  const total = r.agenda.length + r.similarQuestions.length + r.offerings.length;
  return total === 0
    ? t.questionForm.results.noneCount
    : t.questionForm.results.count(r.agenda.length, r.similarQuestions.length, r.offerings.length);
}

export interface StepPlanPanelContext {
  readonly t: Messages;
  readonly state: QuestionFormState;
  readonly dataset: Dataset;
  readonly level: number;
  readonly includeStepPlan: (on: boolean) => void;
  readonly toggleStepPlan: () => void;
  /** The person answered a question in the plan (`ln-step-plan-change`). */
  readonly setStepPlanAnswers: (answers: StepAnswers) => void;
}

/** The opened step plan (`part="step-plan"`), with "send it along" and "close". */
export function renderStepPlanPanel(c: StepPlanPanelContext): TemplateResult | typeof nothing {
  const plan = c.state.stepPlan;
  if (!plan.open || !plan.plan) return nothing;
  const words = c.t.questionForm.stepPlanOffer;
  return html`<div class="qf-plan" id=${STEP_PLAN_ID}>
    <ln-step-plan
      part="step-plan"
      heading-level=${c.level}
      .question=${c.state.question}
      .data=${c.dataset}
      .match=${c.state.result}
      .answers=${plan.answers}
      @ln-step-plan-change=${(e: LnStepPlanChangeEvent) => c.setStepPlanAnswers(e.detail.answers)}
    ></ln-step-plan>
    <div class="choice qf-include">
      <input
        type="checkbox"
        id="qf-include-plan"
        .checked=${plan.include}
        @change=${(e: Event) => c.includeStepPlan((e.target as HTMLInputElement).checked)}
      />
      <label for="qf-include-plan">${words.include}</label>
    </div>
    <p><button type="button" class="button button--secondary" @click=${c.toggleStepPlan}>${words.close}</button></p>
  </div>`;
}
