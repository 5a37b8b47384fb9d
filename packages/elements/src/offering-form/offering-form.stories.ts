import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import {
  LONG_DUTCH,
  actionUrls,
  clickIn,
  type DataArgs,
  dataArgTypes,
  formDataPlays,
  inProvider,
  stateStory,
  storyText,
  widgetIn,
} from '../../../../.storybook/helpers.js';
import './ln-offering-form.js';
import type { OfferingDraft } from './offering-form.draft.js';

interface OfferingFormArgs extends DataArgs {
  /** Draft storage key: each story keeps its own draft. */
  id: string;
  offering?: OfferingDraft;
  action?: string;
  mailto?: string;
}

/** A made-up offering that passes every check, to show the review and sending. */
const COMPLETE: OfferingDraft = {
  titleNl: 'Buurtkring vertrouwen Voorbeeldstad',
  provider: 'Gemeente Voorbeeldstad (verzonnen voorbeeld)',
  descriptionNl: 'Verzonnen voorbeeld. Bewoners, wijkagenten en de gemeente leren samen hoe ze het vertrouwen in de wijk herstellen.',
  themes: ['safety', 'participation'],
  targetGroups: ['resident', 'professional', 'policymaker'],
  agendaItems: ['priority-5'],
  learningForms: ['learning-circle'],
  duration: 'long-running',
  direction: ['vertical'],
  domainScope: ['cross-domain'],
  scale: ['local'],
  region: 'Voorbeeldstad',
};

/** The story's form, after the data and every element rendered. */
const formIn = (canvasElement: HTMLElement) => widgetIn(canvasElement, 'ln-offering-form');
const plays = formDataPlays('ln-offering-form');

const meta = {
  title: 'Elements/ln-offering-form',
  component: 'ln-offering-form',
  argTypes: {
    ...dataArgTypes,
    action: { options: [undefined, ...Object.values(actionUrls)], control: 'select' },
  },
  args: { id: 'story-offering-form' },
  render: (args) =>
    inProvider(
      args,
      html`<ln-offering-form
        id=${args.id}
        action=${ifDefined(args.action)}
        mailto=${ifDefined(args.mailto)}
        .offering=${args.offering}
        .delivery=${{ retries: 1, backoff: 200 }}
      ></ln-offering-form>`,
    ),
} satisfies Meta<OfferingFormArgs>;
export default meta;
type Story = StoryObj<OfferingFormArgs>;

/** Ready to fill in: every field with a plain explanation; learning forms explained by the dataset. */
export const Default: Story = stateStory<OfferingFormArgs>('default', {
  args: { id: 'story-ofm-default' },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const root = (await formIn(canvasElement)).shadowRoot!;
    await expect(root.querySelector('#ofm-title-nl')?.getAttribute('aria-required')).toBe('true');
    await expect(storyText(root.querySelector('#ofm-direction'))).toContain('Over de lagen heen');
  },
});

export const Loading: Story = stateStory<OfferingFormArgs>('loading', {
  args: { id: 'story-ofm-loading' },
  play: plays.loading,
});

export const LoadError: Story = stateStory<OfferingFormArgs>('load-error', {
  args: { id: 'story-ofm-load-error' },
  play: plays.loadError,
});

export const InvalidData: Story = stateStory<OfferingFormArgs>('invalid-data', {
  args: { id: 'story-ofm-invalid' },
  play: async ({ canvasElement }) => {
    const root = (await formIn(canvasElement)).shadowRoot!;
    await expect(storyText(root.querySelector('[part~=data-notice]'))).toContain('overgeslagen');
    await expect(root.querySelector('form')).not.toBeNull();
  },
});

/** An empty catalogue (no agenda, offerings or networks): the form still works, without those choices. */
export const EmptyResult: Story = stateStory<OfferingFormArgs>('empty-result', {
  args: { id: 'story-ofm-empty' },
  play: async ({ canvasElement }) => {
    const root = (await formIn(canvasElement)).shadowRoot!;
    await expect(root.querySelector('#ofm-agenda-items')).toBeNull();
    await expect(root.querySelectorAll('#ofm-network option').length).toBe(1);
  },
});

