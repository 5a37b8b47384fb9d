import type { MatchInput, MatchOptions } from '../match/types.js';
import type { Ranked } from '../reasons.js';
import type {
  AgendaItem,
  Direction,
  DomainScope,
  LearningQuestion,
  SharedQuestion,
  TargetGroup,
} from '../schema/index.js';

/** The dimensions along which demand and supply are compared. */
export const GAP_DIMENSIONS = ['theme', 'targetGroup', 'scale', 'direction', 'domainScope'] as const;
export type GapDimension = (typeof GAP_DIMENSIONS)[number];

/** Where demand comes from: the three kinds of agenda item, and people's questions. */
export const DEMAND_SOURCES = ['priority', 'content-gap', 'organisational-gap', 'question'] as const;
export type DemandSource = (typeof DEMAND_SOURCES)[number];

export type GapQuestion = LearningQuestion | SharedQuestion;

/** What an organisational white spot asks for along the dimensions agenda items don't carry. */
export interface OrganisationalDemand {
  readonly direction?: readonly Direction[];
  readonly domainScope?: readonly DomainScope[];
}

export interface GapOptions {
  /** People's questions, counted as demand next to the agenda. */
  readonly questions?: readonly GapQuestion[];
  /** Finds themes for questions that only have free text; default `createMatcher(dataset)`, built only when needed. */
  readonly matcher?: { match(question: MatchInput, options?: MatchOptions): { readonly agenda: readonly Ranked<AgendaItem>[] } };
  /** Demand weight per source; defaults in `DEFAULT_DEMAND_WEIGHTS`. */
  readonly weights?: Partial<Record<DemandSource, number>>;
  /** Per organisational agenda item id; defaults in `ORGANISATIONAL_DEMAND`. */
  readonly organisationalDemand?: Readonly<Record<string, OrganisationalDemand>>;
  /** Thresholds of the findings; defaults in `DEFAULT_FINDING_THRESHOLDS`. */
  readonly thresholds?: Partial<FindingThresholds>;
}

export interface FindingThresholds {
  /** A value dominates when more than this share of offerings carries it and no other value does. */
  readonly dominantShare: number;
  /** A wanted value is scarce when its supply is at most this fraction of the median supply of its peers. */
  readonly scarceRatio: number;
  /** A wanted value is underserved when its supply share is at most this fraction of its demand share. */
  readonly underservedRatio: number;
}

/** Demand behind a cell or value: weighted total, per source, and what it consists of. */
export interface Demand {
  readonly total: number;
  readonly bySource: Readonly<Record<DemandSource, number>>;
  readonly agendaItems: readonly string[];
  /** How many questions; `questionIds` lists those that have an id (shared questions). */
  readonly questions: number;
  readonly questionIds: readonly string[];
}

/** Demand against supply for one theme and target group. */
export interface GapCell {
  readonly theme: string;
  readonly targetGroup: TargetGroup;
  readonly demand: Demand;
  readonly supply: number;
  readonly offerings: readonly string[];
  /** This cell's part of all cell demand, and of all cell supply. */
  readonly demandShare: number;
  readonly supplyShare: number;
  /**
   * How many offerings the cell lacks for supply to follow demand: its demand share of all
   * cell supply, minus its supply. Negative when it has more than its share.
   */
  readonly shortfall: number;
}

/** Demand against supply for one value of one dimension. */
export interface GapRow {
  readonly dimension: GapDimension;
  readonly value: string;
  readonly demand: Demand;
  /** Share of the demand expressed on this dimension that asks for this value (weighted). */
  readonly demandShare: number;
  readonly supply: number;
  /** Share of all offerings that carry this value. Values may overlap, so shares may add up to more than 1. */
  readonly supplyShare: number;
}

/** A statement the numbers support, as data; words come from the messages module. */
export type GapFinding =
  | {
      readonly code: 'dominant';
      readonly dimension: GapDimension;
      readonly value: string;
      readonly share: number;
      readonly supply: number;
      /** The other values of the dimension (for themes: of the same kind), most supplied first. */
      readonly comparedWith: readonly string[];
    }
  | {
      readonly code: 'scarce';
      readonly dimension: GapDimension;
      readonly value: string;
      readonly supply: number;
      readonly share: number;
      readonly demand: number;
      /** The median supply of the other values; with one other value, simply its supply. */
      readonly reference: number;
      /** How many other values `reference` is taken over. */
      readonly peers: number;
      /** The other values supplied at least as well as that median, most supplied first. */
      readonly comparedWith: readonly string[];
    }
  | {
      readonly code: 'underserved';
      readonly dimension: GapDimension;
      readonly value: string;
      readonly demand: number;
      readonly demandShare: number;
      readonly supply: number;
      readonly supplyShare: number;
    }
  | {
      readonly code: 'uncovered';
      readonly theme: string;
      readonly targetGroup: TargetGroup;
      readonly demand: number;
    };

export interface GapAnalysis {
  readonly offerings: number;
  readonly weights: Readonly<Record<DemandSource, number>>;
  /** Theme × target group cells with any demand or supply, largest shortfall first. */
  readonly cells: readonly GapCell[];
  /** Per dimension, its values, most demanded first. */
  readonly rows: Readonly<Record<GapDimension, readonly GapRow[]>>;
  readonly findings: readonly GapFinding[];
}
