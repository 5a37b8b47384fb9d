// Shared by the index-io tests (holds no tests itself): the seeded synthetic catalogue and queries
// of @leernetwerk/data, imported by URL so the SDK's build does not depend on the data package.
import * as z from 'zod/mini';
import { DatasetSchema, type Dataset } from '../schema/index.js';

interface SyntheticModule {
  generateCatalogue(options: { seed: number | string; offerings: number; questions?: number }): unknown;
  generateQueries(options: { seed: number | string; count: number }): { kind: string; text: string }[];
}

const synthetic = (await import(new URL('../../../data/src/synthetic/index.ts', import.meta.url).href)) as SyntheticModule;

export function syntheticCatalogue(seed: number, offerings: number, questions: number): Dataset {
  return z.parse(DatasetSchema, synthetic.generateCatalogue({ seed, offerings, questions }));
}

export function syntheticQueries(seed: number, count: number): string[] {
  return synthetic.generateQueries({ seed, count }).map((query) => query.text);
}
