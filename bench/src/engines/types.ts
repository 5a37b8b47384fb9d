import type { Dataset } from '@leernetwerk/sdk';

/** What a person types into: the finder's search box, or the question form's text field. */
export type QueryKind = 'finder' | 'question';

/** The same documents every engine indexes: the Dutch text fields of each offering. */
export type FlatDocument = {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly provider: string;
};

export interface Corpus {
  readonly dataset: Dataset;
  readonly documents: readonly FlatDocument[];
}

/** A built engine: answers one query with the ids of its top results, best first. */
export interface Engine {
  readonly name: string;
  top(query: string, kind: QueryKind, limit: number): readonly string[];
}

/** How to build an engine over a corpus; `build` is what the build benchmark times. */
export interface EngineFactory {
  readonly name: string;
  /** One line on the configuration, for the report. */
  readonly config: string;
  build(corpus: Corpus): Engine;
}

export const flatten = (dataset: Dataset): FlatDocument[] =>
  dataset.offerings.map((offering) => ({
    id: offering.id,
    title: offering.title.nl,
    description: offering.description.nl,
    provider: offering.provider,
  }));
