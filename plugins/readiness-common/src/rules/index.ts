/** One evaluator per evidence rule kind, and the dispatcher that compiles a rule tree. */
export { compileRule } from './compileRule';
export type { CompiledRule, RuleEnv, RuleCompileContext } from './types';
export {
  DECISION_VALUES,
  DEFAULT_DECISION_SETTINGS,
  evaluateDecision,
  decisionSettingsOf,
} from './decisionGate';
export type { DecisionSettings, DecisionValue } from './decisionGate';
export { NOT_VERIFIABLE_OFFLINE, ownerGroupMemberRefs } from './ownerGroup';
export { compileFieldReader } from './field';
export { annotationKeysOf } from './annotationKeysOf';
