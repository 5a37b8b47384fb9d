import { expect, waitUntil } from '@open-wc/testing';
import { defaultDataset } from '@leernetwerk/data';
import { analyzeGaps, type Dataset } from '@leernetwerk/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataState } from '../provider/data-context.js';
import { GapMapController } from './gap-map.controller.js';

/** A host that counts the updates the controller asks for. */
function fakeHost() {
  const host = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(controller: ReactiveController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

const ready = (dataset: Dataset): DataState => ({ status: 'ready', dataset, problems: [], retry: () => {} });

describe('GapMapController', () => {
  it('analyses in a task of its own: no state at first, then the analysis analyzeGaps makes', async () => {
    const host = fakeHost();
    let data = ready(defaultDataset);
    const gaps = new GapMapController(host as unknown as ReactiveControllerHost, {
      data: () => data,
      questions: () => undefined,
      dimension: () => 'targetGroup',
    });
    expect(gaps.state).to.equal(undefined);
    expect(gaps.analysing).to.equal(true);
    expect(host.updates).to.equal(0);
    await waitUntil(() => host.updates === 1, 'no update after the analysis');
    expect(gaps.analysing).to.equal(false);
    expect(gaps.state!.analysis).to.deep.equal(analyzeGaps(defaultDataset));

    // New data: the old analysis is dropped; only the newest one updates the host.
    const first = { ...defaultDataset, offerings: defaultDataset.offerings.slice(0, 3) };
    const second = { ...defaultDataset, offerings: defaultDataset.offerings.slice(0, 5) };
    data = ready(first);
    expect(gaps.state).to.equal(undefined);
    data = ready(second);
    expect(gaps.state).to.equal(undefined);
    await waitUntil(() => host.updates === 2, 'no update after the newest analysis');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.updates).to.equal(2);
    expect(gaps.state!.analysis.offerings).to.equal(5);
  });

  it('stops the analysis when the host leaves the page', async () => {
    const host = fakeHost();
    const gaps = new GapMapController(host as unknown as ReactiveControllerHost, {
      data: () => ready(defaultDataset),
      questions: () => undefined,
      dimension: () => 'targetGroup',
    });
    expect(gaps.state).to.equal(undefined);
    gaps.hostDisconnected();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(host.updates).to.equal(0);
  });
});
