/** The scoring engine: compile a rubric once, evaluate entities against it. */
export { compileRubric } from './compileRubric';
export type {
  CompiledRubric,
  CompiledCheck,
  CompileRubricOptions,
} from './compileRubric';
export { evaluate } from './evaluate';
export { scorecardFingerprint } from './fingerprint';
export {
  getRelatedEntityRefs,
  OPERATIONAL_OWNER_ANNOTATION,
} from './relatedRefs';
export { computeTiers, meetsTier, tiersOfStatuses } from './tiers';
export type { TierOutcome } from './tiers';
export { computeScores, countsAsPassed, scoreStatuses } from './score';
export {
  validateRubric,
  defaultRubricPaths,
  throwIfRubricIssues,
  CHECK_ID_RE,
} from './validateRubric';
export type { RubricIssue, RubricPaths } from './validateRubric';
export { compileAppliesTo, describeAppliesTo } from './appliesTo';
export { createEntityView, createAnnotationSlots } from './entityView';
export type { AnnotationSlots } from './entityView';
