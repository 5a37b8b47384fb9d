// The controller on a bare host stub: no element, no rendering.
import { expect } from '@open-wc/testing';
import { createMatcher, parseQuestion } from '@leernetwerk/sdk';
import type { Matcher, SharedQuestion } from '@leernetwerk/sdk';
import { defaultDataset, exampleSharedQuestions } from '@leernetwerk/data';
import { QuestionFormController, type QuestionFormOptions } from './question-form.controller.js';
import type { LnQuestionChangeEvent, LnQuestionSubmitEvent, LnStepPlanOpenEvent } from './question-form.events.js';
import { MemoryStorage } from '../shared/testing/memory-storage.js';
import { HostStub } from '../shared/testing/host-stub.js';

const TRUST = 'Hoe krijgen we bewoners weer vertrouwen in de gemeente?';
const matcher = createMatcher(defaultDataset, { questions: exampleSharedQuestions });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let n = 0;

function setup(extra: Partial<QuestionFormOptions> & { session?: MemoryStorage; local?: MemoryStorage; m?: Matcher } = {}) {
  const host = new HostStub();
  const session = extra.session ?? new MemoryStorage();
  const local = extra.local ?? new MemoryStorage();
  const m = extra.m ?? matcher;
  const name = extra.draftName ?? (() => `controller-test-${++n}`);
  const form = new QuestionFormController(host as never, {
    data: () => ({ dataset: defaultDataset, matcher: m }),
    debounce: () => 30,
    draftStorage: { session: () => session, local: () => local },
    ...extra,
    draftName: name,
  });
  host.connect();
  host.cycle();
  return { host, form, session, local };
}

