import { parseEntityRef } from '@backstage/catalog-model';
import {
  CompiledRubric,
  dayOf,
  formatDay,
  Scorecard,
  slugify,
} from '@readiness-scorecards/plugin-readiness-common';
import type { StoredEntityState } from '../store';

/**
 * The scorecard of a stored result as far as the store keeps it: statuses,
 * tier and blockers, with titles, tiers, severities and fixes from the
 * rubric in force. No messages or evidence (the store does not keep them),
 * no category scores or decision.
 */
export function storedScorecard(
  state: StoredEntityState,
  compiled: CompiledRubric,
): Scorecard {
  const { namespace, name } = parseEntityRef(state.entityRef);
  // As the engine fills fix templates, on the day the result was computed.
  const fixValues = {
    name: slugify(name, 'service'),
    namespace: slugify(namespace, 'default'),
    today: formatDay(dayOf(state.changedAt)),
  };
  const statusOf = new Map(state.checks.map(c => [c.checkId, c.status]));
  return {
    entityRef: state.entityRef,
    evaluatedAt: state.changedAt.toISOString(),
    tier: state.tier,
    nextTier: state.nextTier,
    blockers: state.blockers,
    score: state.score,
    categories: [],
    checks: compiled.checks.map(check => {
      const status = statusOf.get(check.id) ?? 'not-applicable';
      return {
        checkId: check.id,
        title: check.title,
        category: check.category,
        tier: check.tier,
        severity: check.severity,
        status,
        message: '',
        evidence: [],
        ...(status !== 'pass' && status !== 'not-applicable'
          ? { fix: check.fix(fixValues) }
          : {}),
      };
    }),
    ...(state.owner ? { owner: state.owner } : {}),
    decision: { state: 'undecided', message: '' },
  };
}
