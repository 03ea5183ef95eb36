/** A small rubric for engine tests: one annotation per check, statuses easy to steer. */
import type { CheckDefinition, Rubric } from '../model/rubric';
import type { Severity } from '../model/scorecard';

export function presenceCheck(
  id: string,
  tier: string,
  severity: Severity,
  category = 'ops',
): CheckDefinition {
  return {
    id,
    title: id,
    description: '',
    category,
    tier,
    severity,
    evidence: { type: 'annotation-format', keys: [`t/${id}`], format: 'url' },
    fix: { annotations: { [`t/${id}`]: 'https://x.example.com/{{name}}' } },
  };
}

export const testRubric: Rubric = {
  tiers: [
    { id: 'bronze', title: 'Bronze' },
    { id: 'silver', title: 'Silver' },
    { id: 'gold', title: 'Gold' },
  ],
  categories: [
    { id: 'ops', title: 'Operations' },
    { id: 'sec', title: 'Security' },
    { id: 'empty', title: 'Nothing here' },
  ],
  checks: [
    presenceCheck('b-blocker', 'bronze', 'blocker'),
    presenceCheck('b-minor', 'bronze', 'minor'),
    presenceCheck('s-major', 'silver', 'major', 'sec'),
    presenceCheck('s-blocker', 'silver', 'blocker'),
    presenceCheck('g-major', 'gold', 'major', 'sec'),
  ],
  weights: { blocker: 5, major: 3, minor: 1 },
  waivers: { maxDays: 90, expiringDays: 14 },
  docBaseUrl: 'https://docs.example.com/annotations.md',
};

/** Annotations that make the given checks pass. */
export function passing(...ids: string[]): Record<string, string> {
  return Object.fromEntries(
    ids.map(id => [`t/${id}`, `https://x.example.com/${id}`]),
  );
}
