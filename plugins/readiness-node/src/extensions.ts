import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type {
  CheckDefinition,
  CustomEvaluator,
  Initiative,
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

/**
 * One day of an initiative's burn-up measured before the plugin recorded it
 * (kept in a spreadsheet, or a demo's history).
 *
 * @public
 */
export interface ReadinessMeasuredProgress {
  /** YYYY-MM-DD (UTC). */
  date: string;
  inScope: number;
  done: number;
}

/**
 * An initiative a backend module adds beside `readiness.initiatives`,
 * checked the same way at start-up.
 *
 * @public
 */
export interface ReadinessModuleInitiative {
  initiative: Initiative;
  /**
   * Days before today measured elsewhere: each fills a day the plugin has
   * no point for (a recorded day is never overwritten).
   */
  measuredBefore?: ReadinessMeasuredProgress[];
}

/**
 * Lets backend modules add initiatives, e.g. with dates computed at
 * start-up.
 *
 * @public
 */
export interface ReadinessInitiativesExtensionPoint {
  addInitiatives(...initiatives: ReadinessModuleInitiative[]): void;
}

/**
 * Extension point of the readiness backend plugin for initiatives added by
 * modules.
 *
 * @public
 */
export const readinessInitiativesExtensionPoint =
  createExtensionPoint<ReadinessInitiativesExtensionPoint>({
    id: 'readiness.initiatives',
  });
