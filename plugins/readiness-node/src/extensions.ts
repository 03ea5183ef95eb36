import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type {
  CheckDefinition,
  CustomEvaluator,
} from '@readiness-scorecards/plugin-readiness-common';

/**
 * A readiness check written in TypeScript. Its `check.evidence` should be
 * `{ type: 'custom', evaluator: <name> }`; `evaluators` supplies the functions
 * by name. Evaluators are synchronous and pure: they get the entity, its owner
 * group with members and its operational owner, and `now`.
 *
 * @public
 */
export interface ReadinessCustomCheck {
  check: CheckDefinition;
  evaluators: Record<string, CustomEvaluator>;
}

/**
 * Lets backend modules add checks to the rubric in force.
 *
 * @public
 */
export interface ReadinessChecksExtensionPoint {
  addChecks(...checks: Array<ReadinessCustomCheck | ReadinessCustomCheck[]>): void;
}

/**
 * Extension point of the readiness backend plugin for checks written in
 * TypeScript.
 *
 * @public
 */
export const readinessChecksExtensionPoint =
  createExtensionPoint<ReadinessChecksExtensionPoint>({
    id: 'readiness.checks',
  });
