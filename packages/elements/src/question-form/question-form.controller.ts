import { parseQuestion, stepPlan } from '@leernetwerk/sdk';
import type { AgendaItem, Dataset, LearningQuestion, Matcher, MatchResult, QuestionProblem, SharedQuestion, StepAnswers, StepPlan } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deliver, type DeliveryResult } from '../shared/delivery.js';
import { DraftStore } from '../shared/draft-store.js';
import { LnQuestionChangeEvent, LnQuestionSubmitEvent, LnStepPlanOpenEvent, type QuestionDraft, type QuestionSubmitDetail } from './question-form.events.js';
import { cleanDraft, cleanStepPlanDraft, isEmptyDraft, similarQuestionsMatcher, type StoredDraft } from './question-form.questions.js';
import {
  DEFAULT_DEBOUNCE,
  DEFAULT_MIN_SCORE,
  RESULT_LIMIT,
  type FormStatus,
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
 * the step plan, and sends with `deliver()`. Render from `state`; call the bound actions.
 *
 * @example
 * private form = new QuestionFormController(this, { data: () => this.data.value, draftName: () => 'question-form' });
 * html`<textarea @input=${(e) => this.form.update({ what: e.target.value }, 'typing')}></textarea>`
 */
export class QuestionFormController implements ReactiveController {
  readonly #host: Host;
  readonly #options: QuestionFormOptions;
  #store: DraftStore<StoredDraft> | undefined;
  #question: QuestionDraft = {};
  #result: MatchResult | undefined;
  #problems: readonly QuestionProblem[] = [];
  #validated: LearningQuestion | undefined;
  #status: FormStatus = 'editing';
  #restored = false;
  #delivery: DeliveryResult | undefined;
  #retrying: { attempt: number; max: number } | undefined;
  #topicId: string | undefined;
  #topic: AgendaItem | undefined;
  #planOpen = false;
  #planInclude = false;
  #planAnswers: StepAnswers = {};
  #plan: StepPlan | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #userChange = false;
  #abort: AbortController | undefined;
  #seen: { matcher?: Matcher; questions?: readonly SharedQuestion[]; minFit?: number } = {};
  #similar: { dataset: Dataset; pool: readonly SharedQuestion[]; matcher: Matcher } | undefined;

  constructor(host: Host, options: QuestionFormOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get state(): QuestionFormState {
    const store = this.#store;
    const mode = this.#options.stepPlan?.() ?? 'auto';
    const fits = this.#fits();
    return {
      question: this.#question,
      result: this.#result,
      matching: this.#timer !== undefined,
      fits,
      problems: this.#problems,
      validated: this.#validated,
      status: this.#status,
      draftStatus: {
        backend: store?.backend ?? 'session',
        persistent: store?.persistent ?? false,
        memoryOnly: store?.memoryOnly ?? false,
        restored: this.#restored,
      },
      delivery: this.#delivery,
      retrying: this.#retrying,
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
    if (this.#store) return;
    this.#store = new DraftStore<StoredDraft>(this.#options.draftName(), {
      ...(this.#options.draftStorage ? { storage: this.#options.draftStorage } : {}),
    });
    const stored = this.#store.load();
    const draft = cleanDraft(stored);
    const plan = cleanStepPlanDraft(stored?.stepPlan);
    if (!isEmptyDraft(draft)) {
      this.#question = { ...draft, ...this.#question };
      this.#restored = true;
    }
    if (Object.keys(plan.answers).length > 0 || plan.open) {
      this.#planAnswers = plan.answers;
      this.#planOpen = plan.open && (this.#options.stepPlan?.() ?? 'auto') !== 'never';
      this.#planInclude = plan.include;
      this.#restored = true;
    }
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
    this.#abort?.abort();
  }

  /**
   * The person changed the question: `typing` waits for a pause (debounce), `choice` matches at
   * once. The draft is saved right away.
   */
  readonly update = (patch: QuestionDraft, how: 'typing' | 'choice' = 'choice'): void => {
    if (this.#status === 'sending') return;
    this.#question = cleanDraft({ ...this.#question, ...patch });
    this.#save();
    if (this.#problems.length > 0) this.validate();
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
  readonly validate = (): boolean => {
    const result = parseQuestion(this.#question);
    this.#problems = result.problems;
    this.#validated = result.ok ? result.question : undefined;
    this.#host.requestUpdate();
    return result.ok;
  };

  /** Validates and, when it is right, shows the review step. */
  readonly review = (): boolean => {
    const ok = this.validate();
    if (ok) this.#status = 'review';
    this.#host.requestUpdate();
    return ok;
  };

  /** Back from the review to the form. */
  readonly edit = (): void => {
    if (this.#status === 'sending') return;
    this.#status = 'editing';
    this.#delivery = undefined;
    this.#host.requestUpdate();
  };

  /** Sends the validated question: event, then `action` or `mailto` (see `deliver`). */
  readonly send = async (): Promise<DeliveryResult | undefined> => {
    if (this.#status !== 'review' && this.#status !== 'failed') return undefined;
    if (!this.validate() || !this.#validated) {
      this.#status = 'editing';
      this.#host.requestUpdate();
      return undefined;
    }
    const detail: QuestionSubmitDetail = {
      question: this.#validated,
      ...(this.#planOpen && this.#planInclude && this.#plan ? { stepPlan: this.#plan } : {}),
    };
    this.#status = 'sending';
    this.#delivery = undefined;
    this.#retrying = undefined;
    this.#host.requestUpdate();
    this.#abort = new AbortController();
    let result: DeliveryResult;
    try {
      result = await deliver({
        ...this.#options.post?.(),
        target: this.#host,
        event: new LnQuestionSubmitEvent(detail),
        payload: detail,
        action: this.#options.action?.(),
        mailto: this.#options.mailto?.(),
        ...(this.#options.mail ? { mail: this.#options.mail(detail) } : {}),
        signal: this.#abort.signal,
        onRetry: (attempt, max) => {
          this.#retrying = { attempt, max };
          this.#host.requestUpdate();
        },
      });
    } catch {
      // Removed from the page while sending: the request was stopped; the question waits for another send.
      this.#status = 'review';
      this.#retrying = undefined;
      return undefined;
    }
    this.#delivery = result;
    this.#retrying = undefined;
    if (result.status === 'failed') {
      this.#status = 'failed';
    } else {
      this.#status = 'sent';
      if (result.status !== 'mailto') this.#store?.clear();
    }
    this.#host.requestUpdate();
    return result;
  };

  /** After a failure: send the same question again. */
  readonly retry = (): Promise<DeliveryResult | undefined> => this.send();

  /** The person opened the mailto link: the question has left the form, so the draft goes. */
  readonly mailOpened = (): void => {
    this.#store?.clear();
  };

  /** Empties the form and removes the draft everywhere ("discard draft", "ask another question"). */
  readonly reset = (): void => {
    if (this.#status === 'sending') return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#store?.clear();
    this.#question = {};
    this.#result = undefined;
    this.#problems = [];
    this.#validated = undefined;
    this.#status = 'editing';
    this.#delivery = undefined;
    this.#restored = false;
    this.#planOpen = false;
    this.#planInclude = false;
    this.#planAnswers = {};
    this.#plan = undefined;
    this.#host.requestUpdate();
  };

  /** "Keep on this device": localStorage when on, back to sessionStorage when off. */
  readonly keepOnDevice = (on: boolean): void => {
    this.#store?.setPersistent(on, this.#draft());
    this.#host.requestUpdate();
  };

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
    if (this.#status === 'sending') return;
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
    this.#store?.save(this.#draft());
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
