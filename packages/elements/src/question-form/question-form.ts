import { Task } from '@lit/task';
import type { Dataset, SharedQuestion } from '@leernetwerk/sdk';
import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DataConsumer } from '../provider/data-consumer.js';
import { dataStateStyles, renderDataState } from '../provider/render-data-state.js';
import type { PostOptions } from '../shared/delivery.js';
import { domainText } from '../shared/domain.js';
import { errorSummaryStyles, renderErrorSummary } from '../shared/error-summary.js';
import { FormSteps } from '../shared/form-steps.js';
import { LiveRegionController } from '../shared/live-region.js';
import { LnElement } from '../shared/ln-element.js';
import { tokens } from '../shared/tokens.styles.js';
import type { LnStepPlan } from '../step-plan/step-plan.js';
import { stepPlanText } from '../step-plan/step-plan.text.js';
import { DEFAULT_DEBOUNCE, DEFAULT_MIN_SCORE, QuestionFormController, type StepPlanMode } from './question-form.controller.js';
import type { QuestionDraft } from './question-form.events.js';
import { FIELD_IDS, fieldErrors, renderFields, type Field } from './question-form.fields.js';
import { readSharedQuestions } from './question-form.questions.js';
import { renderResults, renderStepPlanPanel, resultCount } from './question-form.results.js';
import { mailBody, renderReview, renderSent } from './question-form.review.js';
import { heading } from '../shared/heading.js';
import { questionFormStyles } from './question-form.styles.js';

/**
 * The URL parameter naming the agenda item a question is about; the agenda browser's "ask a
 * question about this" link adds it. (`ln-agenda` is the agenda browser's own open item.)
 */
export const TOPIC_PARAM = 'ln-vraag-over';

/**
 * The URL parameter with the person's own words for "what"; the offering finder's empty state
 * links to the form with the search text in it.
 */
export const QUESTION_PARAM = 'ln-vraag';

