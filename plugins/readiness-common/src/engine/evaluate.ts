import type {
  EntityView,
  EvaluateOptions,
  EvaluationInput,
  RuleOutcome,
} from '../model/evaluation';
import type {
  CheckResult,
  Scorecard,
  UnknownWaiver,
  WaiverInfo,
} from '../model/scorecard';
import { formatDay } from '../parsing/dates';
import { entityRefOf } from '../parsing/entityRefs';
import { slugify } from '../fixes/compileFix';
import type { FixValues } from '../fixes/compileFix';
import { evaluateDecision } from '../rules/decisionGate';
import { NOT_VERIFIABLE_OFFLINE } from '../rules/ownerGroup';
import { evidenceValue, showValue } from '../rules/outcome';
import { clipText, quoteText } from '../parsing/showText';
import type { RuleEnv } from '../rules/types';
import { collectWaivers } from '../waivers/collectWaivers';
import type { WaiverAnnotation } from '../waivers/collectWaivers';
import { evaluateWaiver } from '../waivers/evaluateWaiver';
import type { CompiledCheck, CompiledRubric } from './compileRubric';
import { createEntityView } from './entityView';
import { operationalOwnerRefOf } from './relatedRefs';
import { scoreStatuses } from './score';
import { tiersOfStatuses } from './tiers';

function safeEntityRef(view: EntityView): string {
  return (
    entityRefOf(view.entity) ??
    `${view.kind || 'unknown'}:${view.namespace.toLowerCase()}/${(
      view.name || 'unknown'
    ).toLowerCase()}`
  );
}

/**
 * One object literal per common shape: objects get all their fields at
 * creation instead of growing (which allocates again), and no field is
 * present-but-undefined.
 */
function makeResult(
  check: CompiledCheck,
  status: CheckResult['status'],
  message: string,
  evidence: CheckResult['evidence'],
  actor: string | undefined,
  fix: CheckResult['fix'],
): CheckResult {
  const { id: checkId, title, category, tier, severity } = check;
  if (actor) {
    return fix
      ? {
          checkId,
          title,
          category,
          tier,
          severity,
          status,
          message,
          evidence,
          actor,
          fix,
        }
      : {
          checkId,
          title,
          category,
          tier,
          severity,
          status,
          message,
          evidence,
          actor,
        };
  }
  return fix
    ? {
        checkId,
        title,
        category,
        tier,
        severity,
        status,
        message,
        evidence,
        fix,
      }
    : { checkId, title, category, tier, severity, status, message, evidence };
}

/** A bug in a rule must not take the whole scorecard down. */
export function internalError(check: CompiledCheck, error: unknown): RuleOutcome {
  return {
    status: 'fail',
    message: `internal error evaluating ${check.id}: ${
      error instanceof Error ? error.message : String(error)
    }`,
    evidence: [],
    unverifiable: true,
  };
}

/**
 * Combines a check's own outcome with its waiver. Waivers only matter for a
 * check that would otherwise not pass.
 */
export function applyWaiver(
  outcome: RuleOutcome,
  waiver: WaiverInfo,
  view: EntityView,
  options: EvaluateOptions,
): Pick<CheckResult, 'status' | 'message' | 'waiver' | 'unverifiable'> {
  if (outcome.status === 'pass' || outcome.status === 'warn') {
    return {
      status: outcome.status,
      message: outcome.message,
      waiver: {
        ...waiver,
        applied: false,
        message: `${waiver.message} (not needed: the check passes)`,
      },
      ...(outcome.unverifiable ? { unverifiable: true } : {}),
    };
  }
  const applied = { ...waiver, applied: true };
  switch (waiver.state) {
    case 'malformed':
    case 'too-long':
      return {
        status: 'invalid',
        message: `${waiver.message}; without a valid waiver: ${outcome.message}`,
        waiver: applied,
      };
    case 'expired':
      return {
        status: 'fail',
        message: `${waiver.message}; ${outcome.message}`,
        waiver: applied,
        ...(outcome.unverifiable ? { unverifiable: true } : {}),
      };
    default:
      if (!view.related && !options.trustWaiversOffline) {
        return {
          status: 'fail',
          message: `waiver until ${waiver.until} by ${clipText(
            waiver.approver,
          )}: ${NOT_VERIFIABLE_OFFLINE} (whether the approver belongs to the owning group needs the catalog); ${
            outcome.message
          }`,
          waiver: applied,
          unverifiable: true,
        };
      }
      return {
        status: 'waived',
        message: `${waiver.message}; gap: ${outcome.message}`,
        waiver: applied,
      };
  }
}

/** The rules' environment: the rubric's custom evaluators and the caller's. */
export function ruleEnvOf(
  compiled: CompiledRubric,
  options: EvaluateOptions,
): RuleEnv {
  return {
    customEvaluators: options.customEvaluators
      ? { ...compiled.customEvaluators, ...options.customEvaluators }
      : compiled.customEvaluators,
    checkId: '',
  };
}

/**
 * Scores one entity against a compiled rubric. Pure and deterministic: the
 * same entity, related entities, rubric and `now` give the same scorecard;
 * no clock, no I/O. Never throws on a malformed entity (only on an invalid
 * `now`).
 */
