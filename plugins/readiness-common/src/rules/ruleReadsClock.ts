import { ruleTypeNamed } from './ruleTypes';
import type { EvidenceRule } from './ruleTypes';

/**
 * Whether a rule's outcome can change with the evaluation instant alone:
 * its own type says so, or one of the rules nested in it does.
 */
export function ruleReadsClock(rule: EvidenceRule): boolean {
  const type = ruleTypeNamed(rule.type);
  if (!type) return false;
  if (type.readsClock?.(rule)) return true;
  return (type.children?.(rule) ?? []).some(ruleReadsClock);
}
