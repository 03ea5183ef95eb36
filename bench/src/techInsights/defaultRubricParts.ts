import {
  defaultRubric,
  type CheckDefinition,
  type EvidenceRule,
} from '@readiness-scorecards/plugin-readiness-common';

/**
 * The parts of the default rubric that the Tech Insights equivalent mirrors
 * (annotation keys, entity types and tags), read from the rubric itself
 * through the public API so the comparison follows the rubric as it changes.
 * A missing part throws: the mapping in readinessChecks.ts must then change too.
 */

function check(id: string): CheckDefinition {
  const found = defaultRubric.checks.find(c => c.id === id);
  if (!found) {
    throw new Error(
      `default rubric has no check "${id}"; expected it for the Tech Insights mapping`,
    );
  }
  return found;
}

function annotationKeys(rule: EvidenceRule, checkId: string): string[] {
  if (rule.type === 'annotation') {
    return rule.keys;
  }
  if (rule.type === 'any' || rule.type === 'all') {
    const nested = rule.rules.find(
      (r: EvidenceRule) => r.type === 'annotation',
    );
    if (nested) {
      return annotationKeys(nested, checkId);
    }
  }
  throw new Error(
    `check "${checkId}" has no annotation rule; expected one for the Tech Insights mapping`,
  );
}

function appliesToList(checkId: string, field: 'type' | 'tags'): string[] {
  const alternatives = check(checkId).appliesTo?.anyOf ?? [];
  const values = alternatives.find(a => a[field])?.[field];
  if (!values) {
    throw new Error(
      `check "${checkId}" applies to no ${field}; expected some for the Tech Insights mapping`,
    );
  }
  return values;
}

/** Every check of the default rubric. */
export const DEFAULT_CHECKS: readonly CheckDefinition[] = defaultRubric.checks;
/** Annotations that route pages to a person (check on-call). */
export const ON_CALL_KEYS = annotationKeys(
  check('on-call').evidence,
  'on-call',
);
/** Annotations that name a dashboard (check dashboard). */
export const DASHBOARD_KEYS = annotationKeys(
  check('dashboard').evidence,
  'dashboard',
);
/** spec.type values of AI systems (the AI checks apply to them). */
export const AI_TYPES = appliesToList('ai-eval', 'type');
/** Tags that mark an AI system. */
export const AI_TAGS = appliesToList('ai-eval', 'tags');
/** spec.type values of data systems (data-access applies to them and to AI systems). */
export const DATA_TYPES = appliesToList('data-access', 'type').filter(
  type => !AI_TYPES.includes(type),
);
