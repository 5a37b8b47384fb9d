import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { exampleSharedQuestions } from '@leernetwerk/data';
import {
  LONG_DUTCH,
  actionUrls,
  allUpdated,
  clickIn,
  type DataArgs,
  dataArgTypes,
  formDataPlays,
  inProvider,
  stateStory,
  storyText,
  widgetIn,
} from '../../../../.storybook/helpers.js';
import './ln-question-form.js';
import type { LnQuestionForm } from './question-form.js';

interface QuestionFormArgs extends DataArgs {
  /** Draft storage key: each story keeps its own draft. */
  id: string;
  /** Prefill of the question text. */
  what?: string;
  action?: string;
  mailto?: string;
  stepPlan?: 'auto' | 'always' | 'never';
  topic?: string;
  /** Load the illustrative example questions as the pool of others' questions (opt-in, as on the demo). */
  exampleQuestions?: boolean;
}

const TRUST = 'Hoe krijgen we bewoners weer vertrouwen in de gemeente?';
const NOTHING = 'Welke kleur geven we de dakgoten van het stadhuis?';

/** The story's form, after the data and every element rendered. */
const formIn = (canvasElement: HTMLElement) => widgetIn(canvasElement, 'ln-question-form');
const plays = formDataPlays('ln-question-form');

/** Waits until the (prefilled) question was matched and shown. */
async function matched(el: LnQuestionForm): Promise<ShadowRoot> {
  await waitFor(() => expect(el.form.state.result).toBeDefined());
  await allUpdated(el.parentElement!);
  return el.shadowRoot!;
}

const meta = {
  title: 'Elements/ln-question-form',
  component: 'ln-question-form',
  argTypes: {
    ...dataArgTypes,
    stepPlan: { control: 'inline-radio', options: ['auto', 'always', 'never'] },
    action: { options: [undefined, ...Object.values(actionUrls)], control: 'select' },
  },
  args: { id: 'story-question-form' },
  render: (args) =>
    inProvider(
      args,
      html`<ln-question-form
        id=${args.id}
        action=${ifDefined(args.action)}
        mailto=${ifDefined(args.mailto)}
        step-plan=${ifDefined(args.stepPlan)}
        topic=${ifDefined(args.topic)}
        .question=${args.what ? { what: args.what } : undefined}
        .questions=${args.exampleQuestions ? exampleSharedQuestions : undefined}
        .delivery=${{ retries: 1, backoff: 200 }}
      ></ln-question-form>`,
    ),
} satisfies Meta<QuestionFormArgs>;
export default meta;
type Story = StoryObj<QuestionFormArgs>;

/** Ready to type: every field with its plain-language hint. */
export const Default: Story = stateStory<QuestionFormArgs>('default', {
  args: { id: 'story-qf-default' },
  play: async ({ canvasElement }) => {
    const root = (await formIn(canvasElement)).shadowRoot!;
    await expect(root.querySelector('#qf-what')?.getAttribute('aria-required')).toBe('true');
    await expect(storyText(root.querySelector('.qf-results'))).toContain('Begin met typen');
  },
});

export const Loading: Story = stateStory<QuestionFormArgs>('loading', {
  args: { id: 'story-qf-loading' },
  play: plays.loading,
});

export const LoadError: Story = stateStory<QuestionFormArgs>('load-error', {
  args: { id: 'story-qf-load-error' },
  play: plays.loadError,
});

export const InvalidData: Story = stateStory<QuestionFormArgs>('invalid-data', {
  args: { id: 'story-qf-invalid', what: TRUST },
  play: async ({ canvasElement }) => {
    const root = await matched(await formIn(canvasElement));
    await expect(storyText(root.querySelector('[part~=data-notice]'))).toContain('overgeslagen');
    await expect(root.querySelectorAll('.qf-result').length).toBeGreaterThan(0);
  },
});

/** An empty catalogue: nothing fits, so the step plan for a new learning network is offered. */
export const EmptyResult: Story = stateStory<QuestionFormArgs>('empty-result', {
  args: { id: 'story-qf-empty', what: TRUST },
  play: async ({ canvasElement }) => {
    const root = await matched(await formIn(canvasElement));
    await expect(storyText(root.querySelector('.qf-results'))).toContain('Er is nog niets gevonden');
    await expect(storyText(root.querySelector('.qf-offer'))).toContain('Niets dat goed past?');
  },
});

export const LongDutchText: Story = stateStory<QuestionFormArgs>('long-dutch-text', {
  args: { id: 'story-qf-long', what: LONG_DUTCH.question },
  play: async ({ canvasElement }) => {
    const root = await matched(await formIn(canvasElement));
    await expect(root.querySelectorAll('.qf-result').length).toBeGreaterThan(0);
  },
});

