import { Entity } from '@backstage/catalog-model';
import {
  CheckDefinition,
  compileRubric,
  CompiledRubric,
  Rubric,
  Severity,
} from '@readiness-scorecards/plugin-readiness-common';

function annotationCheck(
  id: string,
  tier: string,
  severity: Severity,
): CheckDefinition {
  return {
    id,
    title: `Check ${id}`,
    description: '',
    category: 'ops',
    tier,
    severity,
    evidence: { type: 'annotation', keys: [`t/${id}`] },
    fix: { annotations: { [`t/${id}`]: 'https://x.example.com/{{name}}' } },
  };
}

/**
 * A rubric whose checks are one annotation each (`t/<id>`), so a test steers
 * an entity between tiers by adding or removing annotations: `owner` for
 * pilot, `runbook` and `on-call` for beta, `slo` for production, `style` minor.
 */
export const smallRubric: Rubric = {
  tiers: [
    { id: 'pilot', title: 'Pilot' },
    { id: 'beta', title: 'Beta' },
    { id: 'production', title: 'Production' },
  ],
  categories: [{ id: 'ops', title: 'Operations' }],
  checks: [
    annotationCheck('owner', 'pilot', 'blocker'),
    annotationCheck('style', 'pilot', 'minor'),
    annotationCheck('runbook', 'beta', 'blocker'),
    annotationCheck('on-call', 'beta', 'major'),
    annotationCheck('slo', 'production', 'blocker'),
  ],
  weights: { blocker: 5, major: 3, minor: 1 },
  waivers: { maxDays: 90, expiringDays: 14 },
  docBaseUrl: 'docs/annotations.md',
};

const compiledSmallRubric = compileRubric(smallRubric);

/** The small rubric compiled, as the store's `rubric` option wants it. */
export const smallRubricInForce = (): CompiledRubric => compiledSmallRubric;

/** A service of payments-team with `t/<id>` set for each check id given. */
export function service(
  name: string,
  checks: string[],
  extra: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        ...Object.fromEntries(checks.map(id => [`t/${id}`, 'yes'])),
        ...extra,
      },
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/payments-team',
    },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  };
}
