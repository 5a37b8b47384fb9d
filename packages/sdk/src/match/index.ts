export { createMatcher, DEFAULT_FUZZY, DEFAULT_LIMIT } from './create-matcher.js';
export { offeringCriteria } from './offering-criteria.js';
export { agendaCriteria } from './agenda-criteria.js';
export { questionCriteria } from './question-criteria.js';
export type { Criterion, CriteriaRegistry, ScoringContext } from './criteria.js';
export { needFit } from './learning-needs.js';
export type { Matcher, MatcherOptions, MatchInput, MatchOptions, MatchResult, TextHit } from './types.js';
