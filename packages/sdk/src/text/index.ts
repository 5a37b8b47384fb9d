export { normalize } from './normalize.js';
export { stem } from './stem.js';
export { isStopword, dutchStopwords, EXTRA_STOPWORDS } from './stopwords.js';
export { SYNONYM_GROUPS, type SynonymGroup } from './synonyms.js';
export { COMPOUND_HEADS, COMPOUND_MODIFIERS } from './compounds.js';
export { createAnalyzer, getDefaultAnalyzer, isSynonymTerm, SYNONYM_PREFIX, type Analyzer, type AnalyzerOptions } from './analyzer.js';
export { tokenize, processTerm, analyze } from './analyze.js';
