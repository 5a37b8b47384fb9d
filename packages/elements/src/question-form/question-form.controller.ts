import { parseQuestion, stepPlan } from '@leernetwerk/sdk';
import type { AgendaItem, Dataset, LearningQuestion, Matcher, MatchResult, QuestionProblem, SharedQuestion, StepAnswers, StepPlan } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeliveryResult } from '../shared/delivery.js';
import { FormFlowController } from '../shared/form-flow.js';
import { LnQuestionChangeEvent, LnQuestionSubmitEvent, LnStepPlanOpenEvent, type QuestionDraft, type QuestionSubmitDetail } from './question-form.events.js';
import { cleanDraft, cleanStepPlanDraft, isEmptyDraft, similarQuestionsMatcher, type StoredDraft } from './question-form.questions.js';
import {
  DEFAULT_DEBOUNCE,
  DEFAULT_MIN_SCORE,
  RESULT_LIMIT,
  type QuestionFormOptions,
  type QuestionFormState,
} from './question-form.state.js';

export { DEFAULT_DEBOUNCE, DEFAULT_MIN_SCORE, RESULT_LIMIT } from './question-form.state.js';
export type { DraftStatus, FormStatus, QuestionFormOptions, QuestionFormState, StepPlanMode, StepPlanState } from './question-form.state.js';

type Host = ReactiveControllerHost & EventTarget;

const hasText = (draft: QuestionDraft) => (draft.what ?? '').trim() !== '';

/**
 * Adapts the SDK to `<ln-question-form>`: matches the question while the person types
 * (debounced; stale work is cancelled), keeps the draft, validates with `parseQuestion`, builds
 * the step plan, and sends. Draft, review and delivery (with retries) are the shared
 * `FormFlowController`, which it adds to the host. Render from `state`; call the bound actions.
 *
 * @example
 * private form = new QuestionFormController(this, { data: () => this.data.value, draftName: () => 'question-form' });
 * html`<textarea @input=${(e) => this.form.update({ what: e.target.value }, 'typing')}></textarea>`
 */
export class QuestionFormController implements ReactiveController {
  readonly #host: Host;
  readonly #options: QuestionFormOptions;
  readonly #flow: FormFlowController<LearningQuestion, QuestionProblem>;
  #question: QuestionDraft = {};
  #result: MatchResult | undefined;
  #topicId: string | undefined;
  #topic: AgendaItem | undefined;
  #planOpen = false;
  #planInclude = false;
  #planAnswers: StepAnswers = {};
  #plan: StepPlan | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #userChange = false;
  #seen: { matcher?: Matcher; questions?: readonly SharedQuestion[]; minFit?: number } = {};
  #similar: { dataset: Dataset; pool: readonly SharedQuestion[]; matcher: Matcher } | undefined;

  constructor(host: Host, options: QuestionFormOptions) {
    this.#host = host;
    this.#options = options;
    this.#flow = new FormFlowController<LearningQuestion, QuestionProblem>(host, {
      draftName: options.draftName,
      draftStore: { storage: options.draftStorage },
      restore: (stored) => this.#restore(stored as StoredDraft | undefined),
      snapshot: () => this.#draft(),
      check: () => {
        const result = parseQuestion(this.#question);
        return result.ok ? { ok: true, value: result.question, problems: result.problems } : { ok: false, problems: result.problems };
      },
      submission: (question) => {
        const detail: QuestionSubmitDetail = {
          question,
          ...(this.#planOpen && this.#planInclude && this.#plan ? { stepPlan: this.#plan } : {}),
        };
        return { event: new LnQuestionSubmitEvent(detail), payload: detail, mail: options.mail?.(detail) };
      },
      action: options.action,
      mailto: options.mailto,
      post: options.post,
    });
    this.validate = this.#flow.check;
    this.review = this.#flow.review;
    this.edit = this.#flow.edit;
    this.mailOpened = this.#flow.mailOpened;
    this.keepOnDevice = this.#flow.keepOnDevice;
    host.addController(this);
  }

