/**
 * Why a result ranks where it does, as data. Words come later, from `messages/`.
 * Codes are stable: hosts may rely on them.
 */
export const REASON_CODES = [
  /** Query words matched; params: { terms: string[], fields: string[] } */
  'term',
  /** Shares a theme with the question; params: { theme } */
  'theme',
  /** Meant for the asker's target group; params: { targetGroup } */
  'target-group',
  /** Offered at a scale the asker wants; params: { scale } */
  'scale',
  /** Uses a learning form the asker wants or their group prefers; params: { learningForm } */
  'learning-form',
  /** Horizontal or vertical learning as wanted; params: { direction } */
  'direction',
  /** Within or across domains as wanted; params: { domainScope } */
  'domain-scope',
  /** Learning across domains, which the report asks for; params: {} */
  'cross-domain',
  /** Same region; params: { region } */
  'region',
  /** Fits the wanted duration; params: { duration } */
  'duration',
  /** Fits a learning need the report gives for the asker's group (section 2.3); params: { targetGroup, need } */
  'learning-need',
  /** The offering serves an agenda item that matched the question; params: { agendaItem } */
  'agenda-link',
  /** The agenda item is a white spot: demand without supply; params: {} */
  'white-spot',
  /** One of the seven priority questions; params: { number } */
  'priority',
  /**
   * Learning with peers or with a mix of disciplines, as wanted (report section 4.2): read from
   * the offering's direction, domain scope and learning forms; params: { peerMix }
   */
  'peer-mix',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type ReasonParams = Readonly<Record<string, string | number | readonly string[]>>;

export interface Reason {
  readonly code: ReasonCode;
  /** How much this reason added to the score, relative to the others of the same result. */
  readonly weight: number;
  readonly params: ReasonParams;
}

export interface Ranked<T> {
  readonly item: T;
  readonly score: number;
  readonly reasons: readonly Reason[];
}
