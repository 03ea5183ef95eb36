import { z } from 'zod';
import type { EntityView, RuleOutcome } from '../model/evaluation';
import type { DecisionGate, EvidenceItem } from '../model/scorecard';
import { parseDay } from '../parsing/dates';
import type { CompiledRule } from './types';
import type { RuleType } from './ruleType';
import {
  nonEmptyString,
  strictObject,
  wholeNumberAtLeastZero,
} from './configSchemaParts';
import { code } from './describeParts';
import {
  annotationSource,
  evidenceValue,
  fail,
  readAnnotation,
  invalid,
  pass,
  showDays,
  warn,
} from './outcome';

/**
 * The decision gate: a decision (ship, kill or extend) or, while undecided, a
 * due date that is not in the past. It also fills `Scorecard.decision`.
 */
export interface DecisionGateRule {
  type: 'decision-gate';
  /** Default `readiness/decision`. */
  decisionKey?: string;
  /** Default `readiness/decision-due`. */
  dueKey?: string;
  /** Warn when the due date is this close; default 14. */
  warnDays?: number;
}

export const decisionGateRuleType: RuleType<DecisionGateRule> = {
  readsClock: () => true,
  type: 'decision-gate',
  configSchema: () =>
    strictObject({
      type: z.literal('decision-gate'),
      decisionKey: nonEmptyString.optional(),
      dueKey: nonEmptyString.optional(),
      warnDays: wholeNumberAtLeastZero.optional(),
    }),
  compile: rule => compileDecisionGateRule(rule),
  annotationKeys: rule => {
    const { decisionKey, dueKey } = decisionSettingsOf(rule);
    return [decisionKey, dueKey];
  },
  describe: rule => {
    const { decisionKey, dueKey, warnDays } = decisionSettingsOf(rule);
    return `${code(
      decisionKey,
    )} is ship, kill or extend; while undecided, ${code(
      dueKey,
    )} is a date not in the past (warns within ${warnDays} days; a past due date is "decision overdue")`;
  },
};

export const DECISION_VALUES = ['ship', 'kill', 'extend'] as const;
export type DecisionValue = (typeof DECISION_VALUES)[number];

export interface DecisionSettings {
  decisionKey: string;
  dueKey: string;
  warnDays: number;
}

export const DEFAULT_DECISION_SETTINGS: DecisionSettings = {
  decisionKey: 'readiness/decision',
  dueKey: 'readiness/decision-due',
  warnDays: 14,
};

export function decisionSettingsOf(rule: DecisionGateRule): DecisionSettings {
  return {
    decisionKey: rule.decisionKey ?? DEFAULT_DECISION_SETTINGS.decisionKey,
    dueKey: rule.dueKey ?? DEFAULT_DECISION_SETTINGS.dueKey,
    warnDays: rule.warnDays ?? DEFAULT_DECISION_SETTINGS.warnDays,
  };
}

const DECIDED_MESSAGE: Record<DecisionValue, string> = {
  ship: 'decided: ship',
  kill: 'decided: kill',
  extend: 'decided: extend',
};

const DECISION_PROBLEM = { expected: `one of ${DECISION_VALUES.join(', ')}` };
const DUE_PROBLEM = { expected: 'a date YYYY-MM-DD' };

function isDecision(value: string): value is DecisionValue {
  return (DECISION_VALUES as readonly string[]).includes(value);
}

/**
 * The decision gate, as the scorecard's `decision` and as a rule outcome:
 * decided (ship, kill, extend); undecided with a due date ahead (warns
 * within `warnDays`); overdue; or invalid.
 */
export function evaluateDecision(
  view: EntityView,
  settings: DecisionSettings,
): { gate: DecisionGate; outcome: RuleOutcome } {
  // The decision check and Scorecard.decision both need this; work it out once.
  const memo = view.decisionMemo;
  if (memo && memo.settings === settings) {
    return memo.result as ReturnType<typeof decide>;
  }
  const result = decide(view, settings);
  view.decisionMemo = { settings, result };
  return result;
}

