import type { CheckDefinition } from '../model/rubric';
import type { EvidenceRule } from '../model/rules';
import { describeFormat } from '../parsing/formats';

export { annotationKeysOf } from '../rules/annotationKeysOf';

const code = (text: string) => `\`${text}\``;

function keys(list: readonly string[]): string {
  return list.length === 1
    ? code(list[0])
    : `any of ${list.map(code).join(', ')}`;
}

/**
 * A rule in words (markdown), for the annotation reference and the UI.
 * Combinations become nested lists.
 */
export function describeRule(
  rule: EvidenceRule,
  check?: Pick<CheckDefinition, 'freshness'>,
  indent = '',
): string {
  switch (rule.type) {
    case 'annotation':
      return `${keys(rule.keys)} set (non-empty)`;
    case 'annotation-format':
      return `${keys(rule.keys)}: ${describeFormat(rule)}`;
    case 'annotation-pattern':
      return `${keys(rule.keys)}: ${
        rule.expected ?? `matches ${code(`/${rule.pattern}/`)}`
      }`;
    case 'link':
      return `a ${code('metadata.links')} entry with ${rule.linkTypes
        .map(t => code(`type: ${t}`))
        .join(' or ')} and an https URL`;
    case 'field': {
      const condition = rule.condition ?? 'non-empty';
      if (condition === 'equals') {
        const values = Array.isArray(rule.value) ? rule.value : [rule.value];
        return `${code(rule.path)} is ${values
          .map(v => code(JSON.stringify(v)))
          .join(' or ')}`;
      }
      return `${code(rule.path)} ${
        condition === 'present' ? 'is set' : 'is set and not empty'
      }`;
    }
    case 'owner-group':
      return `${code('spec.owner')} is a Group in the catalog with at least ${
        rule.minMembers ?? 1
      } member${(rule.minMembers ?? 1) === 1 ? '' : 's'} (needs the catalog)`;
    case 'user-ref':
      return `${code(rule.key)} names a User in the catalog, e.g. ${code(
        'user:default/jane',
      )} (needs the catalog)`;
    case 'freshness': {
      const where = rule.field
        ? `${code(rule.key)} holds ${code(`${rule.field}=YYYY-MM-DD`)}`
        : `${code(rule.key)} is a date YYYY-MM-DD`;
      const windowDays = rule.maxAgeDays ?? check?.freshness?.maxAgeDays;
      const window = rule.windowFrom
        ? `within ${rule.windowFrom.factor} x its ${code(
            rule.windowFrom.field,
          )}`
        : `within ${windowDays} days`;
      const warnAt = rule.warnAt ?? check?.freshness?.warnAt ?? 0.8;
      return `${where} ${window} (warns after ${Math.round(
        warnAt * 100,
      )}% of the window; a date after tomorrow is invalid)`;
    }
    case 'number-threshold':
      return `${code(
        rule.field ? `${rule.key} ${rule.field}` : rule.key,
      )} is a number ${rule.operator} ${rule.value}`;
    case 'decision-gate': {
      const decision = rule.decisionKey ?? 'readiness/decision';
      const due = rule.dueKey ?? 'readiness/decision-due';
      return `${code(
        decision,
      )} is ship, kill or extend; while undecided, ${code(
        due,
      )} is a date not in the past (warns within ${
        rule.warnDays ?? 14
      } days; a past due date is "decision overdue")`;
    }
    case 'all':
    case 'any': {
      const items = rule.rules
        .map(r => `${indent}  - ${describeRule(r, check, `${indent}  `)}`)
        .join('\n');
      return `${rule.type === 'all' ? 'all of' : 'any of'}:\n${items}`;
    }
    case 'not':
      return `not: ${describeRule(rule.rule, check, indent)}`;
    case 'custom':
      return `custom check ${code(
        rule.evaluator,
      )} (provided by a backend module)`;
    default:
      return 'unknown rule';
  }
}
