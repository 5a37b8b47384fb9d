/**
 * `<ln-take-part>` loads no data, so of the standard states it shows Default, LongDutchText,
 * English and MunicipalTheme; Loading, LoadError, InvalidData and EmptyResult do not apply (it
 * renders inside the agenda browser and offering finder, whose stories show those). The form
 * states follow: open, errors, sending, sent, failed, mailto.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { LONG_DUTCH, actionUrls, allUpdated, stateStory } from '../../../../.storybook/helpers.js';
import './ln-take-part.js';
import type { LnTakePart } from './take-part.js';

interface TakePartArgs {
  subjectType: 'agenda' | 'offering';
  subjectId: string;
  subjectTitle: string;
  action?: string;
  mailto?: string;
  privacyHref?: string;
  open?: boolean;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function takePartIn(canvasElement: HTMLElement): Promise<LnTakePart> {
  const el = canvasElement.querySelector('ln-take-part');
  if (!el) throw new Error('take-part story: no <ln-take-part>');
  await allUpdated(canvasElement);
  return el;
}

/** Fills the form as a person would (the drafts of earlier story runs are cleared first). */
async function fill(el: LnTakePart): Promise<void> {
  el.form.update('choice', 'join');
  el.form.update('email', 'anna@voorbeeldstad.nl');
  el.form.update('name', 'Anna de Vries');
  el.form.update('role', 'professional');
  el.form.update('consent', true);
  await el.updateComplete;
}

async function send(el: LnTakePart): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await el.updateComplete;
}

const meta = {
  title: 'Elements/ln-take-part',
  component: 'ln-take-part',
  argTypes: {
    subjectType: { control: 'inline-radio', options: ['agenda', 'offering'] },
    action: { options: [undefined, ...Object.values(actionUrls)], control: 'select' },
  },
  args: {
    subjectType: 'agenda',
    subjectId: 'priority-5',
    subjectTitle: 'Hoe herstellen we het vertrouwen van bewoners in instituties en creëren we verbinding in de wijk?',
    privacyHref: '#privacy',
  },
  beforeEach: () => sessionStorage.clear(),
  render: (args) => html`<ln-take-part
    subject-type=${args.subjectType}
    subject-id=${args.subjectId}
    subject-title=${args.subjectTitle}
    action=${ifDefined(args.action)}
    mailto=${ifDefined(args.mailto)}
    privacy-href=${ifDefined(args.privacyHref)}
    ?open=${args.open ?? false}
  ></ln-take-part>`,
} satisfies Meta<TakePartArgs>;
export default meta;
type Story = StoryObj<TakePartArgs>;

/** Closed: one button that says what it is about. */
export const Default: Story = stateStory<TakePartArgs>('default', {
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('[part=toggle]')?.getAttribute('aria-expanded')).toBe('false');
  },
});

export const LongDutchText: Story = stateStory<TakePartArgs>('long-dutch-text', {
  args: { subjectTitle: LONG_DUTCH.title, open: true },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await expect(text(el.shadowRoot!.querySelector('#ln-take-part-heading'))).toContain(LONG_DUTCH.compound);
    await expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
  },
});

export const English: Story = stateStory<TakePartArgs>('english', {
  args: { open: true },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await expect(text(el.shadowRoot!.querySelector('legend'))).toContain('What would you like?');
  },
});

export const MunicipalTheme: Story = stateStory<TakePartArgs>('municipal-theme', {
  args: { open: true },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
});

/** Open: the choice, e-mail (required), name and role (optional), and consent with what happens to the data. */
export const Open: Story = {
  args: { open: true },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await expect(el.shadowRoot!.querySelector('#ln-take-part-email')?.getAttribute('aria-required')).toBe('true');
  },
};

/** Sent without anything filled in: the error summary takes focus, its links lead to the fields. */
export const Errors: Story = {
  args: { open: true },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await send(el);
    await waitFor(() => expect(el.shadowRoot!.activeElement?.id).toBe('ln-take-part-errors'));
    await expect(el.shadowRoot!.querySelectorAll('.error-summary a').length).toBe(3);
  },
};

/** Waiting for the host's server. */
export const Sending: Story = {
  args: { open: true, action: actionUrls.pending },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await fill(el);
    await send(el);
    await expect(text(el.shadowRoot!.querySelector('.status'))).toContain('Bezig met versturen');
  },
};

export const Sent: Story = {
  args: { open: true, action: actionUrls.ok },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await fill(el);
    await send(el);
    await waitFor(() => expect(text(el.shadowRoot!.querySelector('[part=outcome]'))).toContain('Dank u wel'));
  },
};

/** The server refuses (422): everything typed is kept, with "try again" and "change". */
export const Failed: Story = {
  args: { open: true, action: actionUrls.rejected },
  parameters: { leernetwerk: { forcedColors: 'checked' } },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await fill(el);
    await send(el);
    await waitFor(() => expect(text(el.shadowRoot!.querySelector('[role=alert]'))).toContain('(422)'));
    await expect(el.form.state.values.email).toBe('anna@voorbeeldstad.nl');
  },
};

/** With `mailto`: a link the person opens in their own e-mail program. */
export const Mailto: Story = {
  args: { open: true, mailto: 'leernetwerk@voorbeeldstad.nl' },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await fill(el);
    await send(el);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part=outcome] a[href^="mailto:"]')).not.toBeNull());
  },
};

/** On a learning offering, as the offering finder shows it. */
export const OnAnOffering: Story = {
  args: { subjectType: 'offering', subjectId: 'lsa-bewoners', subjectTitle: 'LSA Bewoners', open: true },
  play: async ({ canvasElement }) => {
    const el = await takePartIn(canvasElement);
    await expect(text(el.shadowRoot!.querySelector('#ln-take-part-heading'))).toBe('Doe mee: LSA Bewoners');
  },
};
