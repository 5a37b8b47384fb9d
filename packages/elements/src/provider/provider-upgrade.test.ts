// The widget is defined and connected before <ln-provider> is defined: it must wait for the
// provider instead of loading data of its own.
import { expect, waitUntil } from '@open-wc/testing';
import { dataStatus, requestCount, uniqueId, type LnTestDataWidget } from '../shared/testing/data-widget.js';

describe('<ln-provider> defined after its widgets', () => {
  it('the widget waits for the provider and uses its data', async () => {
    const id = uniqueId('late');
    const provider = document.createElement('ln-provider');
    provider.setAttribute('src', `/__ln-test__/flaky/${id}?fail=0&file=mini-dataset.json`);
    const widget = document.createElement('ln-test-data-widget') as LnTestDataWidget;
    provider.append(widget);
    document.body.append(provider);
    await widget.updateComplete;
    expect(customElements.get('ln-provider')).to.equal(undefined);
    expect(widget.data.mode).to.equal('waiting');
    expect(widget.data.value.status).to.equal('loading');

    await import('./ln-provider.js');
    await waitUntil(() => widget.data.mode === 'context', 'widget never got the provider context');
    await dataStatus(widget, 'ready');
    expect(await requestCount(id)).to.equal(1);
    provider.remove();
  });
});
