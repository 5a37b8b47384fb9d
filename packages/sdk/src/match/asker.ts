import {
  DIRECTIONS,
  DOMAIN_SCOPES,
  DURATIONS,
  LEARNING_FORMS,
  PEER_MIXES,
  SCALES,
  TARGET_GROUPS,
  type Direction,
  type DomainScope,
  type Duration,
  type LearningForm,
  type PeerMix,
  type Scale,
  type TargetGroup,
} from '../schema/index.js';
import { normalize } from '../text/index.js';

/**
 * A question read defensively into what scoring needs; anything unusable is simply absent.
 * `organisationType` is not read: the report (sections 2.3, 4.2) gives no ranking basis for it
 * beyond the target group, so it is carried for the host (who handles the request), never ranked.
 * `peerMix` ranks through the `peer-mix` criterion (see `PEER_MIX_SIGNS`).
 */
export interface Asker {
  readonly text: string;
  readonly themes: readonly string[];
  readonly targetGroup?: TargetGroup;
  readonly scale: readonly Scale[];
  readonly learningForms: readonly LearningForm[];
  readonly direction?: Direction;
  readonly domainScope?: DomainScope;
  readonly peerMix?: PeerMix;
  readonly duration?: Duration;
  /** Normalised region, compared word by word. */
  readonly region?: string;
}

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const listOf = <T extends string>(values: readonly T[] | undefined, input: unknown): T[] => {
  if (!Array.isArray(input)) return [];
  const out: T[] = [];
  for (const value of input) {
    if (typeof value !== 'string' || out.includes(value as T)) continue;
    if (values === undefined || (values as readonly string[]).includes(value)) out.push(value as T);
  }
  return out;
};

const field = (input: object, key: string): unknown => (input as Record<string, unknown>)[key];

/** Reads a plain string or a (partial) learning question; never throws. */
export function readAsker(input: unknown): Asker {
  if (typeof input === 'string') return { text: input, themes: [], scale: [], learningForms: [] };
  if (input === null || typeof input !== 'object') return { text: '', themes: [], scale: [], learningForms: [] };
  const what = field(input, 'what');
  const region = field(input, 'region');
  const normalizedRegion = typeof region === 'string' ? normalize(region) : '';
  const asker: Asker = {
    text: typeof what === 'string' ? what : '',
    themes: listOf(undefined, field(input, 'themes')),
    targetGroup: oneOf(TARGET_GROUPS, field(input, 'targetGroup')),
    scale: listOf(SCALES, field(input, 'scale')),
    learningForms: listOf(LEARNING_FORMS, field(input, 'learningForms')),
    direction: oneOf(DIRECTIONS, field(input, 'direction')),
    domainScope: oneOf(DOMAIN_SCOPES, field(input, 'domainScope')),
    peerMix: oneOf(PEER_MIXES, field(input, 'peerMix')),
    duration: oneOf(DURATIONS, field(input, 'duration')),
    ...(normalizedRegion === '' ? {} : { region: normalizedRegion }),
  };
  return asker;
}
