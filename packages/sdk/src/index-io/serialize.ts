import type { Dataset } from '../schema/index.js';
import { createMatcher } from '../match/create-matcher.js';
import type { Matcher, MatcherOptions } from '../match/types.js';
import type { SerializedIndex } from './format.js';

/**
 * The matcher's indexes as a JSON string, to ship with a site so the index need not be built in
 * the browser. Load it with {@link loadMatcher} and the same dataset.
 *
 * @example
 * writeFileSync('index.json', serializeMatcher(createMatcher(defaultDataset)));
 */
export function serializeMatcher(matcher: Matcher): string {
  return JSON.stringify(matcher.toJSON());
}

/**
 * A matcher over a prebuilt index; `match` and `offeringText` give exactly what a freshly built
 * matcher gives. Throws a clear error when the index was built for another dataset, question pool,
 * lexicon or format version.
 *
 * @example
 * const matcher = loadMatcher(defaultDataset, readFileSync('index.json', 'utf8'));
 */
export function loadMatcher(
  dataset: Dataset,
  serialized: string | SerializedIndex,
  options: Omit<MatcherOptions, 'prebuilt'> = {},
): Matcher {
  let prebuilt: SerializedIndex;
  if (typeof serialized === 'string') {
    try {
      prebuilt = JSON.parse(serialized) as SerializedIndex;
    } catch {
      throw new Error('leernetwerk: prebuilt index: not valid JSON');
    }
  } else {
    prebuilt = serialized;
  }
  return createMatcher(dataset, { ...options, prebuilt });
}
