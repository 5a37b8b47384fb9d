// The overview after the last step: every answer per step with a "change step" button, how
// complete the plan is, and taking it along as text (copy, download; nothing goes to a server).
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../shared/messages.js';
import type { StepView } from './step-plan.text.js';

export interface OverviewContext {
  readonly t: Messages;
  readonly steps: readonly StepView[];
  /** aria-level of the overview's title; its steps are one lower. */
  readonly level: number;
  readonly openCount: number;
  /** Shows the text to copy by hand (the clipboard refused). */
  readonly copyFailed: boolean;
  readonly text: string;
  readonly goTo: (index: number) => void;
  readonly back: () => void;
  readonly copy: () => void;
  readonly download: () => void;
}

function step(c: OverviewContext, view: StepView, index: number): TemplateResult {
  const words = c.t.stepPlan;
  const headingId = `sp-overview-${view.id}`;
  return html`<li class="sp-overview__step">
    <div class="sp-overview__heading" id=${headingId} role="heading" aria-level=${Math.min(6, c.level + 1)}>
      ${words.step(view.number)}: ${view.title}
    </div>
    <dl class="sp-overview__answers" aria-labelledby=${headingId}>
      ${view.questions.map(
        (q) => html`<div class="sp-overview__row">
          <dt>${q.label}</dt>
          <dd class=${q.answer === undefined ? 'sp-overview__open' : 'sp-overview__answer'}>
            ${q.answer ?? (q.required ? words.open : words.optional)}
          </dd>
        </div>`,
      )}
    </dl>
    <button type="button" class="button button--link" @click=${() => c.goTo(index)}>
      ${words.changeStep(view.number)}<span class="visually-hidden">: ${view.title}</span>
    </button>
  </li>`;
}

/** The overview (`part="overview"`); its title is `#sp-step-heading`, which takes focus. */
export function renderOverview(c: OverviewContext): TemplateResult {
  const words = c.t.stepPlan;
  return html`<section class="sp-overview" part="overview" aria-labelledby="sp-step-heading">
    <div class="sp-step__heading" id="sp-step-heading" role="heading" aria-level=${c.level} tabindex="-1">${words.overviewTitle}</div>
    <p>${words.overviewIntro}</p>
    <p class="sp-open-count">${words.openQuestions(c.openCount)}</p>
    <ol class="sp-overview__steps">
      ${c.steps.map((view, i) => step(c, view, i))}
    </ol>
    <div class="sp-actions" part="actions">
      <button type="button" class="button" @click=${c.copy}>${words.copy}</button>
      <button type="button" class="button button--secondary" @click=${c.download}>${words.download}</button>
    </div>
    ${c.copyFailed
      ? html`<div class="field">
          <label class="label" for="sp-text">${words.textLabel}</label>
          <p class="hint" id="sp-text-hint">${words.copyFailed}</p>
          <textarea id="sp-text" class="textarea sp-text" readonly aria-describedby="sp-text-hint" .value=${c.text}></textarea>
        </div>`
      : nothing}
    <div class="sp-buttons">
      <button type="button" class="button button--secondary" @click=${c.back}>${words.back}</button>
    </div>
  </section>`;
}
