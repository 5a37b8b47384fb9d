import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A bare host for controller tests: no element, no rendering; it does for its controllers what an element's lifecycle does. */
export class HostStub extends EventTarget implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController(c: ReactiveController) {
    this.controllers = this.controllers.filter((x) => x !== c);
  }
  requestUpdate() {
    this.updates++;
  }
  connect() {
    for (const c of this.controllers) c.hostConnected?.();
  }
  /** What an element's update cycle does for its controllers. */
  cycle() {
    for (const c of this.controllers) c.hostUpdate?.();
  }
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
  /** Collects the events of `type` dispatched on the host from now on. */
  events<T extends Event>(type: string): T[] {
    const seen: T[] = [];
    this.addEventListener(type, (e) => seen.push(e as T));
    return seen;
  }
}
