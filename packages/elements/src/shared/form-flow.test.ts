import { expect } from '@open-wc/testing';
import { DraftStore, type DraftStoreOptions } from './draft-store.js';
import { LnEvent } from './events.js';
import { FormFlowController, type FormCheck, type FormFlowOptions } from './form-flow.js';
import { MemoryStorage } from './testing/memory-storage.js';
import { HostStub } from './testing/host-stub.js';

interface Draft {
  email?: string;
}
type Problem = { field: 'email'; code: 'missing' | 'invalid' };

/** A tiny form around the flow: one e-mail field, checked the way a widget would. */
function setup(options: Partial<FormFlowOptions<{ email: string }, Problem>> & { name?: () => string } = {}) {
  const host = new HostStub();
  const session = new MemoryStorage();
  const local = new MemoryStorage();
  const storage: DraftStoreOptions = { storage: { session: () => session, local: () => local } };
  const form = { draft: {} as Draft, restoredWith: [] as unknown[] };
  const check = (): FormCheck<{ email: string }, Problem> => {
    const email = form.draft.email?.trim() ?? '';
    if (email === '') return { ok: false, problems: [{ field: 'email', code: 'missing' }] };
    if (!email.includes('@')) return { ok: false, problems: [{ field: 'email', code: 'invalid' }] };
    return { ok: true, value: { email }, problems: [] };
  };
  const flow = new FormFlowController<{ email: string }, Problem>(host, {
    draftName: options.name ?? (() => 'flow-test'),
    draftStore: storage,
    restore: (stored) => {
      form.restoredWith.push(stored);
      const email = (stored as Draft | undefined)?.email;
      form.draft = typeof email === 'string' ? { email } : {};
      return typeof email === 'string';
    },
    snapshot: () => form.draft,
    check,
    submission: (value) => ({
      event: new LnEvent('ln-flow-submit', value, { cancelable: true }),
      payload: value,
      mail: { subject: 'Aanmelding', body: value.email },
    }),
    post: () => ({ retries: 2, backoff: 10, timeout: 3000 }),
    ...options,
  });
  const stored = (name = 'flow-test', backend: 'session' | 'local' = 'session') =>
    (backend === 'session' ? session : local).getItem(`leernetwerk:draft:${name}`);
  const type = (email: string) => {
    form.draft = { email };
    flow.changed();
  };
  return { host, flow, form, session, local, storage, stored, type };
}

