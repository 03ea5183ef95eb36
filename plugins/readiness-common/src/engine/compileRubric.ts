import type { CustomEvaluator, EntityView } from '../model/evaluation';
import type {
  CategoryDefinition,
  CheckActor,
  CheckDefinition,
  Rubric,
  SeverityWeights,
  TierDefinition,
  WaiverSettings,
} from '../model/rubric';
import { ruleTypeNamed } from '../rules/ruleTypes';
import type { EvidenceRule } from '../rules/ruleTypes';
import type { Severity } from '../model/scorecard';
import { compileFix } from '../fixes/compileFix';
import type { FixRenderer } from '../fixes/compileFix';
import { compileRule } from '../rules/compileRule';
import { annotationKeysOf } from '../rules/annotationKeysOf';
import { ruleReadsClock } from '../rules/ruleReadsClock';
import { WAIVER_ANNOTATION_PREFIX } from '../waivers/parseWaiver';
import { OPERATIONAL_OWNER_ANNOTATION } from './relatedRefs';
import { createAnnotationSlots } from './entityView';
import type { AnnotationSlots } from './entityView';
import {
  DEFAULT_DECISION_SETTINGS,
  decisionSettingsOf,
} from '../rules/decisionGate';
import type { DecisionSettings } from '../rules/decisionGate';
import type { CompiledRule } from '../rules/types';
import { compileAppliesTo, describeAppliesTo } from './appliesTo';
import { throwIfRubricIssues, validateRubric } from './validateRubric';
import type { RubricPaths } from './validateRubric';

export interface CompiledCheck {
  readonly definition: CheckDefinition;
  readonly id: string;
  readonly title: string;
  readonly category: string;
  /** Index of the category in the rubric's categories. */
  readonly categoryIndex: number;
  readonly tier: string;
  readonly tierIndex: number;
  readonly severity: Severity;
  readonly weight: number;
  readonly actor: CheckActor;
  readonly applies: (view: EntityView) => boolean;
  readonly notApplicableMessage: string;
  readonly rule: CompiledRule;
  /** Whether the rule's outcome can change with the instant alone (see ruleReadsClock). */
  readonly readsClock: boolean;
  readonly fix: FixRenderer;
}

/** A rubric prepared for fast, repeated evaluation. Build it once with `compileRubric`. */
export interface CompiledRubric {
  /** The rubric it was compiled from (serve it as "the rubric in force"). */
  readonly rubric: Rubric;
  readonly tiers: readonly TierDefinition[];
  readonly categories: readonly CategoryDefinition[];
  readonly checks: readonly CompiledCheck[];
  readonly checksById: ReadonlyMap<string, CompiledCheck>;
  readonly weights: Readonly<SeverityWeights>;
  readonly waivers: Readonly<WaiverSettings>;
  readonly decision: DecisionSettings;
  readonly inScope: (view: EntityView) => boolean;
  /** The not-applicable message for entities outside the rubric's appliesTo. */
  readonly outOfScopeMessage: string;
  /** Slot of each annotation key the rubric reads (see EntityView.slots). */
  readonly annotationSlots: AnnotationSlots;
  /** Per category (rubric order): whether any enabled check is in it. */
  readonly categoryHasChecks: readonly boolean[];
  /** Per category (rubric order): the indexes in `checks` of its checks. */
  readonly categoryCheckIndexes: readonly (readonly number[])[];
  /** `now.toISOString()`, remembered for the last instant (scoring a catalog uses one `now`). */
  readonly isoTime: (now: Date) => string;
  /** Custom evaluators bound at compile time; `evaluate` options add to them. */
  readonly customEvaluators: Readonly<Record<string, CustomEvaluator>>;
}

export interface CompileRubricOptions {
  /** How to name key paths in errors. */
  paths?: RubricPaths;
  /** Evaluators for `custom` rules (e.g. from backend modules). */
  customEvaluators?: Record<string, CustomEvaluator>;
}

