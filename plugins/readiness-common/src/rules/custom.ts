import { z } from 'zod';
import type { RuleOutcome } from '../model/evaluation';
import type { CompiledRule } from './types';
import type { RuleType } from './ruleType';
import { nonEmptyString, strictObject } from './configSchemaParts';
import { code } from './describeParts';

/** A check written in TypeScript, supplied to `evaluate` by name. */
export interface CustomRule {
  type: 'custom';
  evaluator: string;
  options?: { [key: string]: unknown };
}

export const customRuleType: RuleType<CustomRule> = {
  // A custom evaluator receives `now`: assume it reads it.
  readsClock: () => true,
  type: 'custom',
  configSchema: () =>
    strictObject({
      type: z.literal('custom'),
      evaluator: nonEmptyString,
      options: z.record(z.string(), z.unknown()).optional(),
    }),
  validate: (rule, validation) => {
    if (!rule.evaluator) {
      validation.report('evaluator', 'expected the name of a custom evaluator');
    }
  },
  compile: rule => compileCustomRule(rule),
  annotationKeys: () => [],
  describe: rule =>
    `custom check ${code(rule.evaluator)} (provided by a backend module)`,
};

const STATUSES = new Set(['pass', 'warn', 'fail', 'invalid']);

function unverifiable(message: string): RuleOutcome {
  return { status: 'fail', message, evidence: [], unverifiable: true };
}

function isOutcome(value: unknown): value is RuleOutcome {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const o = value as Partial<RuleOutcome>;
  return (
    typeof o.status === 'string' &&
    STATUSES.has(o.status) &&
    typeof o.message === 'string' &&
    Array.isArray(o.evidence)
  );
}

/**
 * A check written in TypeScript, found by name among the evaluators given to
 * `evaluate`. A missing, throwing or misbehaving evaluator fails the check as
 * unverifiable instead of breaking the whole scorecard.
 */
export function compileCustomRule(rule: CustomRule): CompiledRule {
  const name = rule.evaluator;
  const options = rule.options ?? {};
  return (view, env) => {
    const evaluator = Object.prototype.hasOwnProperty.call(
      env.customEvaluators,
      name,
    )
      ? env.customEvaluators[name]
      : undefined;
    if (!evaluator) {
      return unverifiable(
        `custom evaluator "${name}" is not registered; expected a module to provide it`,
      );
    }
    let outcome: unknown;
    try {
      outcome = evaluator({
        view,
        entity: view.entity,
        related: view.related,
        now: view.now,
        checkId: env.checkId,
        options,
      });
    } catch (error) {
      return unverifiable(
        `custom evaluator "${name}" threw: ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
    }
    if (!isOutcome(outcome)) {
      return unverifiable(
        `custom evaluator "${name}" returned ${
          outcome instanceof Promise ? 'a promise' : 'something else'
        }; expected a RuleOutcome { status, message, evidence } returned synchronously`,
      );
    }
    return outcome;
  };
}
