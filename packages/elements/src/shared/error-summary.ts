import { css, html, nothing, type TemplateResult } from 'lit';

/** One problem with one field: `fieldId` is the id of the control inside the same shadow root. */
export interface FieldError {
  readonly fieldId: string;
  readonly message: string;
}

function focusField(event: Event, fieldId: string): void {
  event.preventDefault();
  const link = event.currentTarget as HTMLElement;
  const root = link.getRootNode() as Document | ShadowRoot;
  const field = root.getElementById(fieldId) as HTMLElement | null;
  if (!field) return;
  // For a group (fieldset), focus its first control; the legend is then read with it.
  const target =
    field instanceof HTMLFieldSetElement
      ? (field.querySelector<HTMLElement>('input, select, textarea, button') ?? field)
      : field;
  target.scrollIntoView?.({ block: 'center' });
  target.focus();
}

/** The summary's heading as a real `<h1>`…`<h6>` (Lit needs literal tag names: one template per level). */
function summaryHeading(level: number, id: string, text: string): TemplateResult {
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 class="error-summary__heading" id=${id}>${text}</h1>`;
    case 2:
      return html`<h2 class="error-summary__heading" id=${id}>${text}</h2>`;
    case 3:
      return html`<h3 class="error-summary__heading" id=${id}>${text}</h3>`;
    case 4:
      return html`<h4 class="error-summary__heading" id=${id}>${text}</h4>`;
    case 5:
      return html`<h5 class="error-summary__heading" id=${id}>${text}</h5>`;
    default:
      return html`<h6 class="error-summary__heading" id=${id}>${text}</h6>`;
  }
}

/**
 * The NL Design System error summary: a heading and a list of links, one per problem, each moving
 * focus to its field (links work inside shadow roots, where `#id` navigation does not). Render it
 * at the top of the form when a submit fails, then call {@link focusErrorSummary}. `level` is the
 * heading level (1–6, default 2): give the level the form's own sections have, so the summary fits
 * the outline of the page the widget is in.
 *
 * @example
 * ${renderErrorSummary({ id: 'errors', heading: this.t.common.form.errorSummaryHeading, errors, level: 3 })}
 */
export function renderErrorSummary(options: {
  id: string;
  heading: string;
  errors: readonly FieldError[];
  level?: number;
}): TemplateResult | typeof nothing {
  const { id, heading, errors, level = 2 } = options;
  if (errors.length === 0) return nothing;
  return html`<div
    id=${id}
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    role="group"
    aria-labelledby=${`${id}-heading`}
  >
    ${summaryHeading(level, `${id}-heading`, heading)}
    <ul class="error-summary__list">
      ${errors.map(
        (e) => html`<li><a href=${`#${e.fieldId}`} @click=${(ev: Event) => focusField(ev, e.fieldId)}>${e.message}</a></li>`,
      )}
    </ul>
  </div>`;
}

/** Moves focus to the summary after it rendered (await `updateComplete` first). */
export function focusErrorSummary(root: ShadowRoot | Document | null, id: string): void {
  const el = root?.getElementById(id) as HTMLElement | null | undefined;
  el?.scrollIntoView?.({ block: 'start' });
  el?.focus();
}

export const errorSummaryStyles = css`
  .error-summary {
    margin-block: 0 1.5em;
    padding: 1em 1.25em;
    border: 0.25em solid var(--_error-color);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .error-summary__heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .error-summary__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .error-summary__list a {
    color: var(--_error-color);
    font-weight: 600;
  }
`;
