import type { Dataset, StepPlan } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LiveRegionController } from '../shared/live-region.js';
import { LnElement } from '../shared/ln-element.js';
import { tokens } from '../shared/tokens.styles.js';
import { stepPlanStyles } from './step-plan.styles.js';
import { stepPlanText, stepViews, type QuestionView, type StepView } from './step-plan.text.js';

/**
 * The step plan for starting a new learning network (report section 4.2, function 2), as the
 * SDK's `stepPlan()` builds it: five steps — goal, who & what, how, where, results — each a
 * disclosure in an ordered list, with the answers already known, the questions still open,
 * suggestions with their reasons (such as existing networks to build on), and a way to take the
 * plan along as plain text (download or copy; nothing goes to a server).
 *
 * `<ln-question-form>` shows it when nothing fits; a host may also show it on its own:
 * `el.plan = stepPlan(question, { dataset, match }); el.data = dataset;`
 *
 * @tagname ln-step-plan
 * @summary Step plan for a new learning network, pre-filled from a learning question.
 *
 * @csspart base - The root section.
 * @csspart step - Each step (`<li>`).
 * @csspart actions - The download and copy buttons.
 * @csspart live-region - The polite status for "copied".
 *
 * @cssprop --ln-surface-color - Background of the step disclosures.
 */
export class LnStepPlan extends LnElement {
  static override styles = [tokens, stepPlanStyles];

  /** The plan from the SDK's `stepPlan()`. Nothing is shown without one. */
  @property({ attribute: false }) plan?: StepPlan;
  /** The dataset the plan was made with: names of themes, agenda items and networks come from it. */
  @property({ attribute: false }) data?: Dataset;
  /** Heading level of the plan's title (2–6); steps are not headings. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private copyFailed = false;
  private live = new LiveRegionController(this);

  /** The plan as plain text, in the element's language. */
  get text(): string {
    return this.plan ? stepPlanText(this.plan, this.locale, this.t, this.data) : '';
  }

  /** Moves focus to the title, e.g. right after the plan was opened. */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('#sp-title')?.focus();
  }

  override render() {
    if (!this.plan) return nothing;
    const words = this.t.stepPlan;
    const steps = stepViews(this.plan, this.locale, this.data);
    const answered = steps.reduce((n, s) => n + s.answered, 0);
    const total = steps.reduce((n, s) => n + s.total, 0);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<section class="sp" part="base" aria-labelledby="sp-title">
      <div class="sp-title" id="sp-title" role="heading" aria-level=${level} tabindex="-1">${words.title}</div>
      <p>${words.intro}</p>
      <p class="sp-progress">
        ${words.progress(answered, total)}
        ${this.plan.open.length > 0 ? words.openQuestions(this.plan.open.length) : nothing}
      </p>
      <ol class="sp-steps">
        ${steps.map((step, i) => this.#step(step, i === 0))}
      </ol>
      <div class="sp-actions" part="actions">
        <button type="button" class="button button--secondary" @click=${this.#download}>${words.download}</button>
        <button type="button" class="button button--secondary" @click=${this.#copy}>${words.copy}</button>
      </div>
      ${this.copyFailed
        ? html`<div class="field">
            <label class="label" for="sp-text">${words.textLabel}</label>
            <p class="hint" id="sp-text-hint">${words.copyFailed}</p>
            <textarea id="sp-text" class="textarea sp-text" readonly aria-describedby="sp-text-hint" .value=${this.text}></textarea>
          </div>`
        : nothing}
      ${this.live.render()}
    </section>`;
  }

  #step(step: StepView, open: boolean): TemplateResult {
    const words = this.t.stepPlan;
    return html`<li class="sp-step" part="step">
      <details ?open=${open}>
        <summary>
          <span class="sp-step__number">${words.step(step.number)}:</span>
          <span class="sp-step__title">${step.title}</span>
          <span class="sp-step__progress">(${words.stepProgress(step.answered, step.total)})</span>
        </summary>
        <div class="sp-step__body">
          <p class="sp-step__summary">${step.summary}</p>
          <ul class="sp-questions">
            ${step.questions.map((q) => this.#question(q))}
          </ul>
        </div>
      </details>
    </li>`;
  }

  #question(q: QuestionView): TemplateResult {
    const words = this.t.stepPlan;
    const status = q.answer !== undefined ? 'answered' : q.required ? 'open' : 'optional';
    return html`<li class="sp-question sp-question--${status}">
      <p class="sp-question__label">${q.label}</p>
      <p class="hint">${q.hint}</p>
      ${q.answer !== undefined
        ? html`<p class="sp-answer">
            ${q.answer} ${q.fromQuestion ? html`<span class="sp-badge">(${words.fromQuestion})</span>` : nothing}
          </p>`
        : html`<p class="sp-open">${q.required ? words.open : words.optional}</p>`}
      ${q.suggestions.length > 0
        ? html`<p class="sp-suggestions__label">${q.id === 'who-what.networks' ? words.buildOn : words.suggestions}:</p>
            <ul class="sp-suggestions">
              ${q.suggestions.map(
                (s) => html`<li>
                  <span class="sp-suggestion__label">${s.label}</span>${s.reasons.length > 0
                    ? html` — <span class="sp-suggestion__reasons">${s.reasons.join('; ')}</span>`
                    : nothing}
                </li>`,
              )}
            </ul>`
        : nothing}
    </li>`;
  }

  #download = (): void => {
    const blob = new Blob([this.text], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = this.t.stepPlan.fileName;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  #copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.text);
      this.copyFailed = false;
      this.live.announce(this.t.stepPlan.copied);
    } catch {
      // No clipboard (permissions, insecure page): show the text to copy by hand.
      this.copyFailed = true;
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#sp-text');
      area?.focus();
      area?.select();
    }
  };
}
