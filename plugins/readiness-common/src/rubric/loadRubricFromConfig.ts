import type {
  CategoryDefinition,
  CheckDefinition,
  Rubric,
  TierDefinition,
} from '../model/rubric';
import {
  CHECK_ID_RE,
  throwIfRubricIssues,
  validateRubric,
} from '../engine/validateRubric';
import type { RubricIssue } from '../engine/validateRubric';
import {
  checkOverrideSchema,
  newCheckSchema,
  rubricConfigSchema,
} from './configSchema';
import { defaultRubric } from './defaultRubric';
import { formatZodIssues } from './formatZodIssues';
import { findTooDeepNesting } from './nestingDepth';
import { clipText, quoteText } from '../parsing/showText';

export interface LoadRubricOptions {
  /** Key path of the value, for messages. Default `readiness.rubric`. */
  path?: string;
  /** The rubric that config changes. Default `defaultRubric`. */
  base?: Rubric;
  /**
   * Checks contributed by backend modules (the -node extension point). They
   * are added to the base rubric, kept with `replaceDefault`, and config can
   * change or disable them like any other check.
   */
  extraChecks?: CheckDefinition[];
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/**
 * Builds the rubric in force from app-config `readiness.rubric` (a plain
 * object, e.g. `config.getOptional('readiness.rubric')`):
 *
 * - starts from the default rubric, or from no checks with `replaceDefault: true`
 *   (tiers, categories, weights and waiver settings keep their defaults unless given);
 * - `tiers: [{ id, title, replaces? }]` redefines the tiers (lowest first); a
 *   tier with `replaces: <old id>` takes over that tier's checks;
 * - `categories: [{ id, title }]` renames or adds categories;
 * - `checks.<id>`: changes fields of an existing check, `enabled: false`
 *   removes it, and an unknown id adds a check (title, category, tier,
 *   severity and evidence required);
 * - `weights`, `waivers.maxDays`, `waivers.expiringDays`, `docBaseUrl`, `appliesTo`.
 *
 * Throws an InputError whose message names each wrong key path and what was
 * expected. `undefined`/`null` gives the base rubric.
 */
export function loadRubricFromConfig(
  configValue: unknown,
  options: LoadRubricOptions = {},
): Rubric {
  let value = configValue;
  const root = options.path ?? 'readiness.rubric';
  const extraChecks = options.extraChecks ?? [];
  const base = options.base ?? defaultRubric;
  if (value === undefined || value === null) {
    if (extraChecks.length === 0) {
      return base;
    }
    value = {};
  }
  const tooDeep = findTooDeepNesting(value, root);
  if (tooDeep) {
    throwIfRubricIssues([tooDeep]);
  }
  const parsed = rubricConfigSchema.safeParse(value);
  if (!parsed.success) {
    throwIfRubricIssues(formatZodIssues(parsed.error, value, root));
    return base; // unreachable
  }
  const config = parsed.data;
  const issues: RubricIssue[] = [];

  // Tiers, and how old tier ids map onto new ones.
  let tiers: TierDefinition[] = base.tiers.map(t => ({ ...t }));
  const tierRemap = new Map<string, string>();
  if (config.tiers) {
    tiers = config.tiers.map(
      ({ id, title, description }) =>
        withoutUndefined({ id, title, description }) as TierDefinition,
    );
    config.tiers.forEach((tier, index) => {
      if (tier.replaces === undefined) {
        return;
      }
      if (!base.tiers.some(t => t.id === tier.replaces)) {
        issues.push({
          path: `${root}.tiers[${index}].replaces`,
          message: `unknown tier ${JSON.stringify(
            tier.replaces,
          )}, expected one of ${base.tiers.map(t => t.id).join(', ')}`,
        });
      } else if (tierRemap.has(tier.replaces)) {
        issues.push({
          path: `${root}.tiers[${index}].replaces`,
          message: `tier ${JSON.stringify(
            tier.replaces,
          )} is already replaced by ${JSON.stringify(
            tierRemap.get(tier.replaces),
          )}, expected each old tier to be replaced once`,
        });
      } else {
        tierRemap.set(tier.replaces, tier.id);
      }
    });
  }

  // Categories: rename existing ones, append new ones.
  const categories: CategoryDefinition[] = base.categories.map(c => ({ ...c }));
  const configuredCategories = new Map<string, number>();
  for (const [index, category] of (config.categories ?? []).entries()) {
    const first = configuredCategories.get(category.id);
    if (first !== undefined) {
      issues.push({
        path: `${root}.categories[${index}].id`,
        message: `duplicate category id ${JSON.stringify(
          category.id,
        )} (also categories[${first}]), expected each category once`,
      });
      continue;
    }
    configuredCategories.set(category.id, index);
    const existing = categories.find(c => c.id === category.id);
    const next = withoutUndefined(category) as CategoryDefinition;
    if (existing) {
      Object.assign(existing, next);
    } else {
      categories.push(next);
    }
  }

  // Checks.
  let checks: CheckDefinition[] = [
    ...(config.replaceDefault ? [] : base.checks),
    ...extraChecks,
  ].map(check => ({
    ...check,
    tier: tierRemap.get(check.tier) ?? check.tier,
  }));
  const configured = new Set<string>();
  // zod copies a record into a plain object, where a "__proto__" key sets the
  // prototype instead of adding a check: read the checks from the input.
  const rawChecks =
    (value as { checks?: Record<string, unknown> }).checks ?? {};
  for (const [id, raw] of Object.entries(rawChecks)) {
    const path = `${root}.checks.${clipText(id, 80)}`;
    if (!CHECK_ID_RE.test(id) || id.length > 50) {
      issues.push({
        path,
        message: `check id ${quoteText(
          id,
        )}: expected lowercase letters, digits and dashes (at most 50)`,
      });
      continue;
    }
    configured.add(id);
    const index = checks.findIndex(c => c.id === id);
    if (index >= 0) {
      const override = checkOverrideSchema.safeParse(raw ?? {});
      if (!override.success) {
        issues.push(...formatZodIssues(override.error, raw, path));
        continue;
      }
      const changes = withoutUndefined(override.data);
      if (changes.enabled === false) {
        checks = checks.filter(c => c.id !== id);
        continue;
      }
      const current = checks[index];
      checks[index] = {
        ...current,
        ...changes,
        fix: changes.fix
          ? { ...current.fix, ...withoutUndefined(changes.fix) }
          : current.fix,
        id,
      };
    } else {
      const created = newCheckSchema.safeParse(raw);
      if (!created.success) {
        const known = base.checks.some(c => c.id === id);
        issues.push(
          ...formatZodIssues(created.error, raw, path).map(issue =>
            issue.message.startsWith('is required')
              ? {
                  ...issue,
                  message: `${issue.message}; ${JSON.stringify(id)} is ${
                    known
                      ? 'not in the rubric (replaceDefault is true)'
                      : 'not a default check'
                  }, so it is a new check and needs title, category, tier, severity and evidence`,
                }
              : issue,
          ),
        );
        continue;
      }
      if (created.data.enabled === false) {
        continue;
      }
      const definition = withoutUndefined(created.data);
      delete definition.enabled;
      checks.push({ description: '', ...definition, id } as CheckDefinition);
    }
  }

  const rubric: Rubric = {
    tiers,
    categories,
    checks,
    weights: { ...base.weights, ...withoutUndefined(config.weights ?? {}) },
    waivers: { ...base.waivers, ...withoutUndefined(config.waivers ?? {}) },
    docBaseUrl: config.docBaseUrl ?? base.docBaseUrl,
    ...(config.appliesTo ?? base.appliesTo
      ? { appliesTo: config.appliesTo ?? base.appliesTo }
      : {}),
  };
  if (checks.length === 0) {
    issues.push({
      path: `${root}.checks`,
      message: 'no check left, expected at least one check',
    });
  }

  const tierHint = config.tiers
    ? ` (tiers were redefined: add replaces: <old id> to a tier, or set the check's tier)`
    : '';
  issues.push(
    ...validateRubric(rubric, {
      root,
      check: check => `${root}.checks.${check.id}`,
    }).map(issue =>
      issue.message.startsWith('unknown tier') && tierHint
        ? { ...issue, message: issue.message + tierHint }
        : issue,
    ),
  );
  throwIfRubricIssues(issues);
  return rubric;
}
