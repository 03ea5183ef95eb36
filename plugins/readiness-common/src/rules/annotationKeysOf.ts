import type { EvidenceRule } from '../model/rules';

/** Annotation keys a rule reads, in order of appearance. */
export function annotationKeysOf(rule: EvidenceRule): string[] {
  switch (rule.type) {
    case 'annotation':
    case 'annotation-format':
    case 'annotation-pattern':
      return [...rule.keys];
    case 'user-ref':
    case 'freshness':
    case 'number-threshold':
      return [rule.key];
    case 'decision-gate':
      return [
        rule.decisionKey ?? 'readiness/decision',
        rule.dueKey ?? 'readiness/decision-due',
      ];
    case 'all':
    case 'any':
      return [...new Set(rule.rules.flatMap(annotationKeysOf))];
    case 'not':
      return annotationKeysOf(rule.rule);
    default:
      return [];
  }
}