const DECISION_LIST = DECISION_VALUES.join(', ');

/** annotationSource of the default keys, made once. */
const DEFAULT_SOURCES: Readonly<Record<string, string>> = {
  [DEFAULT_DECISION_SETTINGS.decisionKey]: annotationSource(
    DEFAULT_DECISION_SETTINGS.decisionKey,
  ),
  [DEFAULT_DECISION_SETTINGS.dueKey]: annotationSource(
    DEFAULT_DECISION_SETTINGS.dueKey,
  ),
};

function sourceOf(key: string): string {
  return key === DEFAULT_DECISION_SETTINGS.decisionKey ||
    key === DEFAULT_DECISION_SETTINGS.dueKey
    ? DEFAULT_SOURCES[key]
    : annotationSource(key);
}

function decide(
  view: EntityView,
  settings: DecisionSettings,
): { gate: DecisionGate; outcome: RuleOutcome } {
  const { decisionKey, dueKey, warnDays } = settings;
  const decision = readAnnotation(view, decisionKey);
  const dueValue = readAnnotation(view, dueKey);
  // Lists of exactly the items present (a literal, not [] + push).
  let evidence: EvidenceItem[];
  if (decision !== undefined) {
    const decisionItem = {
      source: sourceOf(decisionKey),
      value: evidenceValue(decision),
    };
    evidence =
      dueValue !== undefined
        ? [
            decisionItem,
            { source: sourceOf(dueKey), value: evidenceValue(dueValue) },
          ]
        : [decisionItem];
  } else if (dueValue !== undefined) {
    evidence = [{ source: sourceOf(dueKey), value: evidenceValue(dueValue) }];
  } else {
    evidence = [];
  }
  const dueDay = typeof dueValue === 'string' ? parseDay(dueValue) : undefined;
  // parseDay accepted it, so the trimmed text is the YYYY-MM-DD date.
  const due = dueDay === undefined ? undefined : (dueValue as string).trim();

  if (decision !== undefined) {
    const normalised =
      typeof decision === 'string' ? decision.trim().toLowerCase() : '';
    if (!isDecision(normalised)) {
      const outcome = invalid(
        decisionKey,
        decision,
        DECISION_PROBLEM,
        evidence,
      );
      return {
        gate: withDue({ state: 'invalid', message: outcome.message }, due),
        outcome,
      };
    }
    const message = DECIDED_MESSAGE[normalised];
    return {
      gate: withDue({ state: normalised, message }, due),
      outcome: pass(message, evidence),
    };
  }

  if (dueValue === undefined) {
    const message = `no decision: ${decisionKey} is not set and ${dueKey} is not set; expected a decision (${DECISION_LIST}) or a due date`;
    return {
      gate: { state: 'undecided', message },
      outcome: fail(message, evidence),
    };
  }
  if (dueDay === undefined) {
    const outcome = invalid(dueKey, dueValue, DUE_PROBLEM, evidence);
    return { gate: { state: 'invalid', message: outcome.message }, outcome };
  }
  const daysLeft = dueDay - view.today;
  if (daysLeft < 0) {
    const message = `decision overdue since ${due} (${showDays(-daysLeft)})`;
    return {
      gate: { state: 'overdue', due, message },
      outcome: fail(message, evidence),
    };
  }
  const when = daysLeft === 0 ? 'today' : `in ${showDays(daysLeft)}`;
  const message = `no decision yet; due on ${due}, ${when}`;
  return {
    gate: { state: 'undecided', due, message },
    outcome:
      daysLeft <= warnDays ? warn(message, evidence) : pass(message, evidence),
  };
}

function withDue(gate: DecisionGate, due: string | undefined): DecisionGate {
  if (due) {
    gate.due = due;
  }
  return gate;
}

export function compileDecisionGateRule(rule: DecisionGateRule): CompiledRule {
  const settings = decisionSettingsOf(rule);
  return view => evaluateDecision(view, settings).outcome;
}
