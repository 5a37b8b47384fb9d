import { css } from 'lit';

export const offeringFormStyles = css`
  .ofm {
    container: ln-offering-form / inline-size;
    overflow-wrap: anywhere;
  }
  .ofm-title {
    margin: 0 0 0.5em;
    font-size: 1.5em;
    line-height: 1.25;
  }
  .ofm-section > :is(h1, h2, h3, h4, h5, h6),
  .ofm-review > :is(h1, h2, h3, h4, h5, h6),
  .ofm-sent > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.75em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .ofm-review > :is(h1, h2, h3, h4, h5, h6):not(:first-child),
  .ofm-preview > :is(h1, h2, h3, h4, h5, h6) {
    margin: 1.25em 0 0.5em;
    font-size: 1.0625em;
    line-height: 1.3;
  }
  .ofm form {
    max-inline-size: 48em;
  }
  .ofm-section {
    margin-block: 0 1.5em;
    padding-block-start: 1em;
    border-block-start: 0.0625em solid var(--_border-color);
  }
  .ofm-marker {
    font-weight: normal;
  }
  .field .hint,
  .field .field-error,
  .ofm-group > .hint,
  .ofm-group > .field-error {
    margin: 0;
  }
  .ofm-group {
    margin-block: 0 1.5em;
  }
  .ofm-group.field--invalid {
    border-inline-start: 0.25em solid var(--_error-color);
    padding-inline-start: 0.75em;
  }
  .ofm-subgroup {
    margin-block: 0.75em 0.5em;
  }
  .ofm-subgroup legend {
    font-weight: normal;
    font-style: italic;
  }
  .ofm-options {
    display: grid;
    gap: 0.125em;
    margin-block-start: 0.25em;
  }
  .ofm-option {
    display: flex;
    flex-direction: column;
  }
  .ofm-option .hint {
    font-size: 0.875em;
  }
  .ofm-draft {
    margin-block: 1em;
    padding: 0.75em 1em;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .ofm-draft .hint {
    margin: 0 0 0 1.75em;
  }
  .ofm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em;
  }
  .ofm-preview {
    margin-block-end: 1em;
    padding: 1em;
    border: 0.125em dashed var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .ofm-preview > :is(h1, h2, h3, h4, h5, h6) {
    margin-block-start: 0;
  }
  .ofm-summary {
    margin: 0 0 1em;
  }
  .ofm-summary__row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em 1em;
    padding-block: 0.625em;
    border-block-end: 0.0625em solid var(--_border-color);
  }
  @container ln-offering-form (min-width: 40em) {
    .ofm-summary__row {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    }
  }
  .ofm-summary dt {
    font-weight: 600;
  }
  .ofm-summary dd {
    margin: 0;
    white-space: pre-line;
  }
  .ofm-sending:empty {
    display: none;
  }
  @media (forced-colors: active) {
    .ofm-draft,
    .ofm-preview {
      border: 0.0625em solid CanvasText;
    }
    .ofm-group.field--invalid {
      border-color: CanvasText;
    }
  }
`;
