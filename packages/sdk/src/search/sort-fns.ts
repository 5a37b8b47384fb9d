import type { SearchIndex } from './search-index.js';
import type { SearchSort } from './types.js';

/** Orders offering positions; `scores` holds text scores by position when there is a query. */
export type SortFn = (index: SearchIndex, scores: Float64Array | undefined) => (a: number, b: number) => number;

const byRank =
  (rank: Uint32Array) =>
  (a: number, b: number): number =>
    rank[a]! - rank[b]!;

/** The finder's sort orders as named pure functions. Ranks already break ties by id. */
export const sortFns: Readonly<Record<SearchSort, SortFn>> = {
  relevance: (index, scores) => {
    if (scores === undefined) return byRank(index.titleRank);
    const { offerings } = index;
    return (a, b) => {
      const byScore = scores[b]! - scores[a]!;
      if (byScore !== 0) return byScore;
      const idA = offerings[a]!.id;
      const idB = offerings[b]!.id;
      return idA < idB ? -1 : idA > idB ? 1 : a - b;
    };
  },
  title: (index) => byRank(index.titleRank),
  provider: (index) => byRank(index.providerRank),
};