async function fetchQuestions(src: string, signal: AbortSignal): Promise<unknown> {
  const res = await fetch(new URL(src, document.baseURI).href, {
    signal,
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`leernetwerk: questions-src: HTTP ${res.status}`);
  return res.json();
}

/**
 * The intake of the learning network's matchmaking (report section 4.2, function 1): a person
 * sharpens a learning question — what, who they are, with whom, how, where, how long — and sees
 * while typing which agenda items it links to, who asks something similar and which offerings
 * fit, each with its reasons. They review and send it; when nothing fits well, a step plan for a
 * new learning network (function 2) is offered, pre-filled from their answers.
 *
 * The draft is kept in sessionStorage (localStorage after "keep on this device"; memory when the
 * browser refuses storage) and cleared after a successful send. Only the validated question is
 * sent: as the `ln-question-submit` event, then to `action` (JSON POST) or as a `mailto` link.
 *
 * Deep link: `?ln-vraag-over=<agenda id>` (or the `topic` attribute) ticks the themes of that agenda
 * item; the agenda browser's "ask a question about this" link uses it (to `#vraag` by default, so
 * give the form `id="vraag"`). `?ln-vraag=<text>` (the offering finder's "ask it as a question"
 * link, with the search text) fills "what" when there is no draft: a draft wins, and nothing
 * typed is ever overwritten.
 *
 * @tagname ln-question-form
 * @summary Learning question form with live matching, review, sending and a step plan.
 *
 * @fires ln-question-submit - The person sent a validated question; `detail.question` (and `detail.stepPlan` if they chose to include it). Cancelable: `preventDefault()` to deliver it yourself.
 * @fires ln-question-change - The person changed the question (debounced); `detail.question` is the unvalidated draft.
 * @fires ln-step-plan-open - The person opened the step plan; `detail.plan`, `detail.question`.
 * @fires ln-step-plan-change - From the `<ln-step-plan>` inside: the person answered a question of the plan; `detail.answers`, `detail.plan`. The answers are kept in the question's draft.
 *
 * @csspart base - The root section.
 * @csspart form - The form.
 * @csspart results - The panel with what fits the question.
 * @csspart step-plan - The `<ln-step-plan>` element.
 * @csspart error-summary - The error summary.
 * @csspart live-region - The polite status with result counts.
 *
 * @cssprop --ln-primary-color - Buttons and the step-plan rule.
 * @cssprop --ln-error-color - Errors and the error summary.
 * @cssprop --ln-surface-color - Result cards and the draft box.
 */
export class LnQuestionForm extends LnElement {
  static override styles = [tokens, dataStateStyles, errorSummaryStyles, questionFormStyles];

  /** Dataset URL; without it and without `<ln-provider>`, the bundled dataset. */
  @property() src?: string;
  /** URL to POST the question to as JSON (timeout and retries). */
  @property() action?: string;
  /** E-mail address: after review the person gets a mailto link (used when there is no `action`). */
  @property() mailto?: string;
  /** URL of a JSON array of shared questions (with consent) for "others ask this too". */
  @property({ attribute: 'questions-src' }) questionsSrc?: string;
  /** Milliseconds of quiet typing before matching. */
  @property({ type: Number }) debounce = DEFAULT_DEBOUNCE;
  /**
   * How well an agenda item or offering must fit for the question to count as answered: the SDK's
   * `minFit` (0–1, its score times its `coverage`, the share of the question's words it matched);
   * below it (`MatchResult.nothingFits`) the step plan is offered.
   */
  @property({ type: Number, attribute: 'min-score' }) minScore = DEFAULT_MIN_SCORE;
  /** `auto`: offer the step plan when nothing fits; `always`; `never`. */
  @property({ attribute: 'step-plan' }) stepPlan: StepPlanMode = 'auto';
  /** Agenda item id the question is about; its themes are ticked (overrides the URL parameter). */
  @property() topic?: string;
  /** Level of the widget's title (1–6, default 2); its sections are one level lower. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Hide the title visually (it still names the form), when the page has its own heading; the widget is then no region landmark of its own, so it never repeats the page section's name. */
  @property({ type: Boolean, attribute: 'hide-title' }) hideTitle = false;
  /** Prefill: fills the fields the person has not filled in. */
  @property({ attribute: false }) question?: QuestionDraft;
  /** Shared questions (with consent) of the host, besides the dataset's; checked before use. */
  @property({ attribute: false }) questions?: readonly unknown[];
  /** Timeout, retries and backoff for `action`. */
  @property({ attribute: false }) delivery?: Omit<PostOptions, 'onRetry' | 'signal'>;

  readonly data = new DataConsumer(this, { src: () => this.src });
  readonly form: QuestionFormController = new QuestionFormController(this, {
    data: () => (this.data.value.status === 'ready' ? this.data.value : undefined),
    questions: () => this.#pool(),
    debounce: () => this.debounce,
    minScore: () => this.minScore,
    stepPlan: () => (['always', 'never'].includes(this.stepPlan) ? this.stepPlan : 'auto'),
    draftName: () => (this.id ? `question-form:${this.id}` : 'question-form'),
    action: () => this.action,
    mailto: () => this.mailto,
    post: () => this.delivery ?? {},
    mail: (detail) => {
      const d = domainText(this.locale, this.data.value.dataset);
      const plan = detail.stepPlan ? stepPlanText(detail.stepPlan, this.locale, this.t, this.data.value.dataset) : undefined;
      return { subject: this.t.questionForm.mail.subject, body: mailBody(detail.question, this.t, d, plan) };
    },
  });
  #live = new LiveRegionController(this);
  #steps = new FormSteps<Field>(this, () => this.form, {
    prefix: 'qf',
    firstField: FIELD_IDS.what,
    fieldId: (field) => FIELD_IDS[field],
    announceDiscarded: () => this.#live.announce(this.t.common.draft.discarded),
  });
  #announced: unknown;
  #questionsTask = new Task(this, {
    args: () => [this.questionsSrc?.trim() ?? ''] as const,
    task: ([src], { signal }) => (src ? fetchQuestions(src, signal) : Promise.resolve(undefined)),
  });
  #pooled: { inputs: unknown[]; value: readonly SharedQuestion[] | undefined } | undefined;

  /** The host's shared questions (property and `questions-src`), checked against the dataset; cached. */
  #pool(): readonly SharedQuestion[] | undefined {
    const dataset = this.data.value.dataset;
    const inputs = [dataset, this.questions, this.#questionsTask.value];
    if (this.#pooled?.inputs.every((v, i) => v === inputs[i])) return this.#pooled.value;
    const sources = [this.questions, this.#questionsTask.value].filter((source) => source !== undefined);
    const value =
      dataset && sources.length > 0 ? sources.flatMap((source) => readSharedQuestions(source, dataset).questions) : undefined;
    this.#pooled = { inputs, value };
    return value;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question') && this.question) this.form.prefill(this.question);
    const params = new URLSearchParams(globalThis.location?.search ?? '');
    if (!this.hasUpdated) {
      const what = params.get(QUESTION_PARAM)?.trim();
      if (what && !this.form.state.draftStatus.restored) this.form.prefill({ what });
    }
    if (changed.has('topic') || !this.hasUpdated) {
      this.form.setTopic(this.topic ?? params.get(TOPIC_PARAM) ?? undefined);
    }
  }

  protected override updated(): void {
    const { result, status } = this.form.state;
    if (result !== this.#announced) {
      this.#announced = result;
      const text = resultCount(this.t, this.form.state);
      if (text && status === 'editing') this.#live.announce(text);
    }
  }

  override render() {
    const data = this.data.value;
    // With hide-title the page's own heading names the place: no second region of the same name.
    return html`<section class="qf" part="base" aria-labelledby=${ifDefined(this.hideTitle ? undefined : 'qf-title')}>
      ${heading(this.#level, this.t.questionForm.title, { id: 'qf-title', class: this.hideTitle ? 'visually-hidden' : 'qf-title' })}
      ${renderDataState(data, this.t, this.locale)}
      ${data.status === 'ready' && data.dataset ? this.#body(data.dataset) : nothing}
      ${this.#live.render()}
    </section>`;
  }

  get #level(): number {
    return Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
  }

  #body(dataset: Dataset) {
    const state = this.form.state;
    const t = this.t;
    const level = this.#level + 1;
    const d = domainText(this.locale, dataset);
    if (state.status === 'sent') {
      return renderSent({ t, state, level, mailOpened: this.form.mailOpened, another: this.#steps.another });
    }
    if (state.status !== 'editing') {
      return renderReview({
        t,
        d,
        state,
        level,
        send: this.#steps.send,
        edit: this.#steps.back,
        change: this.#steps.change,
        includeStepPlan: this.form.includeStepPlan,
      });
    }
    const errors = fieldErrors(state.problems, t.questionForm);
    return html`<p>${t.questionForm.intro}</p>
      ${state.topic
        ? html`<p class="notice">
            ${state.topic.themes.every((id) => state.question.themes?.includes(id))
              ? t.questionForm.topic(d.text(state.topic.title))
              : t.questionForm.topicOnly(d.text(state.topic.title))}
          </p>`
        : nothing}
      ${state.draftStatus.restored ? html`<p class="notice">${t.common.draft.restored}</p>` : nothing}
      <div class="qf-draft-status" role="status">
        ${state.draftStatus.memoryOnly ? html`<p class="notice">${t.common.draft.memoryOnly}</p>` : nothing}
        ${this.#questionsTask.error ? html`<p class="notice">${t.questionForm.results.similarError}</p>` : nothing}
      </div>
      ${renderErrorSummary({
        id: 'qf-errors',
        heading: t.common.form.errorSummaryHeading,
        errors: [...errors].map(([field, message]) => ({ fieldId: FIELD_IDS[field], message })),
        level,
      })}
      <div class="qf-layout">
        <form part="form" novalidate aria-labelledby="qf-title" @submit=${this.#steps.review}>
          ${renderFields({ t, d, dataset, level, question: state.question, errors, update: this.form.update })}
          <div class="qf-draft">
            <div class="choice">
              <input
                type="checkbox"
                id="qf-keep"
                aria-describedby="qf-keep-hint"
                .checked=${state.draftStatus.persistent}
                @change=${(e: Event) => this.form.keepOnDevice((e.target as HTMLInputElement).checked)}
              />
              <label for="qf-keep">${t.common.draft.keepOnDevice}</label>
            </div>
            <p class="hint" id="qf-keep-hint">${t.common.draft.keepOnDeviceHint}</p>
          </div>
          <div class="qf-actions">
            <button type="submit" class="button">${t.questionForm.actions.review}</button>
            <button type="button" class="button button--secondary" @click=${this.#steps.discard}>${t.common.draft.discard}</button>
          </div>
        </form>
        ${renderResults({ t, d, state, level, toggleStepPlan: this.#toggleStepPlan })}
      </div>
      ${renderStepPlanPanel({ t, state, level, dataset, toggleStepPlan: this.#toggleStepPlan, includeStepPlan: this.form.includeStepPlan,
        setStepPlanAnswers: this.form.setStepPlanAnswers })}`;
  }

  #focus(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #toggleStepPlan = async (): Promise<void> => {
    if (this.form.state.stepPlan.open) {
      this.form.closeStepPlan();
      await this.updateComplete;
      this.#focus('.qf-offer button');
      return;
    }
    this.form.openStepPlan();
    await this.updateComplete;
    const plan = this.renderRoot.querySelector<LnStepPlan>('ln-step-plan');
    await plan?.updateComplete;
    plan?.focusTitle();
  };
}
