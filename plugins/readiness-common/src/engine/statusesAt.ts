import type { EvaluateOptions, EvaluationInput, RuleOutcome } from '../model/evaluation';
import type { CheckStatus } from '../model/scorecard';
import { collectWaivers } from '../waivers/collectWaivers';
import { evaluateWaiver } from '../waivers/evaluateWaiver';
import type { CompiledRubric } from './compileRubric';
import { createEntityView } from './entityView';
import { applyWaiver, internalError, ruleEnvOf } from './evaluate';

/**
 * The statuses `evaluate` would give some checks of an entity (scope,
 * appliesTo, rule and waiver), in the order of `checkIndexes`, without
 * messages, fixes or the rest of the scorecard: looking ahead at a few
 * checks costs a few rule calls instead of a whole evaluation.
 */
export function statusesAt(
  compiled: CompiledRubric,
  input: EvaluationInput,
  checkIndexes: readonly number[],
  options: EvaluateOptions = {},
): CheckStatus[] {
  const view = createEntityView(
    input.entity,
    input.related,
    input.now,
    compiled.annotationSlots,
  );
  const inScope = compiled.inScope(view);
  const waivers = collectWaivers(view);
  const env = ruleEnvOf(compiled, options);
  return checkIndexes.map(index => {
    const check = compiled.checks[index];
    if (!inScope || !check.applies(view)) return 'not-applicable';
    env.checkId = check.id;
    let outcome: RuleOutcome;
    try {
      outcome = check.rule(view, env);
    } catch (error) {
      outcome = internalError(check, error);
    }
    const waiver = waivers?.get(check.id);
    if (!waiver) return outcome.status;
    const judged = evaluateWaiver(waiver.annotation, waiver.value, view, compiled.waivers);
    return applyWaiver(outcome, judged, view, options).status;
  });
}
