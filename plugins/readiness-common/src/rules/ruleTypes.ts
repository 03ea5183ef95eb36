/**
 * Every evidence rule type, in one list. A rule type lives in its own file
 * (see ruleType.ts); adding one means writing that file and adding it here.
 * The order is the order of the rubric schema's "expected one of ..." message.
 */
import { allRuleType } from './all';
import { annotationFormatRuleType } from './annotationFormat';
import { annotationPatternRuleType } from './annotationPattern';
import { annotationRuleType } from './annotationPresent';
import { anyRuleType } from './any';
import { customRuleType } from './custom';
import { decisionGateRuleType } from './decisionGate';
import { fieldRuleType } from './field';
import { freshnessRuleType } from './freshness';
import { linkRuleType } from './link';
import { notRuleType } from './not';
import { numberThresholdRuleType } from './numberThreshold';
import { ownerGroupRuleType } from './ownerGroup';
import type { RuleType } from './ruleType';
import { userRefRuleType } from './userRef';

export const RULE_TYPES = [
  annotationRuleType,
  annotationFormatRuleType,
  annotationPatternRuleType,
  linkRuleType,
  fieldRuleType,
  ownerGroupRuleType,
  userRefRuleType,
  freshnessRuleType,
  numberThresholdRuleType,
  decisionGateRuleType,
  allRuleType,
  anyRuleType,
  notRuleType,
  customRuleType,
] as const;

type RuleOf<T> = T extends RuleType<infer R> ? R : never;

/**
 * Evidence rules: the declarative part of a check. Plain data (a
 * discriminated union on `type`, one member per entry of `RULE_TYPES`), so
 * the same shapes work in TypeScript and in app-config YAML under
 * `readiness.rubric.checks.<id>.evidence`.
 */
export type EvidenceRule = RuleOf<(typeof RULE_TYPES)[number]>;

export type EvidenceRuleType = EvidenceRule['type'];

const BY_TYPE: ReadonlyMap<string, RuleType<EvidenceRule>> = new Map(
  // Each entry handles exactly the rules of its own `type`, which is how
  // `ruleTypeNamed` is used: the widening is safe.
  RULE_TYPES.map(t => [t.type, t as unknown as RuleType<EvidenceRule>]),
);

/** The rule type named `type`, or undefined when there is none. */
export function ruleTypeNamed(
  type: string,
): RuleType<EvidenceRule> | undefined {
  return BY_TYPE.get(type);
}