  get state(): QuestionFormState {
    const flow = this.#flow.state;
    const mode = this.#options.stepPlan?.() ?? 'auto';
    const fits = this.#fits();
    return {
      ...flow,
      question: this.#question,
      result: this.#result,
      matching: this.#timer !== undefined,
      fits,
      topic: this.#topic,
      stepPlan: {
        available: mode !== 'never',
        offered: mode === 'always' || (mode === 'auto' && this.#result !== undefined && hasText(this.#question) && !fits),
        open: this.#planOpen && mode !== 'never',
        include: this.#planInclude && this.#planOpen,
        plan: this.#plan,
        answers: this.#planAnswers,
      },
    };
  }

  hostConnected(): void {
    this.#schedule(0);
  }

  hostUpdate(): void {
    const data = this.#options.data();
    const questions = this.#options.questions?.();
    const minFit = this.#minFit();
    if (data?.matcher !== this.#seen.matcher || questions !== this.#seen.questions || minFit !== this.#seen.minFit) {
      this.#seen = { ...(data?.matcher ? { matcher: data.matcher } : {}), ...(questions ? { questions } : {}), minFit };
      this.#applyTopic();
      if (data?.matcher) this.#schedule(0);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /**
   * The person changed the question: `typing` waits for a pause (debounce), `choice` matches at
   * once. The draft is saved right away.
   */
  readonly update = (patch: QuestionDraft, how: 'typing' | 'choice' = 'choice'): void => {
    if (this.#sending()) return;
    this.#question = cleanDraft({ ...this.#question, ...patch });
    this.#flow.changed();
    this.#userChange = true;
    this.#schedule(how === 'typing' ? (this.#options.debounce?.() ?? DEFAULT_DEBOUNCE) : 0);
    this.#host.requestUpdate();
  };

  /** Fills fields the person left empty (a host's prefill); fires no event. */
  readonly prefill = (question: QuestionDraft): void => {
    const given = cleanDraft(question);
    const filled = cleanDraft(this.#question);
    this.#question = { ...given, ...filled };
    this.#schedule(0);
    this.#host.requestUpdate();
  };

  /** The agenda item the question is about: its themes are ticked when the person chose none. */
  readonly setTopic = (agendaId: string | undefined): void => {
    this.#topicId = agendaId || undefined;
    this.#topic = undefined;
    this.#applyTopic();
    this.#host.requestUpdate();
  };

  /** Checks the question with `parseQuestion`; true when it can be sent. */
  readonly validate: () => boolean;

  /** Validates and, when it is right, shows the review step. */
  readonly review: () => boolean;

  /** Back from the review to the form. */
  readonly edit: () => void;

  /** Sends the validated question from the review (or after a failure): event, then `action` or `mailto` (see `deliver`). */
  readonly send = async (): Promise<DeliveryResult | undefined> => {
    const status = this.#flow.state.status;
    return status === 'review' || status === 'failed' ? this.#flow.send() : undefined;
  };

  /** After a failure: send the same question again. */
  readonly retry = (): Promise<DeliveryResult | undefined> => this.send();

  /** The person opened the mailto link: the question has left the form, so the draft goes. */
  readonly mailOpened: () => void;

  /** Empties the form and removes the draft everywhere ("discard draft", "ask another question"). */
  readonly reset = (): void => {
    if (this.#sending()) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#question = {};
    this.#result = undefined;
    this.#planOpen = false;
    this.#planInclude = false;
    this.#planAnswers = {};
    this.#plan = undefined;
    this.#flow.reset();
  };

  /** "Keep on this device": localStorage when on, back to sessionStorage when off. */
  readonly keepOnDevice: (on: boolean) => void;

  /** Opens the step plan for a new learning network, pre-filled from the answers. */
  readonly openStepPlan = (): void => {
    if ((this.#options.stepPlan?.() ?? 'auto') === 'never') return;
    this.#planOpen = true;
    this.#plan = this.#buildPlan();
    this.#save();
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new LnStepPlanOpenEvent(this.#question, this.#plan));
  };

  /** Closes the step plan; its answers stay in the draft for when it is opened again. */
  readonly closeStepPlan = (): void => {
    this.#planOpen = false;
    this.#planInclude = false;
    this.#save();
    this.#host.requestUpdate();
  };

  /** Whether the step plan goes with the question when it is sent. */
  readonly includeStepPlan = (on: boolean): void => {
    this.#planInclude = on;
    this.#save();
    this.#host.requestUpdate();
  };

  /** The answers given in the step plan (from its `ln-step-plan-change`): kept in the draft, and in the plan that is sent. */
  readonly setStepPlanAnswers = (answers: StepAnswers): void => {
    if (this.#sending()) return;
    this.#planAnswers = answers;
    if (this.#planOpen) this.#plan = this.#buildPlan();
    this.#save();
    this.#host.requestUpdate();
  };

  /** The question and the step plan, as the draft keeps them. */
  #draft(): StoredDraft {
    const plan = this.#planAnswers;
    const hasPlan = this.#planOpen || Object.keys(plan).length > 0;
    return hasPlan
      ? { ...this.#question, stepPlan: { answers: plan, open: this.#planOpen, include: this.#planInclude } }
      : this.#question;
  }

  #save(): void {
    this.#flow.save();
  }

  #sending(): boolean {
    return this.#flow.state.status === 'sending';
  }

  /** Puts a stored question and step plan back; typed text wins. Whether anything came back. */
  #restore(stored: StoredDraft | undefined): boolean {
    const draft = cleanDraft(stored);
    const plan = cleanStepPlanDraft(stored?.stepPlan);
    let restored = false;
    if (!isEmptyDraft(draft)) {
      this.#question = { ...draft, ...this.#question };
      restored = true;
    }
    if (Object.keys(plan.answers).length > 0 || plan.open) {
      this.#planAnswers = plan.answers;
      this.#planOpen = plan.open && (this.#options.stepPlan?.() ?? 'auto') !== 'never';
      this.#planInclude = plan.include;
      restored = true;
    }
    return restored;
  }

  /** The SDK's verdict (`MatchResult.nothingFits`, under `minFit`). */
  #fits(): boolean {
    return this.#result !== undefined && !this.#result.nothingFits;
  }

  #minFit(): number {
    const min = this.#options.minScore?.();
    return typeof min === 'number' && Number.isFinite(min) ? min : DEFAULT_MIN_SCORE;
  }

  #applyTopic(): void {
    const dataset = this.#options.data()?.dataset;
    if (!this.#topicId || !dataset || this.#topic?.id === this.#topicId) return;
    this.#topic = dataset.agenda.find((item) => item.id === this.#topicId);
    if (this.#topic && (this.#question.themes ?? []).length === 0) {
      this.#question = { ...this.#question, themes: [...this.#topic.themes] };
      this.#schedule(0);
    }
  }

  /** Runs the match after `delay` ms; a newer change cancels the older one. */
  #schedule(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#match();
      if (this.#userChange) {
        this.#userChange = false;
        this.#host.dispatchEvent(new LnQuestionChangeEvent(this.#question));
      }
      this.#host.requestUpdate();
    }, delay);
  }

  #match(): void {
    const data = this.#options.data();
    if (!data?.matcher || !data.dataset) return;
    if (isEmptyDraft(this.#question)) {
      this.#result = undefined;
    } else {
      const result = data.matcher.match(this.#question, { limit: RESULT_LIMIT, minFit: this.#minFit() });
      const similar = this.#similarMatcher(data.dataset);
      this.#result = similar
        ? { ...result, similarQuestions: similar.match(this.#question, { limit: RESULT_LIMIT }).similarQuestions }
        : result;
    }
    if (this.#planOpen) this.#plan = this.#buildPlan();
  }

  /** A matcher over the host's pool, built once per dataset and pool. */
  #similarMatcher(dataset: Dataset): Matcher | undefined {
    const pool = this.#options.questions?.();
    if (!pool) return undefined;
    if (this.#similar?.dataset !== dataset || this.#similar.pool !== pool) {
      this.#similar = { dataset, pool, matcher: similarQuestionsMatcher(dataset, pool) };
    }
    return this.#similar.matcher;
  }

  #buildPlan(): StepPlan {
    const dataset = this.#options.data()?.dataset;
    return stepPlan(this.#question, {
      ...(dataset ? { dataset } : {}),
      ...(this.#result ? { match: this.#result } : {}),
      answers: this.#planAnswers,
    });
  }
}
