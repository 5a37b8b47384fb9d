/**
 * The shared styles every widget uses (`tokens`), in one place, with a live indicator of the
 * `forced-colors` media feature: switch on the emulation in DevTools and look here first.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';
import { state } from 'lit/decorators.js';
import { expect } from 'storybook/test';
import { tokens } from '../packages/elements/src/shared/tokens.styles.js';

const FORCED = '(forced-colors: active)';

class StoryForcedColorsSample extends LitElement {
  static override styles = [
    tokens,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75em;
        align-items: center;
        margin-block: 0 1em;
      }
      .indicator {
        font-weight: 600;
      }
    `,
  ];

  @state() private forced = matchMedia(FORCED).matches;
  readonly #query = matchMedia(FORCED);
  readonly #onChange = () => (this.forced = this.#query.matches);

  override connectedCallback(): void {
    super.connectedCallback();
    this.#query.addEventListener('change', this.#onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#query.removeEventListener('change', this.#onChange);
  }

  protected override render() {
    return html`<div part="base">
      <p class="indicator" data-testid="indicator">
        forced-colors: ${this.forced ? 'active' : 'none'}
        ${this.forced ? '' : '— turn on the emulation (see the page above) to check the styles below'}
      </p>
      <div class="row">
        <button type="button" class="button">Zoeken</button>
        <button type="button" class="button button--secondary">Filters wissen</button>
        <button type="button" class="button button--link">Meer tonen</button>
        <button type="button" class="button" disabled>Niet beschikbaar</button>
      </div>
      <div class="field field--invalid">
        <label class="label" for="question">Uw leervraag</label>
        <span class="field-error" id="question-error">Fout: vul uw leervraag in.</span>
        <input class="input" id="question" aria-invalid="true" aria-describedby="question-error" />
      </div>
      <div class="choice"><input type="checkbox" id="peers" checked /><label for="peers">Met vakgenoten</label></div>
      <div class="alert" role="alert"><p>De gegevens konden niet worden geladen.</p></div>
      <p class="status status--success">Verstuurd. Dank u wel.</p>
      <p class="notice"><span class="spinner" aria-hidden="true"></span> Gegevens worden geladen…</p>
      <p><a href="#top">Een link</a></p>
    </div>`;
  }
}
if (!customElements.get('story-forced-colors-sample')) {
  customElements.define('story-forced-colors-sample', StoryForcedColorsSample);
}

const meta = {
  title: 'Leernetwerk kit/Forced colours',
  tags: ['!autodocs'],
  parameters: { leernetwerk: { forcedColors: 'checked' } },
} satisfies Meta;
export default meta;

/** Buttons, fields, alerts and the focus ring from the shared `tokens` styles. */
export const SharedStyles: StoryObj = {
  render: () => html`<story-forced-colors-sample></story-forced-colors-sample>`,
  play: async ({ canvasElement }) => {
    const sample = canvasElement.querySelector('story-forced-colors-sample') as StoryForcedColorsSample;
    await sample.updateComplete;
    const indicator = sample.shadowRoot!.querySelector('[data-testid=indicator]')!;
    await expect(indicator.textContent).toContain(matchMedia(FORCED).matches ? 'active' : 'none');
  },
};
