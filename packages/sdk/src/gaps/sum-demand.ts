import type { DemandSignal } from './demand.js';
import { DEMAND_SOURCES, type Demand, type DemandSource } from './types.js';

/** Adds demand signals up: weighted total, per source, and which agenda items and questions. */
export function sumDemand(signals: readonly DemandSignal[]): Demand {
  const bySource = Object.fromEntries(DEMAND_SOURCES.map((source) => [source, 0])) as Record<DemandSource, number>;
  const agendaItems = new Set<string>();
  const questionIds = new Set<string>();
  let total = 0;
  let questions = 0;
  for (const signal of signals) {
    total += signal.weight;
    bySource[signal.source] += signal.weight;
    if (signal.agendaItem !== undefined) agendaItems.add(signal.agendaItem);
    if (signal.question === undefined) continue;
    questions++;
    if (signal.question.id !== undefined) questionIds.add(signal.question.id);
  }
  return { total, bySource, agendaItems: [...agendaItems].sort(), questions, questionIds: [...questionIds].sort() };
}
