import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { parseDataset } from '@leernetwerk/sdk';
import { DataLoadError, loadDefault, loadFromUrl, prepare } from './load-data.js';
import './ln-provider.js';
import type { LnProvider } from './provider.js';
import { dataStatus, type LnTestDataWidget } from '../shared/testing/data-widget.js';
import '../shared/testing/data-widget.js';

const FIX = '/test/browser/fixtures';

async function miniDataset(): Promise<{ offerings: Record<string, unknown>[] } & Record<string, unknown>> {
  return (await fetch(`${FIX}/mini-dataset.json`)).json();
}

/** The mini dataset with `count` offerings (copies of its first, each with its own id). */
async function largeDatasetText(count: number): Promise<string> {
  const mini = await miniDataset();
  const first = mini.offerings[0]!;
  const offerings = Array.from({ length: count }, (_, i) => ({ ...first, id: `copy-${i}` }));
  return JSON.stringify({ ...mini, offerings });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('loading in slices', () => {
  it('prepare stops when its signal was aborted, before any work', async () => {
    const controller = new AbortController();
    controller.abort(new DOMException('src changed', 'AbortError'));
    const error = await rejection(prepare(await miniDataset(), 'test', controller.signal));
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('a src change while a large file is being read stops it, and is not reported as broken data', async () => {
    const text = await largeDatasetText(3000);
    const controller = new AbortController();
    const fetchStub = (async () => {
      setTimeout(() => controller.abort(new DOMException('src changed', 'AbortError')), 0);
      return new Response(text, { headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    const error = await rejection(loadFromUrl('/large.json', { signal: controller.signal, fetch: fetchStub }));
    expect(error).not.to.be.instanceOf(DataLoadError);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('loads a large file into the same data as a small one would give', async () => {
    const text = await largeDatasetText(3000);
    const fetchStub = (async () => new Response(text, { headers: { 'Content-Type': 'application/json' } })) as typeof fetch;
    const loaded = await loadFromUrl('/large.json', { fetch: fetchStub });
    expect(loaded.problems).to.deep.equal([]);
    expect(loaded.dataset.offerings.length).to.equal(3000);
    expect(loaded.dataset.offerings[2999]!.id).to.equal('copy-2999');
    expect(loaded.matcher.search({ query: '' }).total).to.equal(3000);
  });

  it('still reports a file that is not JSON as such', async () => {
    const fetchStub = (async () => new Response(`${await largeDatasetText(3000)}}`)) as typeof fetch;
    const error = await rejection(loadFromUrl('/large.json', { fetch: fetchStub }));
    expect((error as DataLoadError).detail).to.deep.equal({ kind: 'json' });
  });

  it('uses the bundled default dataset unchecked, since it is exactly what parseDataset makes of it', async () => {
    const loaded = await loadDefault();
    const parsed = parseDataset(JSON.parse(JSON.stringify(loaded.dataset)), { mode: 'lenient' });
    expect(parsed.problems).to.deep.equal([]);
    expect(parsed.ok).to.equal(true);
    expect(parsed.dataset).to.deep.equal(loaded.dataset);
  });

  it('the provider ends with the data of the new src when src changes during a load', async () => {
    const provider = await fixture<LnProvider>(html`<ln-provider src=${`/__ln-test__/slow?ms=300&file=partial-dataset.json`}>
      <ln-test-data-widget></ln-test-data-widget>
    </ln-provider>`);
    const widget = provider.querySelector<LnTestDataWidget>('ln-test-data-widget')!;
    provider.src = `${FIX}/mini-dataset.json`;
    const state = await dataStatus(widget, 'ready');
    expect(state.source).to.match(/mini-dataset\.json$/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(widget.data.value.source, 'the first, slower load did not win afterwards').to.match(/mini-dataset\.json$/);
    await waitUntil(() => provider.data.status === 'ready');
  });
});
