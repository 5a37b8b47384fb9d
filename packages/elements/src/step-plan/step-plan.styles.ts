import { css } from 'lit';

export const stepPlanStyles = css`
  .sp-title {
    margin: 0 0 0.5em;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
  .sp-progress {
    font-weight: 600;
  }
  .sp-steps {
    margin: 0 0 1em;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  .sp-step details {
    border: 0.0625em solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .sp-step summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    align-items: baseline;
    padding: 0.75em 1em;
    cursor: pointer;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .sp-step__progress {
    color: var(--_muted-color);
    font-weight: normal;
  }
  .sp-step__body {
    padding: 0 1em 1em;
    background: var(--_background);
    border-block-start: 0.0625em solid var(--_border-color);
  }
  .sp-questions {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sp-question {
    padding-block: 0.75em;
    border-block-end: 0.0625em solid var(--_border-color);
    overflow-wrap: anywhere;
  }
  .sp-question:last-child {
    border-block-end: 0;
  }
  .sp-question p {
    margin: 0 0 0.25em;
  }
  .sp-question__label {
    font-weight: 600;
  }
  .sp-answer {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_success-color);
  }
  .sp-open {
    padding-inline-start: 0.75em;
    border-inline-start: 0.25em solid var(--_info-color);
    font-style: italic;
  }
  .sp-badge,
  .sp-suggestion__reasons {
    color: var(--_muted-color);
  }
  .sp-suggestions {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .sp-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 1em;
  }
  .sp-text {
    min-height: 12em;
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .sp-step details,
    .sp-step__body {
      border-color: CanvasText;
    }
    .sp-answer,
    .sp-open {
      border-color: CanvasText;
    }
  }
`;
