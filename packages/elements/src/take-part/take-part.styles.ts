import { css } from 'lit';

export const takePartStyles = css`
  .take-part__panel {
    margin-block-start: 0.75em;
    padding: 1em 1.25em;
    border: 0.0625em solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_surface);
    max-inline-size: 44em;
  }
  .take-part__heading {
    margin: 0 0 0.25em;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .take-part__form .hint {
    display: block;
  }
  .take-part__form > .hint {
    margin-block: 0 1em;
  }
  .choice__hint {
    display: block;
  }
  .consent__hint {
    margin-block: 0.25em 0;
    padding-inline-start: 1.75em;
  }
  .required,
  .optional {
    font-weight: normal;
    color: var(--_muted-color);
  }
  .take-part__actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-block: 0.5em 0;
  }
  .take-part__actions [hidden] {
    display: none;
  }
  .take-part__outcome {
    margin: 0;
  }
  .take-part__outcome:focus-visible {
    outline-offset: 0.25em;
  }
  .take-part__mail {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: inherit;
  }
  .take-part__toggle {
    text-align: start;
  }
  @media (forced-colors: active) {
    .take-part__panel {
      border-color: CanvasText;
    }
  }
`;
