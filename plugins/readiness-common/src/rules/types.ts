import type {
  CustomEvaluator,
  EntityView,
  RuleOutcome,
} from '../model/evaluation';
import type { FreshnessWindow } from '../model/rubric';

/** Per-evaluation environment shared by all rules of a check. */
export interface RuleEnv {
  customEvaluators: Readonly<Record<string, CustomEvaluator>>;
  checkId: string;
}

/** A rule compiled into a closure: regexes, key lists and formats prepared once. */
export type CompiledRule = (view: EntityView, env: RuleEnv) => RuleOutcome;

/** What a rule may need from its check while compiling. */
export interface RuleCompileContext {
  freshness?: FreshnessWindow;
  /**
   * Annotation key to slot, when the rubric reads annotations through slots
   * (see EntityView.slots). Keys missing here are read from the annotations.
   */
  slotIndex?: ReadonlyMap<string, number>;
}
