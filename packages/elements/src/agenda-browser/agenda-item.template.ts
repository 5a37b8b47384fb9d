import type { AgendaItem, Dataset } from '@leernetwerk/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { capitalise, type DomainText } from '../shared/domain.js';
import type { Messages } from '../shared/messages.js';
import type { AgendaOffering } from './agenda-offerings.js';
import { isWhiteSpot } from './agenda-model.js';

/** How many fitting offerings are listed by name; the count always covers all. */
export const OFFERINGS_LISTED = 5;

export type BadgeKind = 'priority' | 'white-spot' | 'in-development';

export function badgesOf(item: AgendaItem, t: Messages): { kind: BadgeKind; text: string }[] {
  const b = t.agendaBrowser.badge;
  const badges: { kind: BadgeKind; text: string }[] = [];
  if (item.kind === 'priority') badges.push({ kind: 'priority', text: item.number ? b.priority(item.number) : b.priorityUnnumbered });
  if (item.kind === 'content-gap')
    badges.push({ kind: 'white-spot', text: item.number ? b.contentGap(item.number) : b.contentGapUnnumbered });
  if (item.kind === 'organisational-gap') badges.push({ kind: 'white-spot', text: b.organisationalGap });
  if (item.status === 'in-development') badges.push({ kind: 'in-development', text: b.inDevelopment });
  return badges;
}

export interface ItemContext {
  readonly t: Messages;
  readonly d: DomainText;
  readonly dataset: Dataset;
  readonly level: number;
  readonly groupKey: string;
  readonly open: boolean;
  readonly offerings: () => readonly AgendaOffering[];
  readonly toggle: () => void;
  readonly relatedHref: (id: string) => string;
  readonly openRelated: (id: string) => void;
  readonly askHref: string | undefined;
  readonly takePart: { action?: string | undefined; mailto?: string | undefined; privacyHref?: string | undefined };
}

/** `ln-agenda-<group>-<item>`: unique in the shadow root, since an item is listed once per group. */
export const itemDomId = (groupKey: string, itemId: string) => `ln-agenda-${groupKey}-${itemId}`;

const heading = (level: number, content: unknown, cls: string) =>
  html`<div class=${cls} role="heading" aria-level=${Math.min(level, 6)}>${content}</div>`;

/** One agenda item: a heading button (disclosure) and, when open, what it is about and what fits it. */
export function renderItem(item: AgendaItem, c: ItemContext): TemplateResult {
  const id = itemDomId(c.groupKey, item.id);
  const title = c.d.text(item.title);
  const badges = badgesOf(item, c.t);
  return html`<li class="item ${isWhiteSpot(item) ? 'item--white-spot' : ''} ${item.kind === 'priority' ? 'item--priority' : ''}" part="item" data-item=${item.id}>
    ${heading(
      c.level,
      html`<button
        type="button"
        class="item__toggle"
        part="item-toggle"
        id=${`${id}-button`}
        aria-expanded=${c.open ? 'true' : 'false'}
        aria-controls=${`${id}-panel`}
        @click=${c.toggle}
      >
        <span class="item__icon" aria-hidden="true"></span>
        <span class="item__title">${title}</span>
        ${badges.length > 0
          ? html`<span class="badges">${badges.map((b) => html`<span class="badge badge--${b.kind}" part="badge badge-${b.kind}">${b.text}</span>`)}</span>`
          : nothing}
      </button>`,
      'item__heading',
    )}
    <div class="item__panel" part="item-panel" id=${`${id}-panel`} ?hidden=${!c.open}>${c.open ? panel(item, c, title) : nothing}</div>
  </li>`;
}

function panel(item: AgendaItem, c: ItemContext, title: string): TemplateResult {
  const m = c.t.agendaBrowser.item;
  const sub = c.level + 1;
  const related = (item.related ?? []).map((rid) => c.dataset.agenda.find((a) => a.id === rid)).filter((a): a is AgendaItem => !!a);
  return html`
    ${item.summary ? html`<p class="item__summary">${c.d.text(item.summary)}</p>` : nothing}
    ${item.questions.length > 0
      ? html`${heading(sub, m.questions, 'item__subheading')}
          <ul class="item__questions">
            ${item.questions.map((q) => html`<li>${c.d.text(q)}</li>`)}
          </ul>`
      : nothing}
    <dl class="item__meta">
      <div>
        <dt>${m.themes}</dt>
        <dd>${item.themes.map((id) => capitalise(c.d.label('theme', id))).join(', ')}</dd>
      </div>
      <div>
        <dt>${m.targetGroups}</dt>
        <dd>${item.targetGroups.map((id) => capitalise(c.d.label('targetGroup', id))).join(', ')}</dd>
      </div>
    </dl>
    ${heading(sub, m.offerings, 'item__subheading')} ${offerings(item, c)}
    ${related.length > 0
      ? html`${heading(sub, m.related, 'item__subheading')}
          <ul class="item__related">
            ${related.map(
              (r) => html`<li>
                <a href=${c.relatedHref(r.id)} @click=${(e: MouseEvent) => followRelated(e, () => c.openRelated(r.id))}
                  >${c.d.text(r.title)}</a
                >
              </li>`,
            )}
          </ul>`
      : nothing}
    <div class="item__actions">
      ${c.askHref ? html`<a class="item__ask" part="ask-link" href=${c.askHref}>${m.ask}</a>` : nothing}
      <ln-take-part
        subject-type="agenda"
        subject-id=${item.id}
        subject-title=${title}
        action=${ifDefined(c.takePart.action)}
        mailto=${ifDefined(c.takePart.mailto)}
        privacy-href=${ifDefined(c.takePart.privacyHref)}
      ></ln-take-part>
    </div>
  `;
}

function offerings(item: AgendaItem, c: ItemContext): TemplateResult {
  const m = c.t.agendaBrowser.item;
  const found = c.offerings();
  const development = item.status === 'in-development' ? html`<p class="item__note">${m.inDevelopment}</p>` : nothing;
  if (found.length === 0) {
    return html`<p class="item__none" part="no-offering">
        <span class="item__none-icon" aria-hidden="true"></span>${isWhiteSpot(item) ? m.noOfferingWhiteSpot : m.noOffering}
      </p>
      ${development}`;
  }
  const listed = found.slice(0, OFFERINGS_LISTED);
  return html`<p class="item__count" part="offering-count">${m.offeringsCount(found.length)}</p>
    <p class="hint">${m.offeringsHint}</p>
    ${development}
    <ul class="item__offerings">
      ${listed.map(
        ({ offering, linked }) => html`<li>
          ${offering.url ? html`<a href=${offering.url}>${c.d.text(offering.title)}</a>` : html`<span>${c.d.text(offering.title)}</span>`}
          <span class="hint">${m.provider(offering.provider)}</span>
          ${linked ? html`<span class="tag">${m.linked}</span>` : nothing}
        </li>`,
      )}
    </ul>
    ${found.length > listed.length ? html`<p class="hint">${m.more(found.length - listed.length)}</p>` : nothing}`;
}

/** A plain click opens the related item here; with a modifier key the browser does what it does (new tab …). */
function followRelated(event: MouseEvent, open: () => void): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  open();
}
