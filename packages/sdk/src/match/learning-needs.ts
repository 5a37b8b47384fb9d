import type { Dataset, LearningNeed, LearningPreference, Offering, TargetGroup } from '../schema/index.js';

/** The learning needs the dataset gives for a target group (section 2.3 of the report). */
export function needsOf(dataset: Dataset, targetGroup: TargetGroup | undefined): readonly LearningNeed[] {
  if (targetGroup === undefined) return [];
  return dataset.targetGroups.find((group) => group.id === targetGroup)?.learningNeeds ?? [];
}

/** The preference dimensions an offering can be judged on (offerings carry no peer mix). */
const DIMENSIONS = ['scale', 'learningForms', 'direction', 'domainScope', 'duration'] as const;

function offered(offering: Offering, dimension: (typeof DIMENSIONS)[number]): readonly string[] {
  if (dimension === 'duration') return offering.duration === undefined ? [] : [offering.duration];
  return offering[dimension];
}

/**
 * How well an offering fits one learning need: the share of the need's stated preferences it
 * meets (each preference is "any of these"). `undefined` when the need states nothing an
 * offering can be judged on.
 *
 * @example
 * needFit({ id: 'low-threshold', prefers: { learningForms: ['masterclass'], duration: ['one-off'] }, … }, masterclass);
 * // 1 for a one-off masterclass, 0.5 for a long-running one
 */
export function needFit(need: LearningNeed, offering: Offering): number | undefined {
  const prefers: LearningPreference = need.prefers;
  let stated = 0;
  let met = 0;
  for (const dimension of DIMENSIONS) {
    const wanted: readonly string[] | undefined = prefers[dimension];
    if (wanted === undefined || wanted.length === 0) continue;
    stated++;
    const values = offered(offering, dimension);
    if (wanted.some((value) => values.includes(value))) met++;
  }
  return stated === 0 ? undefined : met / stated;
}

/** The need an offering fits best (the first on a tie), with its fit. */
export function bestNeed(
  needs: readonly LearningNeed[],
  offering: Offering,
): { need: LearningNeed; fit: number } | undefined {
  let best: { need: LearningNeed; fit: number } | undefined;
  for (const need of needs) {
    const fit = needFit(need, offering);
    if (fit !== undefined && fit > (best?.fit ?? 0)) best = { need, fit };
  }
  return best;
}
