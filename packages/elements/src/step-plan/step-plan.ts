import type { Dataset, LearningQuestion, PlanMatch, StepAnswers, StepPlan } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LiveRegionController } from '../shared/live-region.js';
import { LnElement } from '../shared/ln-element.js';
import { sdkMessages } from '../shared/messages.js';
import { tokens } from '../shared/tokens.styles.js';
import { STEP_COUNT, StepPlanController } from './step-plan.controller.js';
import { optionId, renderQuestion, type FieldContext } from './step-plan.fields.js';
import { renderOverview } from './step-plan.overview.js';
import { stepPlanStyles } from './step-plan.styles.js';
import { percent, stepPlanText, stepViews } from './step-plan.text.js';

/**
 * The step plan for starting a new learning network (report section 4.2, function 2), as a
 * guided flow: a coordinator or the initiator goes through five steps — learning goal, who and
 * what is needed, how, where, and securing the results — one at a time. Each question has the
 * control its kind asks for (text, one choice, several choices), options and names from the SDK,
 * the answers already given in the learning question filled in, and suggestions as data with a
 * "use this" button (existing networks to build on, learning forms that fit the group). At the
 * end an overview shows every answer; it can be copied or downloaded as plain text (nothing goes
 * to a server).
 *
 * `<ln-question-form>` shows it when nothing fits, keeps its answers in the question's draft and
 * can send the plan along. A host may also show it on its own:
 * `el.question = question; el.data = dataset; el.match = matcher.match(question);` and keep the
 * answers from `ln-step-plan-change` (set `el.answers` to give them back).
 *
 * @tagname ln-step-plan
 * @summary Guided step plan for a new learning network, pre-filled from a learning question.
 *
 * @fires ln-step-plan-change - The person answered a question; `detail.answers` (all answers given in the plan), `detail.plan` (the SDK plan with them), `detail.changed` (the question id).
 *
 * @csspart base - The root section.
 * @csspart steps - The step indicator (a list of buttons; the current step has `aria-current="step"`).
 * @csspart progress - How complete the plan is.
 * @csspart step - The current step's form.
 * @csspart suggestions - The suggestions of a question.
 * @csspart overview - The overview after the last step.
 * @csspart actions - The copy and download buttons.
 * @csspart live-region - The polite status for "copied" and "downloaded".
 *
 * @cssprop --ln-surface-color - Background of the step indicator and the suggestions.
 * @cssprop --ln-primary-color - The current step and the progress bar.
 */
export class LnStepPlan extends LnElement {
  static override styles = [tokens, stepPlanStyles];

  /** The learning question the plan is pre-filled from (the question form's answers). */
  @property({ attribute: false }) question?: Partial<LearningQuestion>;
  /** The dataset: themes, agenda items, networks and learning forms to choose from, and their names. */
  @property({ attribute: false }) data?: Dataset;
  /** The matcher's result for the question (`matcher.match(question)`): agenda ranking, networks behind matched offerings. */
  @property({ attribute: false }) match?: PlanMatch;
  /** Answers given in the plan (e.g. restored from a draft); a new object replaces the element's own. */
  @property({ attribute: false }) answers?: StepAnswers;
  /** Level of the plan's title (2–6); each step's title is one lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private copyFailed = false;
  readonly flow = new StepPlanController(this, {
    question: () => this.question,
    dataset: () => this.data,
    match: () => this.match,
    answers: () => this.answers,
  });
  #live = new LiveRegionController(this);

  /** The plan with every answer so far (the SDK's `StepPlan`). */
  get plan(): StepPlan {
    return this.flow.state.plan;
  }

  /** The plan as plain text, in the element's language. */
  get text(): string {
    return stepPlanText(this.plan, this.locale, this.t, this.data);
  }

  /** Moves focus to the plan's title, e.g. right after it was opened. */
  focusTitle(): void {
    this.renderRoot.querySelector<HTMLElement>('#sp-title')?.focus();
  }