export function evaluate(
  compiled: CompiledRubric,
  input: EvaluationInput,
  options: EvaluateOptions = {},
): Scorecard {
  const { entity, related, now } = input;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new TypeError('evaluate: input.now must be a valid Date');
  }
  const view = createEntityView(entity, related, now, compiled.annotationSlots);
  const inScope = compiled.inScope(view);
  const waivers = collectWaivers(view);
  const env = ruleEnvOf(compiled, options);
  const ownerRef = view.ownerRef;
  const operationalOwner = operationalOwnerRefOf(view);
  // A named operational owner the catalog does not have cannot act: the
  // owning team does, and the result says why (offline nobody can tell).
  const operationalOwnerMissing =
    operationalOwner !== undefined &&
    related !== undefined &&
    !related.operationalOwner;
  const actorNote = operationalOwnerMissing
    ? `${operationalOwner} (named operational owner) was not found in the catalog; the owning team acts`
    : undefined;
  let fixValues: FixValues | undefined;
  let anyApplicable = false;

  const results: CheckResult[] = new Array(compiled.checks.length);
  // Statuses kept apart, so scores and tiers read one plain list rather than
  // result objects of several shapes.
  const statuses: CheckResult['status'][] = new Array(compiled.checks.length);
  const checks = compiled.checks;
  // Checks with the same appliesTo share a predicate (see compileRubric):
  // its answer for the previous check is reused.
  let lastApplies: CompiledCheck['applies'] | undefined;
  let lastApplied = false;
  for (let i = 0; i < checks.length; i++) {
    const check = checks[i];
    let applies = false;
    if (inScope) {
      if (check.applies !== lastApplies) {
        lastApplies = check.applies;
        lastApplied = check.applies(view);
      }
      applies = lastApplied;
    }
    const waiverAnnotation = waivers?.get(check.id);
    const byOperationalOwner =
      check.actor === 'operational-owner' &&
      operationalOwner !== undefined &&
      !operationalOwnerMissing;
    const actor = byOperationalOwner ? operationalOwner : ownerRef;
    let status: CheckResult['status'];
    let message: string;
    let evidence: CheckResult['evidence'];
    let unverifiable: boolean | undefined;
    let waiver: WaiverInfo | undefined;
    if (!applies) {
      status = 'not-applicable';
      message = inScope
        ? check.notApplicableMessage
        : compiled.outOfScopeMessage;
      evidence = [];
      if (waiverAnnotation) {
        const judged = evaluateWaiver(
          waiverAnnotation.annotation,
          waiverAnnotation.value,
          view,
          compiled.waivers,
        );
        waiver = {
          ...judged,
          applied: false,
          message: `${judged.message} (not needed: the check does not apply)`,
        };
      }
    } else {
      anyApplicable = true;
      env.checkId = check.id;
      let outcome: RuleOutcome;
      try {
        outcome = check.rule(view, env);
      } catch (error) {
        outcome = internalError(check, error);
      }
      // Static outcomes share one frozen empty list; results get their own.
      evidence = outcome.evidence.length === 0 ? [] : outcome.evidence;
      if (waiverAnnotation) {
        const judged = evaluateWaiver(
          waiverAnnotation.annotation,
          waiverAnnotation.value,
          view,
          compiled.waivers,
        );
        ({ status, message, waiver, unverifiable } = applyWaiver(
          outcome,
          judged,
          view,
          options,
        ));
      } else {
        status = outcome.status;
        message = outcome.message;
        unverifiable = outcome.unverifiable;
      }
    }
    let fix: CheckResult['fix'];
    if (status !== 'pass' && status !== 'not-applicable') {
      fixValues ??= {
        name: slugify(view.name, 'service'),
        namespace: slugify(view.namespace, 'default'),
        today: formatDay(view.today),
      };
      fix = check.fix(fixValues);
    }
    const result = makeResult(check, status, message, evidence, actor, fix);
    if (waiver) {
      result.waiver = waiver;
    }
    if (unverifiable) {
      result.unverifiable = true;
    }
    if (actorNote && check.actor === 'operational-owner' && actor) {
      result.actorNote = actorNote;
    }
    results[i] = result;
    statuses[i] = status;
  }

  const unknownWaivers = waivers
    ? findUnknownWaivers(compiled, waivers)
    : undefined;
  const { score, categories } = scoreStatuses(compiled, statuses);
  const tiers = anyApplicable
    ? tiersOfStatuses(compiled, statuses)
    : { tier: null, nextTier: null, blockers: [] };

  const scorecard: Scorecard = {
    entityRef: safeEntityRef(view),
    evaluatedAt: compiled.isoTime(now),
    tier: tiers.tier,
    nextTier: tiers.nextTier,
    blockers: tiers.blockers,
    score,
    categories,
    checks: results,
    decision: evaluateDecision(view, compiled.decision).gate,
    inScope: anyApplicable,
  };
  const owner = ownerRef ?? view.owner;
  if (owner) {
    scorecard.owner = owner;
  }
  if (operationalOwner) {
    scorecard.operationalOwner = operationalOwner;
    if (operationalOwnerMissing) {
      scorecard.operationalOwnerFound = false;
    }
  }
  if (unknownWaivers && unknownWaivers.length > 0) {
    scorecard.unknownWaivers = unknownWaivers;
  }
  return scorecard;
}

function findUnknownWaivers(
  compiled: CompiledRubric,
  waivers: ReadonlyMap<string, WaiverAnnotation>,
): UnknownWaiver[] {
  const unknown: UnknownWaiver[] = [];
  for (const waiver of waivers.values()) {
    if (!compiled.checksById.has(waiver.checkId)) {
      unknown.push({
        annotation: waiver.annotation,
        checkId: waiver.checkId,
        value:
          typeof waiver.value === 'string'
            ? evidenceValue(waiver.value)
            : showValue(waiver.value),
        state: 'unknown-check',
        message: `${clipText(
          waiver.annotation,
        )} names unknown check ${quoteText(
          waiver.checkId,
        )}, expected the id of a check in the rubric (it waives nothing)`,
      });
    }
  }
  return unknown;
}