describe('QuestionFormController', () => {
  it('matches after a pause in typing, once, and fires one change event', async () => {
    let calls = 0;
    const counting: Matcher = { ...matcher, match: (q, o) => (calls++, matcher.match(q, o)) };
    const { host, form } = setup({ m: counting });
    const changes = host.events<LnQuestionChangeEvent>('ln-question-change');
    await wait(5);
    calls = 0;
    for (let i = 1; i <= TRUST.length; i += 7) form.update({ what: TRUST.slice(0, i) }, 'typing');
    form.update({ what: TRUST }, 'typing');
    expect(form.state.matching).to.equal(true);
    expect(form.state.result).to.equal(undefined);
    await wait(60);
    expect(calls, 'stale matches were cancelled').to.equal(1);
    expect(form.state.matching).to.equal(false);
    expect(form.state.result!.agenda[0]!.item.id).to.equal('priority-5');
    expect(form.state.result!.agenda[0]!.reasons.some((r) => r.code === 'term')).to.equal(true);
    expect(changes).to.have.length(1);
    expect(changes[0]!.detail.question).to.deep.equal({ what: TRUST });
  });

  it('matches structured choices at once and they change the results', async () => {
    const { form } = setup();
    form.update({ what: TRUST }, 'typing');
    await wait(60);
    const before = form.state.result!;
    form.update({ targetGroup: 'resident', scale: ['local'] });
    await wait(5);
    const after = form.state.result!;
    expect(after).to.not.equal(before);
    const codes = after.offerings.flatMap((r) => r.reasons.map((x) => x.code));
    expect(codes).to.include('target-group');
    expect(after.offerings.map((r) => r.item.id)).to.not.deep.equal(before.offerings.map((r) => r.item.id));
  });

  it('prefill fills only empty fields and fires no change event', async () => {
    const { host, form } = setup();
    const changes = host.events('ln-question-change');
    form.update({ what: 'Mijn eigen woorden' }, 'typing');
    form.prefill({ what: 'Van de host', scale: ['regional'] });
    expect(form.state.question).to.deep.equal({ what: 'Mijn eigen woorden', scale: ['regional'] });
    await wait(60);
    expect(changes).to.have.length(1); // from the typing only
    const fresh = setup();
    const none = fresh.host.events('ln-question-change');
    fresh.form.prefill({ what: TRUST });
    await wait(60);
    expect(none).to.have.length(0);
    expect(fresh.form.state.result!.agenda[0]!.item.id).to.equal('priority-5');
  });

  it('validates with parseQuestion; problems never hold what was typed', () => {
    const { form } = setup();
    form.update({ region: 'Geheime plaats', scale: ['landelijk' as never] });
    expect(form.review()).to.equal(false);
    expect(form.state.status).to.equal('editing');
    const wheres = form.state.problems.map((p) => p.where);
    expect(wheres).to.include('what');
    expect(wheres).to.include('scale[0]');
    expect(JSON.stringify(form.state.problems)).to.not.contain('landelijk');
    expect(JSON.stringify(form.state.problems)).to.not.contain('Geheime');
    form.update({ what: TRUST, scale: ['national'] });
    expect(form.state.problems, 'fixed fields drop their problems while editing').to.deep.equal([]);
    expect(form.review()).to.equal(true);
    expect(form.state.status).to.equal('review');
  });

  it('sends exactly the validated question as a cancelable event and clears the draft', async () => {
    const { host, form, session } = setup();
    const submits = host.events<LnQuestionSubmitEvent>('ln-question-submit');
    form.update({ what: `  ${TRUST}  `, targetGroup: 'policymaker', learningForms: ['intervisie'] });
    expect(session.length).to.equal(1);
    form.review();
    const result = await form.send();
    expect(result).to.deep.equal({ status: 'event-only' });
    expect(form.state.status).to.equal('sent');
    expect(submits).to.have.length(1);
    expect(submits[0]!.cancelable).to.equal(true);
    expect(submits[0]!.composed).to.equal(true);
    const expected = parseQuestion({ what: TRUST, targetGroup: 'policymaker', learningForms: ['intervisie'] });
    expect(submits[0]!.detail).to.deep.equal({ question: expected.question });
    expect(session.length, 'draft cleared').to.equal(0);
  });

  it('keeps the question after a failed POST and sends it on retry', async () => {
    const bodies: unknown[] = [];
    let fail = true;
    const fakeFetch = (async (_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(init.body as string));
      return new Response('{}', { status: fail ? 500 : 201, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const { form, session } = setup({ action: () => '/somewhere', post: () => ({ fetch: fakeFetch, retries: 1, backoff: 1 }) });
    form.update({ what: TRUST });
    form.review();
    const failed = await form.send();
    expect(failed).to.deep.include({ status: 'failed', reason: 'http', httpStatus: 500, attempts: 2 });
    expect(form.state.status).to.equal('failed');
    expect(form.state.question).to.deep.equal({ what: TRUST });
    expect(session.length, 'draft kept').to.equal(1);
    fail = false;
    const sent = await form.retry();
    expect(sent).to.deep.include({ status: 'sent', httpStatus: 201 });
    expect(form.state.status).to.equal('sent');
    expect(bodies).to.have.length(3);
    expect(bodies[2]).to.deep.equal({ question: { what: TRUST } });
    expect(session.length).to.equal(0);
  });

  it('lets a host handle delivery with preventDefault', async () => {
    const { host, form } = setup({ action: () => '/never-called' });
    host.addEventListener('ln-question-submit', (e) => e.preventDefault());
    form.update({ what: TRUST });
    form.review();
    expect(await form.send()).to.deep.equal({ status: 'handled' });
    expect(form.state.status).to.equal('sent');
  });

  it('restores a draft in a new controller and moves it to localStorage on opt-in', async () => {
    const session = new MemoryStorage();
    const local = new MemoryStorage();
    const name = () => 'same-form';
    const first = setup({ session, local, draftName: name });
    first.form.update({ what: 'Concept', themes: ['safety'] });
    const second = setup({ session, local, draftName: name });
    expect(second.form.state.question).to.deep.equal({ what: 'Concept', themes: ['safety'] });
    expect(second.form.state.draftStatus).to.deep.include({ restored: true, backend: 'session', persistent: false });
    second.form.keepOnDevice(true);
    expect(local.length).to.equal(1);
    expect(session.length).to.equal(0);
    expect(second.form.state.draftStatus.persistent).to.equal(true);
    second.form.reset();
    expect(local.length + session.length).to.equal(0);
    expect(second.form.state.question).to.deep.equal({});
  });

  it('keeps working in memory when storage throws', () => {
    const session = new MemoryStorage();
    session.failWrites = true;
    const { form } = setup({ session });
    form.update({ what: 'Toch bewaard' });
    expect(form.state.draftStatus.memoryOnly).to.equal(true);
    expect(form.state.draftStatus.backend).to.equal('memory');
    expect(form.state.question).to.deep.equal({ what: 'Toch bewaard' });
  });

  it('offers a pre-filled step plan when nothing fits, and sends it only when asked', async () => {
    const { host, form } = setup();
    const opened = host.events<LnStepPlanOpenEvent>('ln-step-plan-open');
    const submits = host.events<LnQuestionSubmitEvent>('ln-question-submit');
    form.update({ what: 'Zzyzx qwv blorp', scale: ['local'] });
    await wait(10);
    expect(form.state.fits).to.equal(false);
    expect(form.state.stepPlan.offered).to.equal(true);
    form.openStepPlan();
    const plan = form.state.stepPlan.plan!;
    expect(opened).to.have.length(1);
    expect(opened[0]!.detail.plan).to.equal(plan);
    const goal = plan.steps[0]!.questions.find((q) => q.id === 'goal.question')!;
    expect(goal).to.deep.include({ value: 'Zzyzx qwv blorp', from: 'what' });
    const scale = plan.steps.find((s) => s.id === 'where')!.questions.find((q) => q.id === 'where.scale')!;
    expect(scale.value).to.deep.equal(['local']);
    form.review();
    await form.send();
    expect(submits[0]!.detail).to.not.have.property('stepPlan');
    form.reset();
    form.update({ what: 'Zzyzx qwv blorp' });
    form.openStepPlan();
    form.includeStepPlan(true);
    form.review();
    await form.send();
    expect(submits[1]!.detail.stepPlan!.steps).to.have.length(5);
  });

  it('a result that matches one word of many does not count as fitting', async () => {
    const { form } = setup();
    form.update({ what: 'Welke kleur geven we de dakgoten van het stadhuis?' });
    await wait(10);
    const best = form.state.result!.agenda[0]!;
    expect(best.score, 'the SDK score alone is high').to.be.greaterThan(0.9);
    expect(form.state.fits).to.equal(false);
    expect(form.state.stepPlan.offered).to.equal(true);
    const strict = setup({ minScore: () => 0.2 });
    strict.form.update({ what: 'Welke kleur geven we de dakgoten van het stadhuis?' });
    await wait(10);
    expect(strict.form.state.fits, 'min-score lowers the bar').to.equal(true);
  });

  it('does not offer the step plan when something fits, unless step-plan is always; never hides it', async () => {
    const auto = setup();
    auto.form.update({ what: TRUST });
    await wait(10);
    expect(auto.form.state.fits).to.equal(true);
    expect(auto.form.state.stepPlan).to.deep.include({ offered: false, available: true });
    const always = setup({ stepPlan: () => 'always' });
    expect(always.form.state.stepPlan.offered).to.equal(true);
    const never = setup({ stepPlan: () => 'never' });
    never.form.update({ what: 'Zzyzx qwv blorp' });
    await wait(10);
    expect(never.form.state.stepPlan).to.deep.include({ offered: false, available: false });
    never.form.openStepPlan();
    expect(never.form.state.stepPlan.open).to.equal(false);
  });

  it('a topic ticks the themes of its agenda item unless the person chose themes', () => {
    const { form } = setup();
    form.setTopic('priority-5');
    expect(form.state.topic!.id).to.equal('priority-5');
    expect(form.state.question.themes).to.deep.equal(['participation', 'safety']);
    const other = setup();
    other.form.update({ themes: ['housing'] });
    other.form.setTopic('priority-5');
    expect(other.form.state.question.themes).to.deep.equal(['housing']);
  });

  it('finds similar questions in a host pool', async () => {
    const pool: SharedQuestion[] = [
      { id: 'host-1', text: 'Hoe bouwen we vertrouwen op tussen bewoners en de gemeente?', consent: true, themes: ['participation'] },
    ];
    const { form } = setup({ m: createMatcher(defaultDataset), questions: () => pool });
    form.update({ what: TRUST });
    await wait(10);
    expect(form.state.result!.similarQuestions.map((r) => r.item.id)).to.deep.equal(['host-1']);
  });
  it('stops sending when the host is removed, and the question can be sent again', async () => {
    const never = ((_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
    const { host, form } = setup({ action: () => '/slow', post: () => ({ fetch: never }) });
    form.update({ what: TRUST });
    form.review();
    const sending = form.send();
    expect(form.state.status).to.equal('sending');
    host.disconnect();
    expect(await sending).to.equal(undefined);
    expect(form.state.status).to.equal('review');
    expect(form.state.question).to.deep.equal({ what: TRUST });
  });
});
