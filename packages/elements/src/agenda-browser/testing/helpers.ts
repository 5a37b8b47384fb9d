// Test-only helpers shared by the agenda browser's test files. Not part of the build.
import { fixture, html } from '@open-wc/testing';
import { dataStatus } from '../../shared/testing/data-widget.js';
import '../ln-agenda-browser.js';
import type { LnAgendaBrowser } from '../agenda-browser.js';

export const root = (el: LnAgendaBrowser) => el.shadowRoot!;
export const all = <T extends Element = HTMLElement>(el: LnAgendaBrowser, selector: string) => [
  ...root(el).querySelectorAll<T>(selector),
];
export const active = (el: LnAgendaBrowser) => root(el).activeElement as HTMLElement | null;
export const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The toggle button of `itemId` in its first group (or in `groupKey`). */
export function itemButton(el: LnAgendaBrowser, itemId: string, groupKey?: string): HTMLButtonElement {
  const li = all(el, `li[data-item="${itemId}"]`).find((candidate) =>
    groupKey ? candidate.querySelector('button')!.id.startsWith(`ln-agenda-${groupKey}-`) : true,
  );
  if (!li) throw new Error(`no item ${itemId}`);
  return li.querySelector<HTMLButtonElement>('.item__toggle')!;
}

export function panelOf(el: LnAgendaBrowser, button: HTMLButtonElement): HTMLElement {
  return root(el).getElementById(button.getAttribute('aria-controls')!)!;
}

/** The expanded copy of an item, if any. */
export function openButton(el: LnAgendaBrowser, itemId: string): HTMLButtonElement | undefined {
  return all<HTMLButtonElement>(el, `li[data-item="${itemId}"] .item__toggle`).find((b) => b.getAttribute('aria-expanded') === 'true');
}

export async function agendaBrowser(
  lang: 'nl' | 'en',
  attrs: { src?: string; questionHref?: string; action?: string; view?: string } = {},
): Promise<LnAgendaBrowser> {
  const wrap = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <ln-agenda-browser
      src=${attrs.src ?? ''}
      question-href=${attrs.questionHref ?? '#vraag'}
      action=${attrs.action ?? ''}
      view=${attrs.view ?? 'theme'}
    ></ln-agenda-browser>
  </div>`);
  const el = wrap.querySelector('ln-agenda-browser')!;
  await dataStatus(el, 'ready');
  await el.updateComplete;
  return el;
}

/** Keeps the test page's URL as it was, whatever a test did to it. */
export function restoreUrlAfterEach(): void {
  let before = '';
  beforeEach(() => {
    before = window.location.href;
  });
  afterEach(() => {
    window.history.replaceState(null, '', before);
  });
}

export function jsonUrl(value: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));
}