describe('FormFlowController', () => {
  it('puts a stored draft back once, saves every change and keeps it on the device on request', () => {
    const first = setup();
    new DraftStore('flow-test', first.storage).save({ email: 'anna@voorbeeldstad.nl' });
    first.host.connect();
    expect(first.form.draft).to.deep.equal({ email: 'anna@voorbeeldstad.nl' });
    expect(first.flow.state.draftStatus).to.deep.equal({ backend: 'session', persistent: false, memoryOnly: false, restored: true });
    first.host.disconnect();
    first.host.connect();
    expect(first.form.restoredWith, 'opened once, not at every connect').to.have.length(1);
    first.type('piet@voorbeeldstad.nl');
    expect(JSON.parse(first.stored()!).draft).to.deep.equal({ email: 'piet@voorbeeldstad.nl' });
    first.flow.keepOnDevice(true);
    expect(first.flow.state.draftStatus.persistent).to.equal(true);
    expect(JSON.parse(first.stored('flow-test', 'local')!).draft).to.deep.equal({ email: 'piet@voorbeeldstad.nl' });
    expect(first.stored()).to.equal(null);
  });

  it('keeps working in memory when storage refuses, and says so', () => {
    const { host, flow, session, local, type } = setup();
    session.refuse = true;
    local.refuse = true;
    host.connect();
    type('anna@voorbeeldstad.nl');
    expect(flow.state.draftStatus.memoryOnly).to.equal(true);
    expect(flow.state.draftStatus.backend).to.equal('memory');
  });

  it('scolds nobody before a check; after a failed one, problems follow the corrections', () => {
    const { host, flow, type } = setup();
    host.connect();
    type('anna');
    expect(flow.state.problems).to.deep.equal([]);
    expect(flow.review()).to.equal(false);
    expect(flow.state.status).to.equal('editing');
    expect(flow.state.problems).to.deep.equal([{ field: 'email', code: 'invalid' }]);
    type('');
    expect(flow.state.problems).to.deep.equal([{ field: 'email', code: 'missing' }]);
    type('anna@voorbeeldstad.nl');
    expect(flow.state.problems).to.deep.equal([]);
    expect(flow.review()).to.equal(true);
    expect(flow.state).to.deep.include({ status: 'review', validated: { email: 'anna@voorbeeldstad.nl' } });
    flow.edit();
    expect(flow.state.status).to.equal('editing');
  });

  it('keeps one state object until something changes, and asks the host to update on each change', () => {
    const { host, flow, type } = setup();
    host.connect();
    const before = flow.state;
    expect(flow.state).to.equal(before);
    const updates = host.updates;
    type('anna@voorbeeldstad.nl');
    expect(host.updates).to.be.greaterThan(updates);
    expect(flow.state).to.not.equal(before);
  });

  it('sends the checked value as a cancelable event; a host that handles it ends the flow and the draft', async () => {
    const { host, flow, type, stored } = setup();
    host.connect();
    type('  anna@voorbeeldstad.nl ');
    const seen: unknown[] = [];
    host.addEventListener('ln-flow-submit', (e) => {
      seen.push((e as LnEvent<unknown>).detail);
      e.preventDefault();
    });
    expect(flow.review()).to.equal(true);
    const result = await flow.send();
    expect(result).to.deep.equal({ status: 'handled' });
    expect(seen).to.deep.equal([{ email: 'anna@voorbeeldstad.nl' }]);
    expect(flow.state.status).to.equal('sent');
    expect(stored()).to.equal(null);
  });

  it('sends nothing while the check fails, and goes back to editing', async () => {
    const { host, flow, type } = setup();
    host.connect();
    type('anna');
    let events = 0;
    host.addEventListener('ln-flow-submit', () => events++);
    expect(await flow.send()).to.equal(undefined);
    expect(events).to.equal(0);
    expect(flow.state.status).to.equal('editing');
    expect(flow.state.problems).to.have.length(1);
  });

  it('reports retries, fails without losing the draft, and sends the same again on retry', async () => {
    const id = `flow-${Math.random().toString(36).slice(2)}`;
    let action = '/__ln-test__/status/503';
    const { host, flow, type, stored } = setup({ action: () => action });
    host.connect();
    type('anna@voorbeeldstad.nl');
    const attempts: unknown[] = [];
    const sending = flow.send();
    expect(flow.state.status).to.equal('sending');
    const watch = setInterval(() => flow.state.retrying && attempts.push(flow.state.retrying), 2);
    const failed = await sending;
    clearInterval(watch);
    expect(failed).to.deep.include({ status: 'failed', reason: 'http', httpStatus: 503, attempts: 3 });
    expect(flow.state).to.deep.include({ status: 'failed', retrying: undefined });
    expect(attempts).to.deep.include({ attempt: 2, max: 3 });
    expect(JSON.parse(stored()!).draft, 'nothing typed is lost').to.deep.equal({ email: 'anna@voorbeeldstad.nl' });
    action = `/__ln-test__/flaky/${id}?fail=1&code=503`;
    const sent = await flow.retry();
    expect(sent).to.deep.include({ status: 'sent', httpStatus: 200, attempts: 2 });
    expect(flow.state.status).to.equal('sent');
    expect(stored()).to.equal(null);
  });

  it('with a review step, a mailto link keeps the draft until the person opens it', async () => {
    const { host, flow, type, stored } = setup({ mailto: () => 'leernetwerk@voorbeeldstad.nl' });
    host.connect();
    type('anna@voorbeeldstad.nl');
    flow.review();
    const result = await flow.send();
    expect(result?.status).to.equal('mailto');
    expect(flow.state.status).to.equal('sent');
    expect(stored()).to.not.equal(null);
    flow.mailOpened();
    expect(stored()).to.equal(null);
  });

  it('without a review step, a mailto link ends the draft at once', async () => {
    const { host, flow, type, stored } = setup({ mailto: () => 'leernetwerk@voorbeeldstad.nl', review: false });
    host.connect();
    type('anna@voorbeeldstad.nl');
    expect((await flow.send())?.status).to.equal('mailto');
    expect(stored()).to.equal(null);
  });

  it('stops the request when the host leaves the page, and waits in review (or editing) with the draft', async () => {
    for (const review of [true, false]) {
      const { host, flow, type, stored } = setup({ action: () => '/__ln-test__/slow?ms=3000', review });
      host.connect();
      type('anna@voorbeeldstad.nl');
      if (review) flow.review();
      const sending = flow.send();
      await new Promise((r) => setTimeout(r, 30));
      host.disconnect();
      expect(flow.state.status).to.equal(review ? 'review' : 'editing');
      expect(await sending).to.equal(undefined);
      expect(flow.state).to.deep.include({ status: review ? 'review' : 'editing', retrying: undefined, delivery: undefined });
      expect(stored()).to.not.equal(null);
    }
  });

  it('ignores edits, reviews and resets while sending', async () => {
    const { host, flow, type, form, stored } = setup({ action: () => '/__ln-test__/slow?ms=200' });
    host.connect();
    type('anna@voorbeeldstad.nl');
    const sending = flow.send();
    form.draft = { email: 'ander' };
    flow.changed();
    flow.reset();
    flow.edit();
    expect(flow.review()).to.equal(false);
    expect(await flow.send()).to.equal(undefined);
    expect(flow.state.status).to.equal('sending');
    expect(JSON.parse(stored()!).draft).to.deep.equal({ email: 'anna@voorbeeldstad.nl' });
    expect((await sending)?.status).to.equal('sent');
    expect(stored(), 'the draft goes once it left').to.equal(null);
  });

  it('reset removes the draft everywhere and starts afresh', () => {
    const { host, flow, type, stored } = setup();
    host.connect();
    type('anna');
    flow.review();
    flow.keepOnDevice(true);
    flow.reset();
    expect(stored()).to.equal(null);
    expect(stored('flow-test', 'local')).to.equal(null);
    expect(flow.state).to.deep.include({ status: 'editing', problems: [], validated: undefined, delivery: undefined });
    expect(flow.state.draftStatus.restored).to.equal(false);
  });

  it('keyed: a new name opens that draft and starts afresh; no name keeps no draft', async () => {
    let name = '';
    const { host, flow, form, storage, type, stored } = setup({ name: () => name, keyed: true });
    new DraftStore('take-part:agenda:gap-2', storage).save({ email: 'piet@voorbeeldstad.nl' });
    host.connect();
    type('zonder-onderwerp');
    expect(flow.state.draftStatus.restored).to.equal(false);
    name = 'take-part:agenda:gap-1';
    host.cycle();
    expect(form.draft).to.deep.equal({});
    flow.review();
    expect(flow.state.problems).to.have.length(1);
    type('anna@voorbeeldstad.nl');
    name = 'take-part:agenda:gap-2';
    host.cycle();
    expect(form.draft).to.deep.equal({ email: 'piet@voorbeeldstad.nl' });
    expect(flow.state).to.deep.include({ status: 'editing', problems: [] });
    expect(flow.state.draftStatus.restored).to.equal(true);
    expect(JSON.parse(stored('take-part:agenda:gap-1')!).draft).to.deep.equal({ email: 'anna@voorbeeldstad.nl' });
    host.cycle();
    expect(form.restoredWith, 'the same name is not opened again').to.have.length(3);
  });
});
