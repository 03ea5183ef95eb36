import { InputError } from '@backstage/errors';
import type { AppliesTo, CheckDefinition, Rubric } from '../model/rubric';
import { ruleTypeNamed } from '../rules/ruleTypes';
import type { EvidenceRule } from '../rules/ruleTypes';

/** One problem found in a rubric: where (a key path) and what was expected. */
export interface RubricIssue {
  path: string;
  message: string;
}

export interface RubricPaths {
  /** Path of the rubric itself, e.g. `readiness.rubric`. */
  root: string;
  /** Path of a check, e.g. `readiness.rubric.checks.runbook`. */
  check(check: CheckDefinition, index: number): string;
}

export const CHECK_ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEVERITIES = ['blocker', 'major', 'minor'];

export function defaultRubricPaths(root = 'rubric'): RubricPaths {
  return { root, check: (_check, index) => `${root}.checks[${index}]` };
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) dup.add(id);
    seen.add(id);
  }
  return [...dup];
}

/**
 * Semantic checks that a schema cannot express: references between tiers,
 * categories and checks, unique ids, and each rule's own checks (its rule
 * type's `validate`: regexes that compile, fields that need each other).
 * Returns every issue so one start-up shows them all.
 */
export function validateRubric(
  rubric: Rubric,
  paths: RubricPaths = defaultRubricPaths(),
): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const root = paths.root;

  if (rubric.tiers.length === 0) {
    add(`${root}.tiers`, 'expected at least one tier');
  }
  for (const id of duplicates(rubric.tiers.map(t => t.id))) {
    add(`${root}.tiers`, `duplicate tier id "${id}", expected unique ids`);
  }
  for (const id of duplicates(rubric.categories.map(c => c.id))) {
    add(
      `${root}.categories`,
      `duplicate category id "${id}", expected unique ids`,
    );
  }
  for (const id of duplicates(rubric.checks.map(c => c.id))) {
    add(`${root}.checks`, `duplicate check id "${id}", expected unique ids`);
  }
  for (const [severity, weight] of Object.entries(rubric.weights)) {
    if (!Number.isFinite(weight) || weight < 0) {
      add(
        `${root}.weights.${severity}`,
        `expected a number >= 0, got ${weight}`,
      );
    }
  }
  const { maxDays, expiringDays } = rubric.waivers;
  if (!Number.isInteger(maxDays) || maxDays < 1) {
    add(
      `${root}.waivers.maxDays`,
      `expected a whole number of days >= 1, got ${maxDays}`,
    );
  }
  if (!Number.isInteger(expiringDays) || expiringDays < 0) {
    add(
      `${root}.waivers.expiringDays`,
      `expected a whole number of days >= 0, got ${expiringDays}`,
    );
  }

  const tierIds = [...new Set(rubric.tiers.map(t => t.id))];
  const categoryIds = [...new Set(rubric.categories.map(c => c.id))];
  rubric.checks.forEach((check, index) => {
    const path = paths.check(check, index);
    if (!CHECK_ID_RE.test(check.id) || check.id.length > 50) {
      add(
        `${path}.id`,
        `expected lowercase letters, digits and dashes (at most 50), got ${JSON.stringify(
          check.id,
        )}`,
      );
    }
    if (!tierIds.includes(check.tier)) {
      add(
        `${path}.tier`,
        `unknown tier ${JSON.stringify(
          check.tier,
        )}, expected one of ${tierIds.join(', ')}`,
      );
    }
    if (!categoryIds.includes(check.category)) {
      add(
        `${path}.category`,
        `unknown category ${JSON.stringify(
          check.category,
        )}, expected one of ${categoryIds.join(', ')}`,
      );
    }
    if (!SEVERITIES.includes(check.severity)) {
      add(
        `${path}.severity`,
        `expected one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(
          check.severity,
        )}`,
      );
    }
    if (check.freshness && !(check.freshness.maxAgeDays > 0)) {
      add(
        `${path}.freshness.maxAgeDays`,
        `expected a number of days > 0, got ${check.freshness.maxAgeDays}`,
      );
    }
    validateAppliesTo(check.appliesTo, `${path}.appliesTo`, add);
    validateRule(check.evidence, `${path}.evidence`, check, add);
  });
  validateAppliesTo(rubric.appliesTo, `${root}.appliesTo`, add);
  return issues;
}

function validateAppliesTo(
  filter: AppliesTo | undefined,
  path: string,
  add: (path: string, message: string) => void,
) {
  filter?.anyOf?.forEach((f, i) =>
    validateAppliesTo(f, `${path}.anyOf[${i}]`, add),
  );
}

function validateRule(
  rule: EvidenceRule,
  path: string,
  check: CheckDefinition,
  add: (path: string, message: string) => void,
): void {
  const ruleType = ruleTypeNamed(rule.type);
  if (!ruleType) {
    add(
      `${path}.type`,
      `unknown evidence rule type ${JSON.stringify(
        (rule as { type: unknown }).type,
      )}`,
    );
    return;
  }
  ruleType.validate?.(rule, {
    path,
    check,
    report: (key, message) => add(`${path}.${key}`, message),
    requireNonEmptyList: (list, key) => {
      if (!list || list.length === 0) {
        add(`${path}.${key}`, 'expected a non-empty list');
      }
    },
    validateRule: (inner, key) =>
      validateRule(inner, `${path}.${key}`, check, add),
  });
}

/** Throws one InputError listing every issue as `<key path>: <what was expected>`. */
export function throwIfRubricIssues(issues: readonly RubricIssue[]): void {
  if (issues.length > 0) {
    throw new InputError(issues.map(i => `${i.path}: ${i.message}`).join('\n'));
  }
}