  get #level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
  }

  override render() {
    const words = this.t.stepPlan;
    const { plan, current } = this.flow.state;
    const done = percent(plan.completeness);
    return html`<section class="sp" part="base" aria-labelledby="sp-title">
      <div class="sp-title" id="sp-title" role="heading" aria-level=${this.#level} tabindex="-1">${words.title}</div>
      <p>${words.intro}</p>
      ${this.#indicator(current)}
      <div class="sp-progress" part="progress">
        <label class="sp-progress__label" for="sp-progress">${words.progressLabel}</label>
        <progress id="sp-progress" max="100" .value=${done} aria-describedby="sp-progress-text">${done}%</progress>
        <p class="sp-progress__text" id="sp-progress-text">
          ${words.completeness(done)} ${plan.open.length > 0 ? words.openQuestions(plan.open.length) : nothing}
        </p>
      </div>
      ${current < STEP_COUNT ? this.#step() : this.#overview()}
      ${this.#live.render()}
    </section>`;
  }

  #indicator(current: number): TemplateResult {
    const words = this.t.stepPlan;
    const plan = this.flow.state.plan;
    const item = (index: number, number: TemplateResult | string, title: string, detail: string) =>
      html`<li class="sp-indicator__item">
        <button
          type="button"
          class="sp-indicator__button"
          aria-current=${index === current ? 'step' : 'false'}
          @click=${() => this.#goTo(index)}
        >
          <span class="sp-indicator__number" aria-hidden="true">${number}</span>
          <span class="sp-indicator__title">${title}</span>
          <span class="visually-hidden">(${detail})</span>
        </button>
      </li>`;
    return html`<nav class="sp-indicator" part="steps" aria-label=${words.stepsLabel}>
      <ol class="sp-indicator__list">
        ${plan.steps.map((step, i) => {
          const required = step.questions.filter((q) => q.required);
          const answered = required.filter((q) => q.answered).length;
          return item(i, String(i + 1), sdkMessages(this.locale).stepPlan.step[step.id].title, words.stepProgress(answered, required.length));
        })}
        ${item(STEP_COUNT, html`&#x2713;`, words.overview, words.openQuestions(plan.open.length))}
      </ol>
    </nav>`;
  }

  #step(): TemplateResult | typeof nothing {
    const { step, current } = this.flow.state;
    if (!step) return nothing;
    const words = this.t.stepPlan;
    const text = sdkMessages(this.locale).stepPlan.step[step.id];
    const fields: FieldContext = {
      t: this.t,
      lang: this.locale,
      dataset: this.data,
      answers: this.flow.state.answers,
      setText: this.flow.setText,
      choose: this.flow.choose,
      toggle: this.flow.toggle,
      use: this.#use,
    };
    const last = current === STEP_COUNT - 1;
    return html`<form class="sp-step" part="step" novalidate aria-labelledby="sp-step-heading" @submit=${this.#next}>
      <div class="sp-step__heading" id="sp-step-heading" role="heading" aria-level=${Math.min(6, this.#level + 1)} tabindex="-1">
        <span class="sp-step__of">${words.stepOf(current + 1, STEP_COUNT)}:</span> ${text.title}
      </div>
      <p class="sp-step__summary">${text.summary}</p>
      ${step.questions.map((q) => renderQuestion(fields, q))}
      <div class="sp-buttons">
        <button type="submit" class="button">${last ? words.toOverview : words.next}</button>
        ${current > 0
          ? html`<button type="button" class="button button--secondary" @click=${() => this.#goTo(current - 1)}>${words.back}</button>`
          : nothing}
      </div>
    </form>`;
  }

  #overview(): TemplateResult {
    const plan = this.flow.state.plan;
    return renderOverview({
      t: this.t,
      steps: stepViews(plan, this.locale, this.data),
      level: Math.min(6, this.#level + 1),
      openCount: plan.open.length,
      copyFailed: this.copyFailed,
      text: this.text,
      goTo: (index) => this.#goTo(index),
      back: () => this.#goTo(STEP_COUNT - 1),
      copy: this.#copy,
      download: this.#download,
    });
  }

  /** Shows another step and moves focus to its heading, so the step is read from its title. */
  async #goTo(index: number): Promise<void> {
    this.flow.goTo(index);
    this.copyFailed = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#sp-step-heading')?.focus();
  }

  #next = (event: Event): void => {
    event.preventDefault();
    void this.#goTo(this.flow.state.current + 1);
  };

  /** "Use this": the option is chosen, and focus goes to it (the button is gone). */
  #use = async (id: Parameters<FieldContext['use']>[0], option: string): Promise<void> => {
    this.flow.use(id, option);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${CSS.escape(optionId(id, option))}`)?.focus();
  };

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
    this.#live.announce(this.t.stepPlan.downloaded);
  };

  #copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.text);
      this.copyFailed = false;
      this.#live.announce(this.t.stepPlan.copied);
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
