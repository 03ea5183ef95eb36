import type { EvidenceRule } from '../model/rules';
import { compileAnnotationFormatRule } from './annotationFormat';
import { compileAnnotationPatternRule } from './annotationPattern';
import { compileAnnotationPresentRule } from './annotationPresent';
import { compileAllRule, compileAnyRule, compileNotRule } from './combinators';
import { compileCustomRule } from './custom';
import { compileDecisionGateRule } from './decisionGate';
import { compileFieldRule } from './field';
import { compileFreshnessRule } from './freshness';
import { compileLinkRule } from './link';
import { compileNumberThresholdRule } from './numberThreshold';
import { compileOwnerGroupRule } from './ownerGroup';
import type { CompiledRule, RuleCompileContext } from './types';
import { compileUserRefRule } from './userRef';

/** Compiles a (validated) evidence rule into a closure. */
export function compileRule(
  rule: EvidenceRule,
  context: RuleCompileContext = {},
): CompiledRule {
  switch (rule.type) {
    case 'annotation':
      return compileAnnotationPresentRule(rule, context);
    case 'annotation-format':
      return compileAnnotationFormatRule(rule, context);
    case 'annotation-pattern':
      return compileAnnotationPatternRule(rule, context);
    case 'link':
      return compileLinkRule(rule);
    case 'field':
      return compileFieldRule(rule);
    case 'owner-group':
      return compileOwnerGroupRule(rule);
    case 'user-ref':
      return compileUserRefRule(rule, context);
    case 'freshness':
      return compileFreshnessRule(rule, context);
    case 'number-threshold':
      return compileNumberThresholdRule(rule, context);
    case 'decision-gate':
      return compileDecisionGateRule(rule);
    case 'all':
      return compileAllRule(rule.rules.map(r => compileRule(r, context)));
    case 'any':
      return compileAnyRule(rule.rules.map(r => compileRule(r, context)));
    case 'not':
      return compileNotRule(rule, compileRule(rule.rule, context));
    case 'custom':
      return compileCustomRule(rule);
    default: {
      const unknown: never = rule;
      throw new Error(`unknown evidence rule ${JSON.stringify(unknown)}`);
    }
  }
}
