export { serializeMatcher, loadMatcher } from './serialize.js';
export { INDEX_FORMAT, INDEX_FORMAT_VERSION, type SerializedIndex } from './format.js';
