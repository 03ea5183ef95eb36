import {
  CheckStatus,
  CompiledRubric,
  scoreStatuses,
  tiersOfStatuses,
} from '@readiness-scorecards/plugin-readiness-common';
import type { ResultSummary } from './ScorecardStore';

/*
 * The compact form of a stored result: one character per check, in the
 * order of a layout (the rubric's check ids when the result was written).
 * Readers rebuild what they need from it and the rubric in force. The
 * migration 20261222000000_compact_results.js writes the same codes.
 */

const CODE_OF_STATUS: Record<CheckStatus, string> = {
  pass: 'p',
  warn: 'w',
  fail: 'f',
  invalid: 'i',
  waived: 'x',
  'not-applicable': 'n',
};

const STATUS_OF_CODE: ReadonlyMap<string, CheckStatus> = new Map(
  Object.entries(CODE_OF_STATUS).map(([status, code]) => [
    code,
    status as CheckStatus,
  ]),
);

/** The statuses as one character each: pass p, warn w, fail f, invalid i, waived x, not-applicable n. */
export function encodeStatuses(statuses: readonly CheckStatus[]): string {
  let codes = '';
  for (const status of statuses) codes += CODE_OF_STATUS[status];
  return codes;
}

/** The statuses of encoded codes; throws on a character no status has. */
export function decodeStatuses(codes: string): CheckStatus[] {
  const statuses: CheckStatus[] = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) statuses[i] = statusOfCode(codes, i);
  return statuses;
}

function statusOfCode(codes: string, index: number): CheckStatus {
  const status = STATUS_OF_CODE.get(codes[index]);
  if (!status) {
    throw new Error(
      `Stored check statuses "${codes}" hold "${
        codes[index]
      }" at ${index}, expected one of ${[...STATUS_OF_CODE.keys()].join('')}`,
    );
  }
  return status;
}

/** A layout's stored key: the check ids joined by ',' (check ids never hold one). */
export function layoutKeyOf(checkIds: readonly string[]): string {
  return checkIds.join(',');
}

/** The check ids of a layout key. */
export function checkIdsOfLayoutKey(key: string): string[] {
  return key === '' ? [] : key.split(',');
}

/** A stored result's statuses: `codes[i]` is the status of `layout[i]`. */
export interface CompactChecks {
  layout: readonly string[];
  codes: string;
}

/** Checks that fail or are invalid, in stored order. */
export function failingChecksOf(result: CompactChecks): string[] {
  const failing: string[] = [];
  const n = Math.min(result.layout.length, result.codes.length);
  for (let i = 0; i < n; i++) {
    const code = result.codes[i];
    if (code === 'f' || code === 'i') failing.push(result.layout[i]);
  }
  return failing;
}

/** Each check of the layout with its status, in stored order. */
export function checksOf(
  result: CompactChecks,
): Array<{ checkId: string; status: CheckStatus }> {
  const n = Math.min(result.layout.length, result.codes.length);
  const checks = new Array<{ checkId: string; status: CheckStatus }>(n);
  for (let i = 0; i < n; i++) {
    checks[i] = {
      checkId: result.layout[i],
      status: statusOfCode(result.codes, i),
    };
  }
  return checks;
}

/**
 * Per check of the rubric (its order), where the layout holds it, or -1.
 * Remembered per rubric and layout: every stored row of a layout maps the
 * same way.
 */
const positionsCache = new WeakMap<
  CompiledRubric,
  WeakMap<readonly string[], Int32Array>
>();

function positionsOf(
  compiled: CompiledRubric,
  layout: readonly string[],
): Int32Array {
  let byLayout = positionsCache.get(compiled);
  if (!byLayout) {
    byLayout = new WeakMap();
    positionsCache.set(compiled, byLayout);
  }
  let positions = byLayout.get(layout);
  if (!positions) {
    const index = new Map(layout.map((id, i) => [id, i]));
    positions = Int32Array.from(compiled.checks, c => index.get(c.id) ?? -1);
    byLayout.set(layout, positions);
  }
  return positions;
}

/**
 * The statuses in the rubric's check order, as the engine's scoring wants
 * them. Checks the stored layout lacks (added to the rubric since) count as
 * not-applicable; stored checks the rubric no longer has are left out.
 */
export function statusesInRubricOrder(
  compiled: CompiledRubric,
  result: CompactChecks,
): CheckStatus[] {
  const positions = positionsOf(compiled, result.layout);
  const statuses: CheckStatus[] = new Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const at = positions[i];
    statuses[i] =
      at >= 0 && at < result.codes.length
        ? statusOfCode(result.codes, at)
        : 'not-applicable';
  }
  return statuses;
}

/**
 * Category id to score 0..100 under the rubric, as the engine scores them.
 * A category in which no check applies is left out ("n/a"), so it counts as
 * 0 in no mean.
 */
export function categoryScoresOf(
  compiled: CompiledRubric,
  statuses: readonly CheckStatus[],
): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const category of scoreStatuses(compiled, statuses).categories) {
    if (category.applicable === 0) continue;
    scores[category.category] = category.score;
  }
  return scores;
}

/** The next tier and what blocks it, from the statuses in rubric order. */
export function nextTierOf(
  compiled: CompiledRubric,
  statuses: readonly CheckStatus[],
): { nextTier: string | null; blockers: string[] } {
  // The engine gives no tier to an entity no check applies to.
  if (statuses.every(s => s === 'not-applicable')) {
    return { nextTier: null, blockers: [] };
  }
  const { nextTier, blockers } = tiersOfStatuses(compiled, statuses);
  return { nextTier, blockers };
}

/**
 * A stored result's summary: tier and score as stored, the next tier and
 * its blockers from the statuses under the rubric in force (after a rubric
 * change, measured against the new rubric), the failing checks as stored,
 * and every check of the rubric with its status.
 */
export function summarizeStoredResult(
  compiled: CompiledRubric,
  stored: { tier: string | null; score: number; result: CompactChecks },
): ResultSummary & {
  checks: Array<{ checkId: string; status: CheckStatus }>;
} {
  const statuses = statusesInRubricOrder(compiled, stored.result);
  return {
    tier: stored.tier,
    ...nextTierOf(compiled, statuses),
    score: stored.score,
    failingChecks: failingChecksOf(stored.result),
    checks: compiled.checks.map((check, i) => ({
      checkId: check.id,
      status: statuses[i],
    })),
  };
}
