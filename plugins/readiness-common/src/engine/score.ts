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
  const checks = compiled.checks;
  // Sums in locals, category by category over the checks of each (indexes
  // made at compile time), instead of per-category lists for every entity.
  let passed = 0;
  let total = 0;
  for (let i = 0; i < statuses.length; i++) {
    const status = statuses[i];
    if (status === 'not-applicable') {
      continue;
    }
    const weight = checks[i].weight;
    total += weight;
    if (countsAsPassed(status)) {
      passed += weight;
    }
  }
  const hasChecks = compiled.categoryHasChecks;
  const checkIndexes = compiled.categoryCheckIndexes;
  let scored = 0;
  for (let c = 0; c < n; c++) {
    if (hasChecks[c]) scored++;
  }
  const categoryScores: CategoryScore[] = new Array(scored);
  let next = 0;
  for (let c = 0; c < n; c++) {
    if (!hasChecks[c]) continue;
    let passedWeight = 0;
    let totalWeight = 0;
    let passedCount = 0;
    let applicableCount = 0;
    const indexes = checkIndexes[c];
    for (let j = 0; j < indexes.length; j++) {
      const i = indexes[j];
      if (i >= statuses.length) break; // indexes ascend
      const check = checks[i];
      const status = statuses[i];
      if (status === 'not-applicable') continue;
      const weight = check.weight;
      totalWeight += weight;
      applicableCount++;
      if (countsAsPassed(status)) {
        passedWeight += weight;
        passedCount++;
      }
    }
    categoryScores[next++] = {
      category: categories[c].id,
      title: categories[c].title,
      score: totalWeight > 0 ? round1((100 * passedWeight) / totalWeight) : 0,
      passed: passedCount,
      applicable: applicableCount,
    };
  }
  return {
    score: total > 0 ? round1((100 * passed) / total) : 0,
    categories: categoryScores,
  };
}
