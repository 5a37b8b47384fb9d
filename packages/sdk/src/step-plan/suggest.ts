import type { Ranked, Reason } from '../reasons.js';
import type { AgendaItem, Dataset, LearningPreference, Network, Offering } from '../schema/index.js';
import { KNOWLEDGE_KINDS } from './questions.js';
import type { StepQuestionId, Suggestion } from './types.js';

/** What the plan uses of a `MatchResult`: its agenda ranking and the offerings it found. */
export interface PlanMatch {
  readonly agenda: readonly Ranked<AgendaItem>[];
  readonly offerings: readonly Ranked<Offering>[];
}

/** What the plan knows so far, for suggesting options. */
export interface PlanContext {
  readonly dataset?: Dataset;
  readonly match?: PlanMatch;
  readonly themes: readonly string[];
  readonly groups: readonly string[];
  readonly learningForms: readonly string[];
}

type Suggester = (context: PlanContext) => Suggestion[];

const reason = (code: Reason['code'], weight: number, params: Reason['params']): Reason => ({ code, weight, params });

/** Highest score first; ties by id, so the order is stable. */
function ranked(suggestions: Suggestion[]): Suggestion[] {
  return suggestions
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function build(id: string, reasons: Reason[], offerings: readonly string[] = []): Suggestion {
  const score = reasons.reduce((sum, r) => sum + r.weight, 0) + offerings.length;
  return { id, score, reasons, ...(offerings.length > 0 ? { offerings } : {}) };
}

const shared = (wanted: readonly string[], offered: readonly string[] | undefined): string[] =>
  wanted.filter((v) => offered?.includes(v));

/**
 * Agenda items to link the question to: the matcher's ranking when there is one, else items on
 * the same themes. New offerings are most wanted around white spots (section 4.2), so those
 * weigh extra here.
 */
const agenda: Suggester = ({ dataset, match, themes, groups }) => {
  if (match !== undefined) {
    return ranked(match.agenda.map((r) => ({ id: r.item.id, score: r.score, reasons: r.reasons })));
  }
  return ranked(
    (dataset?.agenda ?? []).flatMap((item) => {
      const onTheme = shared(themes, item.themes);
      if (onTheme.length === 0) return [];
      return [
        build(item.id, [
          ...onTheme.map((theme) => reason('theme', 1, { theme })),
          ...shared(groups, item.targetGroups).map((targetGroup) => reason('target-group', 0.5, { targetGroup })),
          ...(item.kind === 'priority' ? [] : [reason('white-spot', 0.5, {})]),
          ...(item.kind === 'priority' && item.number !== undefined ? [reason('priority', 0, { number: item.number })] : []),
        ]),
      ];
    }),
  );
};

/**
 * Existing networks to build on (section 4.3: avoid fragmentation): those that run an offering
 * the matcher found, or share a theme; whom they represent counts too. Without themes, whom
 * they represent is enough.
 */
function networks(context: PlanContext, keep: (network: Network) => boolean): Suggestion[] {
  const { dataset, match, themes, groups } = context;
  return ranked(
    (dataset?.networks ?? []).filter(keep).flatMap((network) => {
      const runs = (match?.offerings ?? []).filter((r) => r.item.network === network.id).map((r) => r.item.id);
      const onTheme = shared(themes, network.themes);
      if (runs.length === 0 && onTheme.length === 0 && themes.length > 0) return [];
      const reasons = [
        ...onTheme.map((theme) => reason('theme', 1, { theme })),
        ...shared(groups, network.represents).map((targetGroup) => reason('target-group', 0.5, { targetGroup })),
      ];
      return [build(network.id, reasons, runs)];
    }),
  );
}

/** Knowledge organisations on the same themes, who could help run learning activities. */
const expertise: Suggester = (context) =>
  context.themes.length === 0 ? [] : networks({ ...context, groups: [] }, (n) => KNOWLEDGE_KINDS.has(n.kind));

type Dimension = keyof LearningPreference;

/** Values the learning needs of the groups taking part prefer (section 2.3), one reason per need. */
const preferred =
  (dimension: Dimension): Suggester =>
  ({ dataset, groups }) => {
    const byValue = new Map<string, Reason[]>();
    for (const group of groups) {
      const needs = dataset?.targetGroups.find((g) => g.id === group)?.learningNeeds ?? [];
      for (const need of needs) {
        for (const value of need.prefers[dimension] ?? []) {
          const reasons = byValue.get(value) ?? [];
          reasons.push(reason('learning-need', 1, { targetGroup: group, need: need.id }));
          byValue.set(value, reasons);
        }
      }
    }
    return ranked([...byValue].map(([value, reasons]) => build(value, reasons)));
  };

/** Light or intensive, as the chosen learning forms are (light: inspiration sessions, intervisie). */
const intensity: Suggester = ({ dataset, learningForms }) => {
  const byIntensity = new Map<string, Reason[]>();
  for (const form of learningForms) {
    const record = dataset?.learningForms.find((f) => f.id === form);
    if (record === undefined) continue;
    const reasons = byIntensity.get(record.intensity) ?? [];
    reasons.push(reason('learning-form', 1, { learningForm: form }));
    byIntensity.set(record.intensity, reasons);
  }
  return ranked([...byIntensity].map(([value, reasons]) => build(value, reasons)));
};

/** Named suggesters per question, as pure functions of what the plan knows. */
export const SUGGESTERS: Readonly<Partial<Record<StepQuestionId, Suggester>>> = {
  'goal.agenda': agenda,
  'who-what.networks': (context) => networks(context, () => true),
  'who-what.expertise': expertise,
  'how.learning-forms': preferred('learningForms'),
  'how.intensity': intensity,
  'how.duration': preferred('duration'),
  'where.scale': preferred('scale'),
  'where.peer-mix': preferred('peerMix'),
  'where.domain-scope': preferred('domainScope'),
  'where.direction': preferred('direction'),
};
