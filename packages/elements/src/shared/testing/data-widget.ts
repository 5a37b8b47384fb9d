// Test-only: a minimal widget built like the real ones (LnElement + DataConsumer + renderDataState),
// for testing the data layer, plus helpers every widget test can reuse. Not part of the build.
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { waitUntil } from '@open-wc/testing';
import { LnElement } from '../ln-element.js';
import { defineElement } from '../define.js';
import { tokens } from '../tokens.styles.js';
import { DataConsumer } from '../../provider/data-consumer.js';
import { dataStateStyles, renderDataState } from '../../provider/render-data-state.js';
import type { DataState } from '../../provider/data-context.js';

export class LnTestDataWidget extends LnElement {
  static override styles = [tokens, dataStateStyles];
  @property() src?: string;
  @property({ type: Number }) timeout?: number;
  readonly data = new DataConsumer(this, { src: () => this.src, timeout: () => this.timeout });

  override render() {
    const d = this.data.value;
    return html`<section part="base" aria-label="Test">
      ${renderDataState(d, this.t, this.locale)}
      ${d.status === 'ready'
        ? html`<p class="counts">${this.t.common.notice.counts(d.dataset!.agenda.length, d.dataset!.offerings.length)}</p>`
        : nothing}
    </section>`;
  }
}
defineElement('ln-test-data-widget', LnTestDataWidget);

/** Unique per call, so the dev server's counters and the browser cache never mix tests. */
export const uniqueId = (prefix = 'id') => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/** Waits until the element's data reached one of `statuses` and it rendered. */
export async function dataStatus(
  el: HTMLElement & { data: { value: DataState }; updateComplete: Promise<unknown> },
  ...statuses: DataState['status'][]
): Promise<DataState> {
  await waitUntil(() => statuses.includes(el.data.value.status), `status never became ${statuses.join('/')}`, {
    timeout: 8000,
  });
  await el.updateComplete;
  return el.data.value;
}

/** How often the test server's /__ln-test__/flaky/<id> route was requested. */
export async function requestCount(id: string): Promise<number> {
  const res = await fetch(`/__ln-test__/count/${id}`);
  return ((await res.json()) as { count: number }).count;
}
