import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  readonly id?: string;
  readonly class?: string;
  /** Focusable by script (`tabindex="-1"`), for headings that take focus. */
  readonly focusable?: boolean;
}

/**
 * A real `<h1>`…`<h6>` at a level the host chooses (clamped to 1–6), so the widget's outline fits
 * the page it is embedded in. Lit needs literal tag names, hence one template per level.
 * @example heading(this.headingLevel + 1, this.t.offeringFinder.facets.heading, { id: 'of-facets-heading' })
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = ifDefined(options.id);
  const cls = ifDefined(options.class);
  const tabindex = ifDefined(options.focusable ? '-1' : undefined);
  switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
    case 1:
      return html`<h1 id=${id} class=${cls} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${cls} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${cls} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${cls} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${cls} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${cls} tabindex=${tabindex}>${content}</h6>`;
  }
}
