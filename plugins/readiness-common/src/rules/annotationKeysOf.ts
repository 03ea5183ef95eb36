import { ruleTypeNamed } from './ruleTypes';
import type { EvidenceRule } from './ruleTypes';

/** Annotation keys a rule reads, in order of appearance. */
export function annotationKeysOf(rule: EvidenceRule): string[] {
  return ruleTypeNamed(rule.type)?.annotationKeys(rule, annotationKeysOf) ?? [];
}
