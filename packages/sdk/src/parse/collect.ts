import { formatPath } from './problem.js';
import type { DatasetProblem, PathSegment, Problem } from './problem.js';

/** The problems found so far while parsing one dataset, and whether one of them sinks it. */
export interface Collector {
  readonly lenient: boolean;
  readonly problems: DatasetProblem[];
  /** A whole-dataset problem: lenient mode cannot keep going around it. */
  fatal: boolean;
}

export function createCollector(lenient: boolean): Collector {
  return { lenient, problems: [], fatal: false };
}

/** Records a problem; in lenient mode it names what was left out because of it. */
export function report(collector: Collector, found: Problem, dropped: readonly PathSegment[]): void {
  collector.problems.push(collector.lenient ? { ...found, dropped: formatPath(dropped) } : found);
}

export function reportFatal(collector: Collector, found: Problem): void {
  collector.fatal = true;
  collector.problems.push(found);
}

/** A record that passed, with its index in the input so later problems point at the right place. */
export interface Kept<T> {
  readonly index: number;
  readonly value: T;
  /** For records with a nested list of records (learning needs, agenda questions): their input indexes. */
  readonly parts?: readonly number[];
}
