/** Initiatives: a readiness goal with a scope, a target, a deadline and progress per team. */
export { isInScope } from './scope';
export type { InitiativeRow, OwnerWithin } from './scope';
export { compileTarget, problemsOfInitiativeTarget, progressAgainst } from './target';
export type { CompiledTarget, TargetProgress } from './target';
export { progressOfRows, remainingFirst, tallyByOwner, tallyProgress } from './tally';
export type { EntityProgress, ProgressTally, TeamTally } from './tally';
export { baselineOf, initiativeOutlook, neededOn, neededPaceOf, oneDecimal } from './outlook';
export type { BurnUpPoint, InitiativeOutlook, NeededPace } from './outlook';
export { replayBurnUp } from './replay';
export type { RecordedResult } from './replay';
