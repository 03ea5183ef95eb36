import type {
  CategoryScore,
  CheckResult,
  CheckStatus,
} from '../model/scorecard';
import type { CompiledRubric } from './compileRubric';

/** pass and warn count as passed; fail, invalid and waived do not. */
export function countsAsPassed(status: CheckStatus): boolean {
  return status === 'pass' || status === 'warn';
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Weighted share of applicable checks passed, 0..100 with one decimal, over
 * the whole rubric and per category (not-applicable checks are left out; a
 * category or entity with nothing applicable scores 0).
 */
export function computeScores(
  compiled: CompiledRubric,
  results: readonly CheckResult[],
): { score: number; categories: CategoryScore[] } {
  return scoreStatuses(
    compiled,
    results.map(r => r.status),
  );
}

/** computeScores over the statuses alone (in rubric check order): the engine's fast path. */
export function scoreStatuses(
  compiled: CompiledRubric,
  statuses: readonly CheckStatus[],
): { score: number; categories: CategoryScore[] } {
  const categories = compiled.categories;
  const n = categories.length;
  const passedWeight: number[] = [];
  const totalWeight: number[] = [];
  const passedCount: number[] = [];
  const applicableCount: number[] = [];
  for (let c = 0; c < n; c++) {
    passedWeight.push(0);
    totalWeight.push(0);
    passedCount.push(0);
    applicableCount.push(0);
  }
  let passed = 0;
  let total = 0;
  const checks = compiled.checks;
  for (let i = 0; i < statuses.length; i++) {
    const status = statuses[i];
    if (status === 'not-applicable') {
      continue;
    }
    const check = checks[i];
    const c = check.categoryIndex;
    const weight = check.weight;
    total += weight;
    totalWeight[c] += weight;
    applicableCount[c]++;
    if (countsAsPassed(status)) {
      passed += weight;
      passedWeight[c] += weight;
      passedCount[c]++;
    }
  }
  const categoryScores: CategoryScore[] = [];
  const hasChecks = compiled.categoryHasChecks;
  for (let c = 0; c < n; c++) {
    if (!hasChecks[c]) continue;
    categoryScores.push({
      category: categories[c].id,
      title: categories[c].title,
      score:
        totalWeight[c] > 0
          ? round1((100 * passedWeight[c]) / totalWeight[c])
          : 0,
      passed: passedCount[c],
      applicable: applicableCount[c],
    });
  }
  return {
    score: total > 0 ? round1((100 * passed) / total) : 0,
    categories: categoryScores,
  };
}
