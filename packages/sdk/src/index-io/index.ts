export { serializeMatcher, loadMatcher } from './serialize.js';
export { INDEX_FORMAT, INDEX_FORMAT_VERSION, type SerializedIndex } from './format.js';
export type { SerializedTextIndex } from '../match/text-index-build.js';
