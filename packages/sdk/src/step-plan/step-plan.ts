import type { DeepReadonly } from '../match/types.js';
import type { Dataset, LearningQuestion } from '../schema/index.js';
import { STEP_QUESTIONS } from './questions.js';
import type { QuestionSpec } from './questions.js';
import { SUGGESTERS } from './suggest.js';
import type { PlanContext, PlanMatch } from './suggest.js';
import { STEP_IDS } from './types.js';
import type { Step, StepAnswer, StepAnswers, StepPlan, StepQuestion } from './types.js';

export interface StepPlanOptions {
  /** Suggests agenda items, networks to build on and what the groups' learning needs prefer. */
  readonly dataset?: Dataset;
  /** The matcher's result for the question: its agenda ranking and the networks behind its offerings. */
  readonly match?: PlanMatch;
  /**
   * Answers given in the plan itself; they take precedence over the learning question. An empty
   * answer (`''`, `[]`) is no answer, and it clears what the learning question said.
   */
  readonly answers?: StepAnswers;
}

/** The learning question a plan starts from; read-only input (`as const`) is fine, it is never changed. */
export type StepPlanQuestion = DeepReadonly<Partial<LearningQuestion>>;

/**
 * The report's step plan for organising a new learning network where nothing fits yet
 * (section 4.2, function 2), as data: five steps of questions with ids (which are also their
 * message keys), answers filled in from what the person already said, suggestions with reasons,
 * and how complete it is. `messages/` puts it into words.
 *
 * @example
 * const plan = stepPlan({ what: 'Hoe herstellen we vertrouwen?', scale: ['local'] }, { dataset });
 * plan.steps[0].questions[0]; // { id: 'goal.question', kind: 'text', value: 'Hoe herstellen we vertrouwen?', from: 'what', … }
 * plan.open; // ['goal.result', 'goal.themes', …]
 */
export function stepPlan(question: StepPlanQuestion = {}, options: StepPlanOptions = {}): StepPlan {
  const answers = options.answers ?? {};
  const context: PlanContext = {
    ...(options.dataset === undefined ? {} : { dataset: options.dataset }),
    ...(options.match === undefined ? {} : { match: options.match }),
    themes: list(answers['goal.themes'] ?? question.themes),
    groups: list(answers['how.target-groups'] ?? question.targetGroup),
    learningForms: list(answers['how.learning-forms'] ?? question.learningForms),
  };
  const steps: Step[] = STEP_IDS.map((id) => {
    const questions = STEP_QUESTIONS[id].map((spec) => ask(id, spec, question, answers, context));
    return { id, questions, completeness: share(questions) };
  });
  const all = steps.flatMap((step) => step.questions);
  return {
    steps,
    completeness: share(all),
    open: all.filter((q) => q.required && !q.answered).map((q) => q.id),
  };
}

function ask(
  step: Step['id'],
  spec: QuestionSpec,
  question: StepPlanQuestion,
  answers: StepAnswers,
  context: PlanContext,
): StepQuestion {
  // An answer given in the plan, even an empty one (the person cleared it), replaces the question's.
  const answeredHere = answers[spec.id] !== undefined;
  const given = answerOf(spec, answers[spec.id]);
  const known = !answeredHere && spec.from !== undefined ? answerOf(spec, question[spec.from]) : undefined;
  const value = given ?? known;
  const options = spec.options?.(context.dataset) ?? [];
  const chosen = new Set(list(value));
  const suggestions = (SUGGESTERS[spec.id]?.(context) ?? []).filter((s) => !chosen.has(s.id));
  return {
    id: spec.id,
    step,
    kind: spec.kind,
    ...(spec.optionKind === undefined ? {} : { optionKind: spec.optionKind, options }),
    ...(value === undefined ? {} : { value }),
    ...(known === undefined ? {} : { from: spec.from }),
    suggestions,
    required: !spec.optional && (spec.kind === 'text' || options.length > 0),
    answered: value !== undefined,
  };
}

/** An answer in the shape the question asks for; empty answers are no answers. */
function answerOf(spec: QuestionSpec, raw: unknown): StepAnswer | undefined {
  if (raw === undefined) return undefined;
  if (spec.kind === 'multi-choice') {
    const values = list(raw);
    return values.length === 0 ? undefined : values;
  }
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function list(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : [raw];
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
}

/** Answered required questions, as a fraction; 1 when none are required. */
function share(questions: readonly StepQuestion[]): number {
  const required = questions.filter((q) => q.required);
  return required.length === 0 ? 1 : required.filter((q) => q.answered).length / required.length;
}
