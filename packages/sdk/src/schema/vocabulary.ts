/**
 * The closed vocabularies of the domain, with stable ids (see DOMAIN.md).
 * Labels live in the messages module; these are the values data and code agree on.
 */
export const TARGET_GROUPS = ['administrator', 'policymaker', 'professional', 'resident'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const THEME_KINDS = ['content', 'process'] as const;
export type ThemeKind = (typeof THEME_KINDS)[number];

export const LEARNING_FORMS = [
  'learning-community',
  'living-lab',
  'community-of-practice',
  'knowledge-workshop',
  'intervisie',
  'masterclass',
  'excursion',
  'training',
  'inspiration-session',
  'action-research',
  'learning-circle',
  'online-community',
  'city-lab',
  'peer-network',
] as const;
export type LearningForm = (typeof LEARNING_FORMS)[number];

/** How much organising a form asks (section 4.2: light forms versus systematic, intensive ones). */
export const LEARNING_FORM_INTENSITIES = ['light', 'intensive'] as const;
export type LearningFormIntensity = (typeof LEARNING_FORM_INTENSITIES)[number];

export const SCALES = ['local', 'regional', 'national', 'organisation'] as const;
export type Scale = (typeof SCALES)[number];

/** Horizontal: among peers at one level. Vertical: across policy, execution, administration and residents. */
export const DIRECTIONS = ['horizontal', 'vertical'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DOMAIN_SCOPES = ['within-domain', 'cross-domain'] as const;
export type DomainScope = (typeof DOMAIN_SCOPES)[number];

export const DURATIONS = ['one-off', 'short', 'long-running'] as const;
export type Duration = (typeof DURATIONS)[number];

/** With whom a person wants to learn: peers ("vakgenoten, gelijkgestemden") or a mix of disciplines. */
export const PEER_MIXES = ['peers', 'mixed'] as const;
export type PeerMix = (typeof PEER_MIXES)[number];

export const ORGANISATION_TYPES = [
  'municipality',
  'housing-corporation',
  'care-welfare',
  'police',
  'school',
  'knowledge-institute',
  'resident-initiative',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const AGENDA_ITEM_KINDS = ['priority', 'content-gap', 'organisational-gap'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** Whom a consulted network represents (annex 4 columns: bestuur, beleid, professionals, bewoners, overig). */
export const REPRESENTED_GROUPS = [...TARGET_GROUPS, 'other'] as const;
export type RepresentedGroup = (typeof REPRESENTED_GROUPS)[number];

export const NETWORK_KINDS = [
  'peer-network',
  'knowledge-organisation',
  'knowledge-infrastructure',
  'programme',
  'platform',
  'project',
] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];
