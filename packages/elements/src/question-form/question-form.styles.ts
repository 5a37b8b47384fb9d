import { css } from 'lit';

export const questionFormStyles = css`
  :host {
    container-type: inline-size;
  }
  .qf {
    overflow-wrap: anywhere;
  }
  .qf-title {
    margin: 0 0 0.5em;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .qf-heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .qf-subheading {
    margin: 1em 0 0.5em;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .qf-layout {
    display: grid;
    gap: 1.5em;
  }
  @container (min-width: 56em) {
    .qf-layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .qf-results {
      position: sticky;
      top: 1em;
    }
  }
  .qf-section {
    margin-block: 0 1.5em;
    padding-block-start: 1em;
    border-block-start: 0.0625em solid var(--_border-color);
  }
  .qf-section:first-child {
    padding-block-start: 0;
    border-block-start: 0;
  }
  .qf-required {
    font-weight: normal;
  }
  .qf-group .hint {
    margin: 0;
  }
  .qf-options {
    display: grid;
    gap: 0.125em;
  }
  .qf-option-text {
    display: flex;
    flex-direction: column;
  }
  .qf-option-hint {
    font-size: 0.875em;
  }
  .field .hint,
  .field .field-error {
    margin: 0;
  }
  .qf-draft {
    margin-block: 1em;
    padding: 0.75em 1em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .qf-draft .hint {
    margin: 0 0 0 1.75em;
  }
  .qf-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em;
  }
  .qf-results {
    padding: 1em;
    border: 0.0625em solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .qf-list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.75em;
  }
  .qf-result {
    padding: 0.75em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .qf-result p {
    margin: 0 0 0.25em;
  }
  .qf-result__title {
    font-weight: 600;
  }
  .qf-result__title--quote::before {
    content: '“';
  }
  .qf-result__title--quote::after {
    content: '”';
  }
  .qf-result__meta,
  .qf-count,
  .qf-why {
    color: var(--_muted-color);
    font-size: 0.9375em;
  }
  .qf-count {
    font-weight: normal;
  }
  .qf-reasons {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .qf-offer {
    margin-block: 1em 0;
  }
  .qf-offer .qf-subheading {
    margin-top: 0;
  }
  .qf-plan {
    margin-block: 1.5em;
    padding-block-start: 1em;
    border-block-start: 0.1875em solid var(--_primary-bg);
  }
  .qf-include {
    margin-block: 1em;
  }
  .qf-summary {
    margin: 0 0 1em;
  }
  .qf-summary__row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em 1em;
    padding-block: 0.625em;
    border-block-end: 0.0625em solid var(--_border-color);
  }
  @container (min-width: 40em) {
    .qf-summary__row {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    }
  }
  .qf-summary dt {
    font-weight: 600;
  }
  .qf-summary dd {
    margin: 0;
  }
  .qf-summary__value {
    white-space: pre-line;
  }
  .qf-sending:empty {
    display: none;
  }
  .qf-sent .qf-heading:focus,
  .qf-review .qf-heading:focus {
    outline-offset: 0.25em;
  }
  @media (forced-colors: active) {
    .qf-results,
    .qf-result,
    .qf-draft {
      border: 0.0625em solid CanvasText;
    }
    .qf-plan {
      border-color: CanvasText;
    }
  }
`;
