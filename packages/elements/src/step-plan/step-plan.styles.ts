import { css } from 'lit';

export const stepPlanStyles = css`
  .sp-title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
  .sp-indicator__list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
  }
  .sp-indicator__button {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding: 0.375em 0.75em 0.375em 0.375em;
    border: 0.0625em solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_color);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .sp-indicator__button:hover {
    border-color: var(--_primary-bg);
  }
  .sp-indicator__number {
    display: inline-grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border: 0.125em solid var(--_primary-bg);
    border-radius: 50%;
    font-weight: 700;
    flex: none;
  }
  .sp-indicator__button[aria-current='step'] {
    border-width: 0.1875em;
    border-color: var(--_primary-bg);
    font-weight: 700;
  }
  .sp-indicator__button[aria-current='step'] .sp-indicator__number {
    background: var(--_primary-bg);
    color: var(--_primary-fg);
  }
  .sp-progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block: 0 1.5em;
  }
  .sp-progress__label {
    font-weight: 600;
  }
  .sp-progress progress {
    inline-size: min(100%, 16em);
    block-size: 0.75em;
    accent-color: var(--_primary-bg);
  }
  .sp-progress__text {
    flex-basis: 100%;
    margin: 0;
  }
  .sp-step,
  .sp-overview {
    padding: 1em 1.25em;
    border: 0.0625em solid var(--_border-color);
    border-radius: var(--_radius);
  }
  .sp-step__heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .sp-step__of {
    font-weight: normal;
  }
  .sp-question {
    overflow-wrap: anywhere;
  }
  .sp-question p {
    margin: 0;
  }
  .sp-from {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_success-color);
    font-size: 0.9375em;
  }
  .sp-options {
    display: grid;
    gap: 0.125em;
  }
  .sp-options--many {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    column-gap: 1.5em;
  }
  .sp-option {
    display: flex;
    flex-direction: column;
  }
  .sp-suggestions {
    margin-block: 0.5em;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_info-color);
    background: var(--_surface);
  }
  .sp-suggestions__title {
    font-weight: 600;
  }
  .sp-suggestions__list {
    display: grid;
    gap: 0.5em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .sp-suggestion {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  .sp-suggestion__text {
    display: flex;
    flex-direction: column;
    flex: 1 1 16em;
  }
  .sp-suggestion__label {
    font-weight: 600;
  }
  .sp-suggestion__reasons {
    color: var(--_muted-color);
    font-size: 0.9375em;
  }
  .sp-buttons,
  .sp-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em 0;
  }
  .sp-overview__steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sp-overview__step {
    padding-block: 0.75em;
    border-block-end: 0.0625em solid var(--_border-color);
  }
  .sp-overview__heading {
    font-size: 1.125em;
    font-weight: 700;
  }
  .sp-overview__answers {
    margin: 0.5em 0;
  }
  .sp-overview__row {
    display: grid;
    grid-template-columns: minmax(10em, 1fr) 2fr;
    gap: 0.25em 1em;
    padding-block: 0.25em;
    overflow-wrap: anywhere;
  }
  .sp-overview__row dt {
    font-weight: 600;
  }
  .sp-overview__row dd {
    margin: 0;
  }
  .sp-overview__open {
    color: var(--_muted-color);
    font-style: italic;
  }
  @media (max-width: 40em) {
    .sp-overview__row {
      grid-template-columns: 1fr;
    }
  }
  .sp-text {
    min-height: 12em;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .sp-indicator__button,
    .sp-step,
    .sp-overview,
    .sp-suggestions,
    .sp-from {
      border-color: CanvasText;
    }
    .sp-indicator__button[aria-current='step'] {
      border-color: Highlight;
    }
    .sp-indicator__button[aria-current='step'] .sp-indicator__number {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
