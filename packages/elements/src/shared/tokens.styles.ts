import { css } from 'lit';

/**
 * Shared styles of every `ln-*` element. Each token `--ln-*` falls back to an NL Design System
 * token (`--nl-*`, then the Utrecht community token `--utrecht-*`), then to a built-in value that
 * meets WCAG 2.1 AA contrast on white. Font size is set once on `:host`; everything inside is `em`,
 * so a host page with `html { font-size: 62.5% }` still gets readable text.
 *
 * Custom properties (all optional): see the README "Theming" table.
 */
export const tokens = css`
  :host {
    --_font-family: var(--ln-font-family, var(--nl-document-font-family, var(--utrecht-document-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif)));
    --_font-size: var(--ln-font-size, var(--nl-document-font-size, var(--utrecht-document-font-size, 1rem)));
    --_line-height: var(--ln-line-height, var(--nl-document-line-height, var(--utrecht-document-line-height, 1.5)));
    --_color: var(--ln-color, var(--nl-document-color, var(--utrecht-document-color, #1a1a1a)));
    --_background: var(--ln-background, var(--nl-document-background-color, var(--utrecht-document-background-color, #ffffff)));
    --_muted-color: var(--ln-muted-color, var(--nl-paragraph-lead-color, #4d4d4d));
    --_border-color: var(--ln-border-color, var(--nl-border-color, var(--utrecht-border-color, #8c8c8c)));
    --_surface: var(--ln-surface-color, var(--nl-surface-background-color, #f3f3f3));
    --_radius: var(--ln-border-radius, var(--nl-border-radius, var(--utrecht-border-radius, 0.25em)));
    --_space: var(--ln-space, 1em);

    --_link-color: var(--ln-link-color, var(--nl-link-color, var(--utrecht-link-color, #01689b)));
    --_link-hover-color: var(--ln-link-hover-color, var(--nl-link-hover-color, var(--utrecht-link-hover-color, #004a6e)));

    --_primary-bg: var(--ln-primary-color, var(--nl-button-primary-background-color, var(--utrecht-button-primary-action-background-color, #01689b)));
    --_primary-fg: var(--ln-primary-text-color, var(--nl-button-primary-color, var(--utrecht-button-primary-action-color, #ffffff)));
    --_primary-hover-bg: var(--ln-primary-hover-color, var(--nl-button-primary-hover-background-color, var(--utrecht-button-primary-action-hover-background-color, #004a6e)));

    --_focus-color: var(--ln-focus-color, var(--nl-focus-outline-color, var(--utrecht-focus-outline-color, #000000)));
    --_focus-inverse: var(--ln-focus-inverse-color, var(--nl-focus-background-color, var(--utrecht-focus-inverse-outline-color, #ffbf47)));

    --_error-color: var(--ln-error-color, var(--nl-feedback-error-color, var(--utrecht-feedback-danger-color, #d52b1e)));
    --_error-bg: var(--ln-error-background, var(--nl-feedback-error-background-color, #fdf2f1));
    --_success-color: var(--ln-success-color, var(--nl-feedback-success-color, var(--utrecht-feedback-safe-color, #00703c)));
    --_success-bg: var(--ln-success-background, var(--nl-feedback-success-background-color, #eef7f2));
    --_info-color: var(--ln-info-color, var(--nl-feedback-info-color, var(--utrecht-feedback-info-color, #01689b)));
    --_info-bg: var(--ln-info-background, var(--nl-feedback-info-background-color, #eef5fa));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--_link-color);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_link-hover-color);
    text-decoration-thickness: 0.125em;
  }

  /* One focus ring for everything: black outline over a yellow halo, visible on any background. */
  :focus-visible {
    outline: 0.1875em solid var(--_focus-color);
    outline-offset: 0.125em;
    box-shadow: 0 0 0 0.3125em var(--_focus-inverse);
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0, 0, 0, 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em; /* 44px touch target at 16px */
    min-width: 2.75em;
    padding: 0.5em 1em;
    border: 0.125em solid var(--_primary-bg);
    border-radius: var(--_radius);
    background: var(--_primary-bg);
    color: var(--_primary-fg);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_primary-hover-bg);
    border-color: var(--_primary-hover-bg);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .button--secondary {
    background: transparent;
    color: var(--_primary-bg);
  }
  .button--secondary:hover {
    background: var(--_surface);
    color: var(--_primary-hover-bg);
  }
  .button--link {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_link-color);
    font-weight: normal;
    text-decoration: underline;
  }
  .button--link:hover {
    background: none;
    color: var(--_link-hover-color);
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block: 0 1.25em;
  }
  .field--invalid {
    border-inline-start: 0.25em solid var(--_error-color);
    padding-inline-start: 0.75em;
  }
  .label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted-color);
    font-size: 0.9375em;
  }
  .field-error {
    color: var(--_error-color);
    font-weight: 600;
  }
  fieldset {
    margin: 0 0 1.25em;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .input,
  .select,
  .textarea {
    inline-size: 100%;
    max-inline-size: 40em;
    min-height: 2.75em;
    padding: 0.5em 0.625em;
    border: 0.125em solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_color);
    font: inherit;
  }
  .textarea {
    min-height: 8em;
    resize: vertical;
  }
  .input[aria-invalid='true'],
  .select[aria-invalid='true'],
  .textarea[aria-invalid='true'] {
    border-color: var(--_error-color);
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.25em;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.125em 0 0;
    flex: none;
    accent-color: var(--_primary-bg);
  }

  .status,
  .alert,
  .notice {
    margin-block: 0 1em;
    padding: 0.75em 1em;
    border-inline-start: 0.3125em solid var(--_info-color);
    background: var(--_info-bg);
  }
  .alert {
    border-color: var(--_error-color);
    background: var(--_error-bg);
  }
  .status--success {
    border-color: var(--_success-color);
    background: var(--_success-bg);
  }
  .alert > :first-child,
  .status > :first-child,
  .notice > :first-child {
    margin-block-start: 0;
  }
  .alert > :last-child,
  .status > :last-child,
  .notice > :last-child {
    margin-block-end: 0;
  }
  .spinner {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: ln-spin 0.8s linear infinite;
    vertical-align: -0.15em;
  }
  @keyframes ln-spin {
    to {
      transform: rotate(360deg);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  /* Windows high contrast and other forced colours: keep borders and focus visible. */
  @media (forced-colors: active) {
    .button,
    .input,
    .select,
    .textarea,
    .status,
    .alert,
    .notice {
      border: 0.0625em solid CanvasText;
    }
    .button {
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    :focus-visible {
      outline: 0.1875em solid Highlight;
      box-shadow: none;
    }
    .spinner {
      border-color: CanvasText;
      border-inline-end-color: transparent;
    }
  }
`;
