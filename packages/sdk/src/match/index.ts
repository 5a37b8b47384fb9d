export { createMatcher, createMatcherAsync, DEFAULT_FUZZY, DEFAULT_LIMIT, DEFAULT_MIN_FIT, type CreateMatcherAsyncOptions } from './create-matcher.js';
export { offeringCriteria, PEER_MIX_SIGNS, peerMixFit } from './offering-criteria.js';
export { agendaCriteria } from './agenda-criteria.js';
export { questionCriteria } from './question-criteria.js';
export type { Criterion, CriteriaRegistry, ScoringContext } from './criteria.js';
export { needFit } from './learning-needs.js';
export type { DeepReadonly, Matcher, MatcherOptions, MatchFit, MatchInput, MatchOptions, MatchRanked, MatchResult, TextHit } from './types.js';
export {
  agendaItemTexts,
  DEFAULT_AGENDA_MIN_FIT,
  offeringsForAgendaItem,
  type AgendaOffering,
  type AgendaOfferingsOptions,
} from './agenda-offerings.js';
