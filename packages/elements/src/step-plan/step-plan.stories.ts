import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMatcher, stepPlan, type LearningQuestion } from '@leernetwerk/sdk';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { datasets } from '../../../../.storybook/helpers.js';
import './ln-step-plan.js';

interface StepPlanArgs {
  question: Partial<LearningQuestion>;
}

const dataset = datasets.default;
const matcher = createMatcher(dataset);
const QUESTION: Partial<LearningQuestion> = {
  what: 'Hoe versterken we samen met bewoners de sociale basis in onze wijk?',
  targetGroup: 'professional',
  scale: ['local'],
  learningForms: ['intervisie'],
};

const meta = {
  title: 'Elements/ln-step-plan',
  component: 'ln-step-plan',
  args: { question: QUESTION },
  render: ({ question }) =>
    html`<ln-step-plan .plan=${stepPlan(question, { dataset, match: matcher.match(question) })} .data=${dataset}></ln-step-plan>`,
  parameters: {
    docs: {
      description: {
        component:
          '`<ln-question-form>` shows this plan when nothing fits a question well; a host can also show it on its own ' +
          'with a plan from the SDK (`stepPlan(question, { dataset, match })`).',
      },
    },
  },
} satisfies Meta<StepPlanArgs>;
export default meta;
type Story = StoryObj<StepPlanArgs>;

const steps = (canvasElement: HTMLElement) =>
  canvasElement.querySelector('ln-step-plan')?.shadowRoot?.querySelectorAll('ol.sp-steps > li') ?? [];

/** Pre-filled from a question: answers, open questions, networks to build on. */
export const Default: Story = {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(steps(canvasElement).length).toBe(5));
    await expect(steps(canvasElement)[0]?.textContent).toContain('Leervraag en leerdoel');
  },
};

export const English: Story = {
  globals: { lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(steps(canvasElement).length).toBe(5));
    await expect(steps(canvasElement)[0]?.textContent).toContain('Learning question and goal');
  },
};

/** Only the question text: almost everything is still open. */
export const AlmostEmpty: Story = {
  args: { question: { what: 'Hoe beginnen we een leernetwerk over dakgoten?' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(steps(canvasElement).length).toBe(5));
  },
};
