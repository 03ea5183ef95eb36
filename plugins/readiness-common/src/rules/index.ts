/**
 * Evidence rules: their types (one file per rule type, listed in
 * ruleTypes.ts) and what works on any rule (compile, the annotation keys it
 * reads). The rule types themselves stay inside the package.
 */
export type { EvidenceRule, EvidenceRuleType } from './ruleTypes';
export type { AnnotationPresentRule } from './annotationPresent';
export type { AnnotationFormatRule } from './annotationFormat';
export type { AnnotationPatternRule } from './annotationPattern';
export type { LinkRule } from './link';
export type { FieldRule } from './field';
export type { OwnerGroupRule } from './ownerGroup';
export type { UserRefRule } from './userRef';
export type { FreshnessRule } from './freshness';
export type { Comparator, NumberThresholdRule } from './numberThreshold';
export type { DecisionGateRule } from './decisionGate';
export type { AllRule } from './all';
export type { AnyRule } from './any';
export type { NotRule } from './not';
export type { CustomRule } from './custom';
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