export const LongDutchText: Story = stateStory<OfferingFormArgs>('long-dutch-text', {
  args: { id: 'story-ofm-long', offering: { ...COMPLETE, titleNl: LONG_DUTCH.title, descriptionNl: LONG_DUTCH.question } },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await clickIn(el, 'button[type=submit]');
    const card = el.shadowRoot!.querySelector('[part~=preview] .card')!;
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth + 1);
  },
});

export const English: Story = stateStory<OfferingFormArgs>('english', {
  args: { id: 'story-ofm-english' },
  play: async ({ canvasElement }) => {
    const root = (await formIn(canvasElement)).shadowRoot!;
    await expect(storyText(root.querySelector('h2'))).toBe('Add a learning offering');
  },
});

export const MunicipalTheme: Story = stateStory<OfferingFormArgs>('municipal-theme', {
  args: { id: 'story-ofm-municipal' },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    await formIn(canvasElement);
  },
});

/** Checked while empty: error summary on top with links to the fields, inline errors. */
export const Errors: Story = {
  args: { id: 'story-ofm-errors', offering: { url: 'www.voorbeeld.nl' } },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await clickIn(el, 'button[type=submit]');
    const summary = el.shadowRoot!.querySelector('#ofm-errors');
    await expect(storyText(summary)).toContain('Vul de naam van het leeraanbod in.');
    await expect(storyText(summary)).toContain('https://');
    await expect(el.shadowRoot!.activeElement).toBe(summary);
  },
};

/** The review: a preview as the finder will show it, and every answer with a "change" button. */
export const Review: Story = {
  args: { id: 'story-ofm-review', offering: COMPLETE },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await clickIn(el, 'button[type=submit]');
    await expect(el.shadowRoot!.activeElement?.id).toBe('ofm-review-heading');
    await expect(storyText(el.shadowRoot!.querySelector('[part~=preview] .card__title'))).toBe(COMPLETE.titleNl!);
    await expect(storyText(el.shadowRoot!.querySelector('.ofm-summary'))).toContain('buurtkring-vertrouwen-voorbeeldstad');
  },
};

/** Sent to the host's `action`: the confirmation heading takes focus. */
export const Sent: Story = {
  args: { id: 'story-ofm-sent', offering: COMPLETE, action: actionUrls.ok },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await clickIn(el, 'button[type=submit]');
    await clickIn(el, '#ofm-send');
    await waitFor(() => expect(el.shadowRoot!.querySelector('#ofm-sent-heading')).not.toBeNull());
  },
};

/** The server refuses (422): everything stays, an alert says what happened, and the person can try again. */
export const SendFailure: Story = {
  args: { id: 'story-ofm-failure', offering: COMPLETE, action: actionUrls.rejected },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await clickIn(el, 'button[type=submit]');
    await clickIn(el, '#ofm-send');
    await waitFor(() => expect(storyText(el.shadowRoot!.querySelector('[role=alert]'))).toContain('(422)'));
    await expect(storyText(el.shadowRoot!.querySelector('#ofm-send'))).toBe('Probeer opnieuw te versturen');
  },
};

/** With `mailto` and no `action`: a link the person opens in their own e-mail program. */
export const Mailto: Story = {
  args: { id: 'story-ofm-mailto', offering: COMPLETE, mailto: 'leeraanbod@voorbeeldstad.nl' },
  play: async ({ canvasElement }) => {
    const el = await formIn(canvasElement);
    await clickIn(el, 'button[type=submit]');
    await clickIn(el, '#ofm-send');
    await waitFor(() => expect(el.shadowRoot!.querySelector('.ofm-sent a[href^="mailto:"]')).not.toBeNull());
  },
};
