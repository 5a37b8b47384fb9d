import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMatcher, type LearningQuestion, type StepAnswers } from '@leernetwerk/sdk';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { LONG_DUTCH, allUpdated, datasets } from '../../../../.storybook/helpers.js';
import './ln-step-plan.js';
import type { LnStepPlan } from './step-plan.js';

interface StepPlanArgs {
  question: Partial<LearningQuestion>;
  answers?: StepAnswers;
}

const dataset = datasets.default;
const matcher = createMatcher(dataset);
const QUESTION: Partial<LearningQuestion> = {
  what: 'Hoe versterken we samen met bewoners de sociale basis in onze wijk?',
  targetGroup: 'professional',
  scale: ['local'],
  learningForms: ['intervisie'],
};
const ANSWERS: StepAnswers = {
  'goal.result': 'Een gedeelde aanpak van bewoners en professionals die na twee jaar zelf verder kan.',
  'who-what.support': 'self-organised',
  'who-what.partners': ['municipality', 'care-welfare', 'resident-initiative'],
  'who-what.time': 'Een dagdeel per maand voor de deelnemers.',
  'results.sharing': 'Een verslag per bijeenkomst op WijkWijzer.',
};

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The story's plan, rendered. */
async function planIn(canvasElement: HTMLElement): Promise<LnStepPlan> {
  const el = canvasElement.querySelector('ln-step-plan');
  if (!el) throw new Error('step-plan story: no <ln-step-plan>');
  await allUpdated(canvasElement);
  return el;
}

const heading = (el: LnStepPlan) => text(el.shadowRoot!.querySelector('#sp-step-heading'));

/** Clicks a step in the step indicator (0-based; 5 is the overview). */
async function showStep(el: LnStepPlan, index: number): Promise<void> {
  el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.sp-indicator__button')[index]!.click();
  await allUpdated(el.parentElement!);
}

const meta = {
  title: 'Elements/ln-step-plan',
  component: 'ln-step-plan',
  args: { question: QUESTION },
  render: ({ question, answers }) =>
    html`<ln-step-plan .question=${question} .data=${dataset} .match=${matcher.match(question)} .answers=${answers}></ln-step-plan>`,
  parameters: {
    docs: {
      description: {
        component:
          '`<ln-question-form>` offers this plan when nothing fits a question well and keeps its answers in the ' +
          "question's draft. A host can also show it on its own: set `question`, `data` (the dataset) and `match` " +
          '(`matcher.match(question)`), and keep the answers from `ln-step-plan-change`.',
      },
    },
  },
} satisfies Meta<StepPlanArgs>;
export default meta;
type Story = StoryObj<StepPlanArgs>;

/** The first step, pre-filled from the learning question. */
export const Default: Story = {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await waitFor(() => expect(heading(el)).toBe('Stap 1 van 5: Leervraag en leerdoel'));
    await expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#sp-goal-question')?.value).toBe(QUESTION.what);
    await expect(el.shadowRoot!.querySelector('[aria-current="step"]')).not.toBeNull();
  },
};

/** Step 2: existing networks to build on, each with a "use this" button. */
export const Suggestions: Story = {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await showStep(el, 1);
    await waitFor(() => expect(heading(el)).toContain('Stap 2 van 5'));
    const block = el.shadowRoot!.querySelector('#sp-who-what-networks .sp-suggestions');
    await expect(text(block)).toContain('Bestaande netwerken om bij aan te sluiten');
    await expect(block?.querySelector('button')).not.toBeNull();
  },
};

/** The overview after the last step, with answers given in the plan, to copy or download. */
export const Overview: Story = {
  args: { answers: ANSWERS },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await showStep(el, 5);
    await waitFor(() => expect(heading(el)).toBe('Overzicht van uw stappenplan'));
    await expect(text(el.shadowRoot!.querySelector('.sp-overview'))).toContain(ANSWERS['goal.result'] as string);
    await expect(el.shadowRoot!.querySelectorAll('[part="actions"] button').length).toBe(2);
  },
};

/** Only the question text: almost everything is still open. */
export const AlmostEmpty: Story = {
  args: { question: { what: 'Hoe beginnen we een leernetwerk over dakgoten?' } },
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await waitFor(() => expect(text(el.shadowRoot!.querySelector('.sp-progress__text'))).toContain('open vragen'));
  },
};

/** A long question and long answers: words wrap, nothing overflows. */
export const LongDutchText: Story = {
  args: {
    question: { ...QUESTION, what: LONG_DUTCH.question },
    answers: { 'goal.result': LONG_DUTCH.question, 'results.roles': LONG_DUTCH.compound },
  },
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#sp-goal-result')?.value).toBe(LONG_DUTCH.question));
  },
};

export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await waitFor(() => expect(heading(el)).toBe('Step 1 of 5: Learning question and goal'));
    await showStep(el, 5);
    await waitFor(() => expect(heading(el)).toBe('Overview of your step plan'));
  },
};

export const MunicipalTheme: Story = {
  globals: { theme: 'municipal' },
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await showStep(el, 2);
    await waitFor(() => expect(heading(el)).toContain('Stap 3 van 5'));
  },
};
