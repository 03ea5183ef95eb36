import { READINESS_CHECK_MAPPINGS } from '../techInsights/readinessChecks';

export interface CheckAgreement {
  id: string;
  expressible: 'exact' | 'approximate';
  note?: string;
  /** Entities failing the check in our scorecards (fail or invalid). */
  oursFailing: number;
  /** Entities failing the jsonfc check. */
  techInsightsFailing: number;
  /** Share of entities both sides judge alike (pass or fail). */
  agreement: number;
}

/**
 * Compares, check by check, which entities fail in our stored results and
 * in Tech Insights' bulk run. Entities only one side scored are left out.
 */
export function compareOutcomes(
  ours: Map<string, Set<string>>,
  theirs: Record<string, string[]>,
): { entitiesCompared: number; checks: CheckAgreement[] } {
  const refs = [...ours.keys()].filter(ref => ref in theirs);
  const theirSets = new Map(refs.map(ref => [ref, new Set(theirs[ref])]));
  const checks = READINESS_CHECK_MAPPINGS.map(mapping => {
    let oursFailing = 0;
    let techInsightsFailing = 0;
    let same = 0;
    for (const ref of refs) {
      const a = ours.get(ref)!.has(mapping.id);
      const b = theirSets.get(ref)!.has(mapping.id);
      if (a) oursFailing += 1;
      if (b) techInsightsFailing += 1;
      if (a === b) same += 1;
    }
    return {
      id: mapping.id,
      expressible: mapping.expressible,
      ...(mapping.note ? { note: mapping.note } : {}),
      oursFailing,
      techInsightsFailing,
      agreement: refs.length ? same / refs.length : NaN,
    };
  });
  return { entitiesCompared: refs.length, checks };
}
