// The controller on a bare host stub: no element, no rendering.
import { expect } from '@open-wc/testing';
import { stepPlan, type StepAnswers } from '@leernetwerk/sdk';
import { defaultDataset } from '@leernetwerk/data';
import type { ReactiveController } from 'lit';
import { STEP_COUNT, StepPlanController } from './step-plan.controller.js';
import type { LnStepPlanChangeEvent } from './step-plan.events.js';

class HostStub extends EventTarget {
  controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  cycle() {
    for (const c of this.controllers) c.hostUpdate?.();
  }
}

const QUESTION = { what: 'Hoe houden we onze wijkaanpak vol?', targetGroup: 'resident' as const, scale: ['local' as const] };

function setup(given?: { answers?: StepAnswers }) {
  const host = new HostStub();
  const inputs = { answers: given?.answers };
  const flow = new StepPlanController(host, {
    question: () => QUESTION,
    dataset: () => defaultDataset,
    match: () => undefined,
    answers: () => inputs.answers,
  });
  const events: LnStepPlanChangeEvent[] = [];
  host.addEventListener('ln-step-plan-change', (e) => events.push(e as LnStepPlanChangeEvent));
  host.cycle();
  return { host, flow, events, inputs };
}

const question = (flow: StepPlanController, id: string) => flow.state.plan.steps.flatMap((s) => s.questions).find((q) => q.id === id)!;

describe('StepPlanController', () => {
  it('builds the SDK plan from the question and the answers, and only an action fires a change', () => {
    const { flow, events } = setup();
    expect(flow.state.plan).to.deep.equal(stepPlan(QUESTION, { dataset: defaultDataset, answers: {} }));
    expect(flow.state.plan, 'the same plan while nothing changes').to.equal(flow.state.plan);
    expect(events).to.have.length(0);
    flow.setText('goal.result', 'Samen leren');
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.deep.equal({ answers: { 'goal.result': 'Samen leren' }, plan: flow.state.plan, changed: 'goal.result' });
  });

  it('toggles options on top of what the question said, and "use" adds or chooses a suggestion', () => {
    const { flow } = setup();
    flow.toggle('where.scale', 'regional', true);
    expect(question(flow, 'where.scale').value).to.deep.equal(['local', 'regional']);
    flow.toggle('where.scale', 'local', false);
    flow.toggle('where.scale', 'regional', false);
    expect(question(flow, 'where.scale').answered, 'cleared, not taken from the question again').to.equal(false);
    const forms = question(flow, 'how.learning-forms').suggestions.map((s) => s.id);
    expect(forms.length).to.be.greaterThan(0);
    flow.use('how.learning-forms', forms[0]!);
    expect(question(flow, 'how.learning-forms').value).to.deep.equal([forms[0]]);
    flow.use('where.peer-mix', 'mixed');
    expect(question(flow, 'where.peer-mix').value).to.equal('mixed');
    flow.choose('where.peer-mix', '');
    expect(question(flow, 'where.peer-mix').answered).to.equal(false);
  });

  it('moves between the steps and the overview, within bounds', () => {
    const { flow, host } = setup();
    expect(flow.state.current).to.equal(0);
    flow.back();
    expect(flow.state.current).to.equal(0);
    const updates = host.updates;
    for (let i = 0; i < 10; i++) flow.next();
    expect(flow.state.current).to.equal(STEP_COUNT);
    expect(flow.state.step, 'the overview has no step').to.equal(undefined);
    expect(host.updates).to.equal(updates + STEP_COUNT);
    flow.goTo(2);
    expect(flow.state.step!.id).to.equal('how');
  });

  it('takes a host\'s new answers object, and keeps its own while the host passes the same', () => {
    const restored: StepAnswers = { 'results.sharing': 'Op WijkWijzer' };
    const { flow, host, inputs } = setup({ answers: restored });
    expect(flow.state.answers).to.equal(restored);
    flow.setText('results.roles', 'Het team trekt');
    host.cycle();
    expect(flow.state.answers).to.deep.equal({ 'results.sharing': 'Op WijkWijzer', 'results.roles': 'Het team trekt' });
    inputs.answers = {};
    host.cycle();
    expect(flow.state.answers).to.deep.equal({});
  });
});
