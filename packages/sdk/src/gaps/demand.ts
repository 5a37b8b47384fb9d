import { DIRECTIONS, DOMAIN_SCOPES, SCALES, TARGET_GROUPS, type Dataset } from '../schema/index.js';
import type { DemandSource, GapDimension, GapQuestion, OrganisationalDemand } from './types.js';

/**
 * Default weights. A question a person asks counts once; a priority question of the agenda
 * twice, as a thread through most consultations (report 2.2); a white spot three times, as
 * demand the report found without supply (section 3).
 */
export const DEFAULT_DEMAND_WEIGHTS: Readonly<Record<DemandSource, number>> = {
  priority: 2,
  'content-gap': 3,
  'organisational-gap': 3,
  question: 1,
};

/**
 * What the organisational white spots (report 3.2) ask for: vertical learning, learning across
 * domains, and exchange between networks that each work within their own sector.
 */
export const ORGANISATIONAL_DEMAND: Readonly<Record<string, OrganisationalDemand>> = {
  'org-vertical': { direction: ['vertical'] },
  'org-cross-domain': { domainScope: ['cross-domain'] },
  'org-between-networks': { domainScope: ['cross-domain'] },
};

/** One source of demand and what it asks for on each dimension. */
export interface DemandSignal {
  readonly source: DemandSource;
  readonly weight: number;
  readonly agendaItem?: string;
  /** Set for questions; `id` only for shared questions. */
  readonly question?: { readonly id?: string };
  readonly values: Readonly<Record<GapDimension, readonly string[]>>;
}

export interface DemandSettings {
  readonly weights: Readonly<Record<DemandSource, number>>;
  readonly organisationalDemand: Readonly<Record<string, OrganisationalDemand>>;
  /** Themes for a question that names none, found from its text. */
  readonly themesFor: (text: string) => readonly string[];
}

const only = (allowed: readonly string[], values: readonly (string | undefined)[] | undefined): string[] =>
  [...new Set((values ?? []).filter((value): value is string => value !== undefined && allowed.includes(value)))];

/**
 * Every demand signal of a dataset and a list of questions. A question that names no target
 * group counts for every group, as the priority questions that name all four do.
 */
export function demandSignals(dataset: Dataset, questions: readonly GapQuestion[], settings: DemandSettings): DemandSignal[] {
  const themeIds = dataset.themes.map((theme) => theme.id);
  const signals: DemandSignal[] = dataset.agenda.map((item) => {
    const organisational = Object.hasOwn(settings.organisationalDemand, item.id)
      ? settings.organisationalDemand[item.id]!
      : {};
    return {
      source: item.kind,
      weight: settings.weights[item.kind],
      agendaItem: item.id,
      values: {
        theme: only(themeIds, item.themes),
        targetGroup: only(TARGET_GROUPS, item.targetGroups),
        scale: [],
        direction: only(DIRECTIONS, organisational.direction),
        domainScope: only(DOMAIN_SCOPES, organisational.domainScope),
      },
    };
  });
  for (const question of questions) {
    const learning = 'what' in question ? question : undefined;
    const named = only(themeIds, question.themes);
    const text = learning?.what ?? ('text' in question ? question.text : '');
    signals.push({
      source: 'question',
      weight: settings.weights.question,
      question: 'id' in question ? { id: question.id } : {},
      values: {
        theme: named.length > 0 || text.trim() === '' ? named : only(themeIds, settings.themesFor(text)),
        targetGroup: question.targetGroup === undefined ? [...TARGET_GROUPS] : only(TARGET_GROUPS, [question.targetGroup]),
        scale: only(SCALES, question.scale),
        direction: only(DIRECTIONS, [learning?.direction]),
        domainScope: only(DOMAIN_SCOPES, [learning?.domainScope]),
      },
    });
  }
  return signals;
}