export const English: Story = stateStory<QuestionFormArgs>('english', {
  args: { id: 'story-qf-english', what: TRUST },
  play: async ({ canvasElement }) => {
    const root = await matched(await formIn(canvasElement));
    await expect(storyText(root.querySelector('h2'))).toBe('Ask your learning question');
    await expect(storyText(root.querySelector('.qf-reasons'))).toContain('matches');
  },
});

export const MunicipalTheme: Story = stateStory<QuestionFormArgs>('municipal-theme', {
  args: { id: 'story-qf-municipal', what: TRUST },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    await matched(await formIn(canvasElement));
  },
});

/** While typing: linked agenda items, similar questions of others and offerings, each with reasons. */
export const WithResults: Story = {
  args: { id: 'story-qf-results', what: TRUST, exampleQuestions: true },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const root = await matched(await formIn(canvasElement));
    await expect(storyText(root.querySelector('[aria-labelledby=qf-r-agenda] li'))).toContain('vertrouwen');
    await expect(root.querySelector('[aria-labelledby=qf-r-similar]')).not.toBeNull();
    await expect(root.querySelector('[aria-labelledby=qf-r-offerings]')).not.toBeNull();
  },
};

/** Checked without a question: error summary on top, links to the fields, inline errors. */
export const Errors: Story = {
  args: { id: 'story-qf-errors' },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await clickIn(el, 'button[type=submit]');
    const summary = el.shadowRoot!.querySelector('#qf-errors');
    await expect(storyText(summary)).toContain('Vul uw leervraag in.');
    await expect(el.shadowRoot!.activeElement).toBe(summary);
  },
};

/** A deep link from the agenda browser (`topic` or `?ln-vraag-over=priority-5`): its themes are ticked. */
export const AboutAnAgendaItem: Story = {
  args: { id: 'story-qf-topic', topic: 'priority-5' },
  play: async ({ canvasElement }) => {
    const root = (await formIn(canvasElement)).shadowRoot!;
    await expect(storyText(root.querySelector('.notice'))).toContain('Uw vraag gaat over');
    await expect(root.querySelectorAll('#qf-themes input:checked').length).toBe(2);
  },
};

/** The review step: every answer with a "change" link. */
export const Review: Story = {
  args: { id: 'story-qf-review', what: TRUST },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await matched(el);
    await clickIn(el, 'button[type=submit]');
    await expect(el.shadowRoot!.activeElement?.id).toBe('qf-review-heading');
    await expect(storyText(el.shadowRoot!.querySelector('.qf-summary'))).toContain(TRUST);
  },
};

/** Sent to the host's `action`: the confirmation heading takes focus. */
export const Sent: Story = {
  args: { id: 'story-qf-sent', what: TRUST, action: actionUrls.ok },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await matched(el);
    await clickIn(el, 'button[type=submit]');
    await clickIn(el, '#qf-send');
    await waitFor(() => expect(el.shadowRoot!.querySelector('#qf-sent-heading')).not.toBeNull());
    await expect(storyText(el.shadowRoot!.querySelector('#qf-sent-heading'))).toBe('Uw vraag is verstuurd');
  },
};

/** The server refuses (422): the answers stay, an alert says what happened, "try again" sends again. */
export const SendFailure: Story = {
  args: { id: 'story-qf-failure', what: TRUST, action: actionUrls.rejected },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await matched(el);
    await clickIn(el, 'button[type=submit]');
    await clickIn(el, '#qf-send');
    await waitFor(() => expect(storyText(el.shadowRoot!.querySelector('[role=alert]'))).toContain('(422)'));
    await expect(storyText(el.shadowRoot!.querySelector('#qf-send'))).toBe('Opnieuw proberen');
  },
};

/** With `mailto` and no `action`: a link the person opens in their own e-mail program. */
export const Mailto: Story = {
  args: { id: 'story-qf-mailto', what: TRUST, mailto: 'leervragen@voorbeeldstad.nl' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await matched(el);
    await clickIn(el, 'button[type=submit]');
    await clickIn(el, '#qf-send');
    await waitFor(() => expect(el.shadowRoot!.querySelector('.qf-sent a[href^="mailto:"]')).not.toBeNull());
  },
};

/** Nothing fits: the step plan for a new learning network, a step at a time, pre-filled from the answers. */
export const StepPlan: Story = {
  args: { id: 'story-qf-step-plan', what: NOTHING },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    const root = await matched(el);
    await expect(el.form.state.stepPlan.offered).toBe(true);
    await clickIn(el, '.qf-offer button');
    const plan = root.querySelector('ln-step-plan');
    await waitFor(() => expect(storyText(plan?.shadowRoot?.querySelector('#sp-step-heading'))).toBe('Stap 1 van 5: Leervraag en leerdoel'));
    await expect(plan!.shadowRoot!.querySelector<HTMLTextAreaElement>('#sp-goal-question')?.value).toBe(NOTHING);
  },
};
