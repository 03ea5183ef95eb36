import type { ReadinessCustomCheck } from '@readiness-scorecards/plugin-readiness-node';
import type {
  CustomEvaluator,
  RuleOutcome,
} from '@readiness-scorecards/plugin-readiness-common';

export const TEAM_SIZE_CHECK_ID = 'team-size';
const EVALUATOR = 'team-size:min-members';

/**
 * The owning team has at least `minMembers` people, so no service depends on
 * a single person's knowledge or availability.
 */
export const evaluateTeamSize: CustomEvaluator = ctx => {
  const minMembers = Number(ctx.options.minMembers ?? 2);
  const ownerRef = ctx.view.ownerRef ?? '(no spec.owner)';
  if (!ctx.related) {
    return {
      status: 'fail',
      unverifiable: true,
      message: `Team size of ${ownerRef} is not verifiable offline: it needs the catalog`,
      evidence: [],
    };
  }
  const group = ctx.related.ownerGroup;
  if (!group) {
    return {
      status: 'fail',
      message: `Owner ${ownerRef} is not a Group in the catalog, so its members are unknown`,
      evidence: [],
    };
  }
  const members = ctx.related.ownerGroupMembers ?? [];
  const evidence = members.map(m => ({
    source: `${ownerRef} member`,
    value: `user:${m.metadata.namespace ?? 'default'}/${m.metadata.name}`,
  }));
  const outcome: RuleOutcome =
    members.length >= minMembers
      ? {
          status: 'pass',
          message: `${ownerRef} has ${members.length} members (at least ${minMembers} wanted)`,
          evidence,
        }
      : {
          status: 'fail',
          message: `${ownerRef} has ${members.length} member${members.length === 1 ? '' : 's'}; at least ${minMembers} are needed so no service depends on one person`,
          evidence,
        };
  return outcome;
};

/** The check definition added to the rubric by this module. */
export function createTeamSizeCheck(options?: {
  minMembers?: number;
}): ReadinessCustomCheck {
  return {
    check: {
      id: TEAM_SIZE_CHECK_ID,
      title: 'Team of at least two',
      description:
        'The owning group has at least two members, so the service does not depend on one person.',
      category: 'ownership',
      tier: 'beta',
      severity: 'major',
      appliesTo: { kind: ['Component', 'Resource', 'API'] },
      evidence: {
        type: 'custom',
        evaluator: EVALUATOR,
        options: { minMembers: options?.minMembers ?? 2 },
      },
      fix: {
        note: 'Add a second member to the owning group in your org data (spec.members of the Group, or memberOf on a User).',
      },
    },
    evaluators: { [EVALUATOR]: evaluateTeamSize },
  };
}
