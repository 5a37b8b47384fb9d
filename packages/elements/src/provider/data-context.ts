import { createContext } from '@lit/context';
import type { Dataset, DatasetProblem, Matcher } from '@leernetwerk/sdk';

export type DataStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Why loading failed; the words come from `messages.common.error`. */
export type DataErrorKind = 'not-found' | 'http' | 'timeout' | 'network' | 'json' | 'invalid' | 'index';

export interface DataError {
  readonly kind: DataErrorKind;
  /** HTTP status for `not-found` and `http`. */
  readonly httpStatus?: number;
  /** What made the data unusable (kind `invalid`), for the technical details. */
  readonly problems?: readonly DatasetProblem[];
}

/** Lenient parsing dropped some records: the widget says so, with counts. */
export interface DataNotice {
  /** Records left out (offerings[3], agenda[1] …). */
  readonly dropped: number;
  /** Problems found (one record can have several). */
  readonly problems: number;
}

/**
 * What widgets get from `<ln-provider>` (or their own loader): the load status, the validated
 * dataset and the matcher built once from it, plus a `retry` action for the error state.
 */
export interface DataState {
  readonly status: DataStatus;
  /** 'default' for the bundled dataset, else the URL it came from. */
  readonly source?: string;
  readonly dataset?: Dataset;
  readonly matcher?: Matcher;
  /** Every problem lenient parsing found (empty for valid data). */
  readonly problems: readonly DatasetProblem[];
  readonly notice?: DataNotice;
  readonly error?: DataError;
  /**
   * Loading progress 0–100, shown in the loading state when set. `<ln-provider>` no longer sets
   * it: reading the body in chunks to count bytes caused long main-thread tasks.
   */
  readonly progress?: number;
  /** Loads again (after an error); a no-op otherwise. */
  readonly retry: () => void;
}

/** The context key `<ln-provider>` provides and every widget consumes. */
export const dataContext = createContext<DataState>(Symbol.for('leernetwerk.data'));
