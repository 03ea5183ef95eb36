import type { RuleOutcome } from '../model/evaluation';
import type { CustomRule } from '../model/rules';
import type { CompiledRule } from './types';

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
