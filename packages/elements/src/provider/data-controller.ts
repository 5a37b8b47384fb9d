import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { DataState } from './data-context.js';
import { DataLoadError, loadDefault, loadFromUrl, type LoadedData } from './load-data.js';

export interface DataControllerOptions {
  /** The URL of a dataset or prebuilt index; empty → the bundled default dataset. */
  readonly src: () => string | null | undefined;
  /** Request timeout in ms. */
  readonly timeout?: () => number | undefined;
}

/**
 * Loads data for one host with `@lit/task`: from `src` (fetch with timeout, lenient validation,
 * matcher built once) or, without `src`, the bundled default dataset (lazy chunk). Re-loads when
 * `src` changes; `retry()` re-runs after an error. `value` is a stable {@link DataState}: a new
 * object only when something changed, so it can be handed to a context provider as is.
 *
 * @example
 * private data = new DataController(this, { src: () => this.src });
 * render() { return this.data.value.status === 'ready' ? … : renderDataState(this.data.value, this.t); }
 */
export class DataController {
  readonly #host: ReactiveControllerHost;
  #attempt = 0;
  #state: DataState | undefined;
  #stateKey: unknown[] = [];
  readonly #task: Task<[string, number], LoadedData>;

  constructor(host: ReactiveControllerHost, options: DataControllerOptions) {
    this.#host = host;
    this.#task = new Task<[string, number], LoadedData>(host, {
      args: () => [options.src()?.trim() ?? '', this.#attempt],
      task: async ([src], { signal }) => {
        if (!src) return loadDefault();
        const timeout = options.timeout?.();
        return loadFromUrl(src, { signal, ...(timeout && timeout > 0 ? { timeout } : {}) });
      },
    });
  }

  /** Loads again; bound, so it can be passed around as `state.retry`. */
  readonly retry = (): void => {
    if (this.#task.status === TaskStatus.PENDING) return;
    this.#attempt++;
    this.#host.requestUpdate();
  };

  /** Resolves when the current load settled (for tests and for hosts that await data). */
  get taskComplete(): Promise<LoadedData> {
    return this.#task.taskComplete;
  }

  get value(): DataState {
    const task = this.#task;
    const key = [task.status, task.value, task.error];
    if (this.#state && key.every((k, i) => k === this.#stateKey[i])) return this.#state;
    this.#stateKey = key;
    this.#state = this.#compute();
    return this.#state;
  }

  #compute(): DataState {
    const base = { problems: [], retry: this.retry } as const;
    switch (this.#task.status) {
      case TaskStatus.INITIAL:
        return { ...base, status: 'idle' };
      case TaskStatus.PENDING:
        return { ...base, status: 'loading' };
      case TaskStatus.COMPLETE: {
        const d = this.#task.value!;
        return {
          ...base,
          status: 'ready',
          source: d.source,
          dataset: d.dataset,
          matcher: d.matcher,
          problems: d.problems,
          ...(d.notice ? { notice: d.notice } : {}),
        };
      }
      case TaskStatus.ERROR: {
        const error = this.#task.error;
        if (!(error instanceof DataLoadError)) console.error(error);
        const detail = error instanceof DataLoadError ? error.detail : { kind: 'invalid' as const };
        return { ...base, status: 'error', error: detail, problems: detail.problems ?? [] };
      }
    }
  }
}
