// The result card of one learning offering: the finder renders it for each hit, and
// <ln-offering-form> renders it as the preview of a new offering, so both look the same.
import type { Offering, Reason } from '@leernetwerk/sdk';
import { css, html, nothing, type TemplateResult } from 'lit';
import { capitalise, type DomainText, type LabelKind } from '../shared/domain.js';
import { heading } from '../shared/heading.js';
import type { Messages } from '../shared/messages.js';

export interface OfferingCardOptions {
  readonly offering: Offering;
  readonly t: Messages;
  readonly d: DomainText;
  /** Why it fits, as the SDK gives it (`Ranked.reasons`); words come from `d.reason`. */
  readonly reasons?: readonly Reason[];
  /** Level of the card's title heading (1–6): one below the finder's title, deeper inside a form's review. */
  readonly headingLevel?: number;
  /** Prefix of the ids inside the card, unique within the shadow root. */
  readonly idPrefix: string;
  /** Buttons below the card, such as "take part". */
  readonly actions?: TemplateResult | typeof nothing;
}

const list = (d: DomainText, kind: LabelKind, ids: readonly string[]): string => ids.map((id) => d.label(kind, id)).join(', ');

/**
 * One learning offering as a card: title (a link when the offering has a `url`), provider,
 * description, its labels and, when given, why it fits. The element that focuses a card after
 * "show more" is marked `data-card-focus` (the link, or the title itself).
 *
 * @example
 * ${renderOfferingCard({ offering: hit.item, reasons: hit.reasons, t: this.t, d, idPrefix: `hit-${i}` })}
 */
export function renderOfferingCard(options: OfferingCardOptions): TemplateResult {
  const { offering: o, t, d, reasons = [], idPrefix } = options;
  const words = t.offeringFinder.card;
  const titleId = `${idPrefix}-title`;
  const title = d.text(o.title);
  const titleContent = o.url
    ? html`<a href=${o.url} data-card-focus>${title}</a>`
    : html`<span tabindex="-1" data-card-focus>${title}</span>`;
  const way = [...o.direction.map((v) => d.label('direction', v)), ...o.domainScope.map((v) => d.label('domainScope', v))];
  const rows: [string, string][] = [
    [words.themes, list(d, 'theme', o.themes)],
    [words.targetGroups, list(d, 'targetGroup', o.targetGroups)],
    [words.learningForms, list(d, 'learningForm', o.learningForms)],
    [words.scale, list(d, 'scale', o.scale)],
    [words.way, way.join(', ')],
    ...(o.region ? ([[words.region, o.region]] as [string, string][]) : []),
    ...(o.duration ? ([[words.duration, d.label('duration', o.duration)]] as [string, string][]) : []),
    ...(o.contact ? ([[words.contact, o.contact]] as [string, string][]) : []),
  ];
  const why = [...new Set(reasons.map((r) => d.reason(r)))];
  return html`<article class="card" part="card" aria-labelledby=${titleId}>
    ${heading(options.headingLevel ?? 3, titleContent, { id: titleId, class: 'card__title' })}
    <p class="card__provider"><span class="card__key">${words.provider}:</span> ${o.provider}</p>
    <p class="card__description">${d.text(o.description)}</p>
    <dl class="card__labels">
      ${rows.map(([key, value]) => html`<div class="card__label"><dt>${key}</dt><dd>${capitalise(value)}</dd></div>`)}
    </dl>
    ${why.length > 0
      ? html`<div class="card__why" part="card-why">
          <p class="card__why-heading" id=${`${idPrefix}-why`}>${words.why}:</p>
          <ul aria-labelledby=${`${idPrefix}-why`}>
            ${why.map((text) => html`<li>${capitalise(text)}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${options.actions ? html`<div class="card__actions">${options.actions}</div>` : nothing}
  </article>`;
}

/** Styles of {@link renderOfferingCard}; include after `tokens`. */
export const offeringCardStyles = css`
  .card {
    padding: 1em 1.25em;
    border: 0.0625em solid var(--_border-color);
    border-radius: var(--_radius);
    background: var(--_background);
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .card__title {
    margin: 0 0 0.25em;
    font-size: 1.1875em;
    line-height: 1.3;
  }
  .card__title [tabindex='-1']:focus {
    outline: none;
  }
  .card__provider,
  .card__description {
    margin: 0 0 0.5em;
  }
  .card__key,
  .card__labels dt,
  .card__why-heading {
    font-weight: 600;
  }
  .card__provider {
    color: var(--_muted-color);
  }
  .card__labels {
    display: grid;
    gap: 0.125em;
    margin: 0 0 0.75em;
    font-size: 0.9375em;
  }
  .card__label {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375em;
  }
  .card__labels dt::after {
    content: ':';
  }
  .card__labels dd {
    margin: 0;
  }
  .card__why {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--_info-color);
    background: var(--_info-bg);
    font-size: 0.9375em;
  }
  .card__why-heading {
    margin: 0;
  }
  .card__why ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .card__actions {
    margin-block-start: 0.75em;
  }
  @media (forced-colors: active) {
    .card,
    .card__why {
      border: 0.0625em solid CanvasText;
    }
  }
`;
