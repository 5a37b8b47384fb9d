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

/**
 * The NL Design System error summary: a heading and a list of links, one per problem, each moving
 * focus to its field (links work inside shadow roots, where `#id` navigation does not). Render it
 * at the top of the form when a submit fails, then call {@link focusErrorSummary}.
 *
 * @example
 * ${renderErrorSummary({ id: 'errors', heading: this.t.common.form.errorSummaryHeading, errors })}
 */
export function renderErrorSummary(options: {
  id: string;
  heading: string;
  errors: readonly FieldError[];
}): TemplateResult | typeof nothing {
  const { id, heading, errors } = options;
  if (errors.length === 0) return nothing;
  return html`<div
    id=${id}
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    role="group"
    aria-labelledby=${`${id}-heading`}
  >
    <h2 class="error-summary__heading" id=${`${id}-heading`}>${heading}</h2>
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
