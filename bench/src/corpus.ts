import { generateCatalogue, generateQueries } from '@leernetwerk/data/synthetic';
import { flatten, type Corpus } from './engines/index.js';
import type { BenchQuery } from './replay.js';
import { SEED, type Plan } from './settings.js';

/** The synthetic catalogue of `size` offerings every engine indexes, the same in every run. */
export function makeCorpus(size: number): Corpus {
  const dataset = generateCatalogue({ seed: SEED, offerings: size });
  return { dataset, documents: flatten(dataset) };
}

/** The plan's finder queries and questions, each tagged with the theme it was generated for. */
export function makeQueries(plan: Pick<Plan, 'finderQueries' | 'questions'>): BenchQuery[] {
  const all = generateQueries({ seed: SEED, count: 2 * Math.max(plan.finderQueries, plan.questions) });
  return [
    ...all.filter((q) => q.kind === 'finder').slice(0, plan.finderQueries),
    ...all.filter((q) => q.kind === 'question').slice(0, plan.questions),
  ];
}
