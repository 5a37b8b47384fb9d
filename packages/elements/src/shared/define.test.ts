import { expect } from '@open-wc/testing';
import { defineElement, spreadDefinitions } from './define.js';

class SpreadA extends HTMLElement {}
class SpreadB extends HTMLElement {}
class SpreadC extends HTMLElement {}
class Taken extends HTMLElement {}
class Other extends HTMLElement {}

describe('defineElement with spreadDefinitions', () => {
  it('defines each element in a task of its own, in call order, and leaves a taken tag alone', async () => {
    const upgraded: string[] = [];
    const a = document.createElement('ln-test-spread-a');
    document.body.append(a);
    customElements.define('ln-test-spread-taken', Taken);

    spreadDefinitions();
    expect(defineElement('ln-test-spread-a', SpreadA)).to.equal(SpreadA);
    expect(defineElement('ln-test-spread-b', SpreadB)).to.equal(SpreadB);
    expect(defineElement('ln-test-spread-taken', Other)).to.equal(Taken);
    expect(defineElement('ln-test-spread-c', SpreadC)).to.equal(SpreadC);
    expect(customElements.get('ln-test-spread-a')).to.equal(undefined);

    // whenDefined resolves in the microtasks of the task that defined the tag: the next tag is not defined yet.
    for (const tag of ['a', 'b', 'c']) {
      await customElements.whenDefined(`ln-test-spread-${tag}`);
      upgraded.push(tag);
      const later = ['a', 'b', 'c'].slice(upgraded.length);
      expect(later.map((t) => customElements.get(`ln-test-spread-${t}`)), `after ${tag}`).to.deep.equal(later.map(() => undefined));
    }
    expect(a).to.be.instanceOf(SpreadA);
    expect(customElements.get('ln-test-spread-taken')).to.equal(Taken);
    a.remove();
  });
});
