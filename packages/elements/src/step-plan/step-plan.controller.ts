import { STEP_IDS, stepPlan } from '@leernetwerk/sdk';
import type { Dataset, LearningQuestion, PlanMatch, Step, StepAnswers, StepPlan, StepQuestion, StepQuestionId } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LnStepPlanChangeEvent } from './step-plan.events.js';

type Host = ReactiveControllerHost & EventTarget;

/** The number of steps; the overview comes after the last one. */
export const STEP_COUNT = STEP_IDS.length;

export interface StepPlanControllerOptions {
  /** The learning question the plan is pre-filled from. */
  readonly question: () => Partial<LearningQuestion> | undefined;
  readonly dataset: () => Dataset | undefined;
  /** The matcher's result for the question (agenda items, networks behind matched offerings). */
  readonly match: () => PlanMatch | undefined;
  /** Answers a host keeps (e.g. in its draft). A new object replaces the controller's answers. */
  readonly answers: () => StepAnswers | undefined;
}

/** What the element renders: read-only data. */
export interface StepPlanViewState {
  /** `stepPlan(question, { dataset, match, answers })`. */
  readonly plan: StepPlan;
  readonly answers: StepAnswers;
  /** The step shown, 0-based; {@link STEP_COUNT} is the overview. */
  readonly current: number;
  /** The step shown; undefined on the overview. */
  readonly step: Step | undefined;
}

const valuesOf = (q: StepQuestion): string[] => (q.value === undefined ? [] : typeof q.value === 'string' ? [q.value] : [...q.value]);

/**
 * Adapts the SDK's `stepPlan` to a guided flow: one step at a time, answers per question (text,
 * choice, several choices, or a suggestion taken over), back and next, and an overview at the end.
 * Every answer the person gives fires `ln-step-plan-change` on the host with all answers and the
 * new plan, so a host can keep them (the question form keeps them in its draft).
 *
 * @example
 * private flow = new StepPlanController(this, { question: () => this.question, dataset: () => this.data, match: () => undefined, answers: () => undefined });
 * html`<button @click=${this.flow.next}>…</button>`
 */
export class StepPlanController implements ReactiveController {
  readonly #host: Host;
  readonly #options: StepPlanControllerOptions;
  #answers: StepAnswers = {};
  #given: StepAnswers | undefined;
  #current = 0;
  #cache: { inputs: readonly unknown[]; plan: StepPlan } | undefined;

  constructor(host: Host, options: StepPlanControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get state(): StepPlanViewState {
    const plan = this.#plan();
    return { plan, answers: this.#answers, current: this.#current, step: plan.steps[this.#current] };
  }

  hostConnected(): void {
    this.#adopt();
  }

  hostUpdate(): void {
    this.#adopt();
  }

  /** A text answer, as typed. */
  readonly setText = (id: StepQuestionId, value: string): void => {
    this.#answer(id, value);
  };

  /** One option of a choice question; `''` clears it. */
  readonly choose = (id: StepQuestionId, value: string): void => {
    this.#answer(id, value);
  };

  /** Ticks or unticks an option of a multi-choice question. */
  readonly toggle = (id: StepQuestionId, option: string, on: boolean): void => {
    const question = this.#question(id);
    if (!question) return;
    const values = valuesOf(question).filter((v) => v !== option);
    this.#answer(id, on ? [...values, option] : values);
  };

  /** Takes a suggestion over: added to a multi-choice answer, or chosen for a choice question. */
  readonly use = (id: StepQuestionId, option: string): void => {
    const question = this.#question(id);
    if (!question) return;
    if (question.kind === 'multi-choice') this.toggle(id, option, true);
    else this.#answer(id, option);
  };

  readonly next = (): void => this.goTo(this.#current + 1);

  readonly back = (): void => this.goTo(this.#current - 1);

  /** Shows step `index` (0-based); {@link STEP_COUNT} is the overview. */
  readonly goTo = (index: number): void => {
    const to = Math.min(STEP_COUNT, Math.max(0, Math.round(index) || 0));
    if (to === this.#current) return;
    this.#current = to;
    this.#host.requestUpdate();
  };

  /** Takes a host's answers when it passes a new object (a restored draft, or the answers it was sent). */
  #adopt(): void {
    const given = this.#options.answers();
    if (given === this.#given) return;
    this.#given = given;
    if (given !== undefined) this.#answers = given;
  }

  #question(id: StepQuestionId): StepQuestion | undefined {
    for (const step of this.#plan().steps) for (const q of step.questions) if (q.id === id) return q;
    return undefined;
  }

  #answer(id: StepQuestionId, value: string | readonly string[]): void {
    this.#answers = { ...this.#answers, [id]: value };
    const plan = this.#plan();
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new LnStepPlanChangeEvent({ answers: this.#answers, plan, changed: id }));
  }

  #plan(): StepPlan {
    const question = this.#options.question() ?? {};
    const dataset = this.#options.dataset();
    const match = this.#options.match();
    const inputs = [question, dataset, match, this.#answers] as const;
    if (this.#cache?.inputs.every((value, i) => value === inputs[i])) return this.#cache.plan;
    const plan = stepPlan(question, {
      ...(dataset ? { dataset } : {}),
      ...(match ? { match } : {}),
      answers: this.#answers,
    });
    this.#cache = { inputs, plan };
    return plan;
  }
}