/** The settings of the first decision gate in a rule tree, depth first. */
function findDecisionRule(rule: EvidenceRule): DecisionSettings | undefined {
  if (rule.type === 'decision-gate') {
    return decisionSettingsOf(rule);
  }
  for (const child of ruleTypeNamed(rule.type)?.children?.(rule) ?? []) {
    const found = findDecisionRule(child);
    if (found) return found;
  }
  return undefined;
}

function lastIsoTime(): (now: Date) => string {
  let lastTime = NaN;
  let lastIso = '';
  return now => {
    const time = now.getTime();
    if (time !== lastTime) {
      lastTime = time;
      lastIso = now.toISOString();
    }
    return lastIso;
  };
}

/**
 * Validates a rubric and compiles it: rules become closures with their
 * regexes, key lists and formats prepared, fixes become templates. Throws an
 * InputError naming every problem.
 */
export function compileRubric(
  rubric: Rubric,
  options: CompileRubricOptions = {},
): CompiledRubric {
  throwIfRubricIssues(validateRubric(rubric, options.paths));
  const tierIndex = new Map(rubric.tiers.map((t, i) => [t.id, i]));
  const categoryIndex = new Map(rubric.categories.map((c, i) => [c.id, i]));
  const docBase = rubric.docBaseUrl;
  const enabled = rubric.checks.filter(check => check.enabled !== false);
  const annotationSlots = createAnnotationSlots(
    [
      OPERATIONAL_OWNER_ANNOTATION,
      ...enabled.flatMap(check => annotationKeysOf(check.evidence)),
    ].filter(key => !key.startsWith(WAIVER_ANNOTATION_PREFIX)),
  );
  // Checks with the same appliesTo share one predicate, so `evaluate` can
  // reuse the answer for consecutive checks (e.g. every AI-only check).
  const predicates = new Map<string, (view: EntityView) => boolean>();
  const appliesPredicate = (filter: CheckDefinition['appliesTo']) => {
    const key = JSON.stringify(filter ?? null);
    let predicate = predicates.get(key);
    if (!predicate) {
      predicate = compileAppliesTo(filter);
      predicates.set(key, predicate);
    }
    return predicate;
  };
  const checks = enabled.map(
    (check): CompiledCheck => ({
      definition: check,
      id: check.id,
      title: check.title,
      category: check.category,
      categoryIndex: categoryIndex.get(check.category)!,
      tier: check.tier,
      tierIndex: tierIndex.get(check.tier)!,
      severity: check.severity,
      weight: rubric.weights[check.severity],
      actor: check.actor ?? 'owner',
      applies: appliesPredicate(check.appliesTo),
      notApplicableMessage: `does not apply: only where ${describeAppliesTo(
        check.appliesTo,
      )}`,
      rule: compileRule(check.evidence, {
        freshness: check.freshness,
        slotIndex: annotationSlots.index,
      }),
      readsClock: ruleReadsClock(check.evidence),
      fix: compileFix(check.fix, docBase ? `${docBase}#${check.id}` : ''),
    }),
  );
  let decision: DecisionSettings | undefined;
  for (const check of checks) {
    decision ??= findDecisionRule(check.definition.evidence);
  }
  return {
    rubric,
    tiers: rubric.tiers,
    categories: rubric.categories,
    checks,
    checksById: new Map(checks.map(c => [c.id, c])),
    weights: rubric.weights,
    waivers: rubric.waivers,
    decision: decision ?? DEFAULT_DECISION_SETTINGS,
    inScope: compileAppliesTo(rubric.appliesTo),
    outOfScopeMessage: `not scored: the rubric applies only where ${describeAppliesTo(
      rubric.appliesTo,
    )}`,
    annotationSlots,
    categoryHasChecks: rubric.categories.map(c =>
      checks.some(check => check.category === c.id),
    ),
    categoryCheckIndexes: rubric.categories.map(c =>
      checks.flatMap((check, i) => (check.category === c.id ? [i] : [])),
    ),
    customEvaluators: { ...options.customEvaluators },
    isoTime: lastIsoTime(),
  };
}
