/**
 * Common code of the readiness plugin: the rubric model, the scoring engine
 * (pure functions, no I/O), the default rubric, permissions, and the REST
 * API's types (generated from its OpenAPI spec) shared by backend, frontend
 * and CLI.
 *
 * The exports are listed one by one on purpose: this is the package's public
 * surface (see report.api.md); helpers of the engine stay internal.
 *
 * @packageDocumentation
 */

// The REST API's request and response types, generated from openapi.yaml;
// the scorecard the engine returns is one of them.
export type {
  AttentionCounts,
  AttentionItem,
  AttentionList,
  AttentionQuery,
  AttentionResponse,
  AttentionSort,
  CategoryScore,
  CategorySummary,
  CheckDoc,
  CheckFix,
  CheckResult,
  CheckStatus,
  CommonGap,
  DecisionGate,
  DecisionState,
  EntityAttention,
  EntitySummary,
  EvidenceItem,
  ExpiringCheck,
  FilterValuesResponse,
  FirstRunSummary,
  HealthResponse,
  Initiative,
  InitiativeEntitiesQuery,
  InitiativeEntitiesResponse,
  InitiativeEntity,
  InitiativeHistoryPoint,
  InitiativeHistoryResponse,
  InitiativeListResponse,
  InitiativeProgress,
  InitiativeQuery,
  InitiativeResponse,
  InitiativeScope,
  InitiativeState,
  InitiativeSummary,
  InitiativeTarget,
  InitiativeTeamProgress,
  InitiativeTeamShare,
  HistoryPoint,
  HistoryQuery,
  HistoryResponse,
  ListInitiativesQuery,
  ListScorecardsQuery,
  ReadinessFilters,
  RecomputeState,
  RefreshResponse,
  RemainingCheck,
  RollupGroup,
  RollupGroupBy,
  RollupHistoryPoint,
  RollupHistoryQuery,
  RollupHistoryResponse,
  RollupPageRequest,
  RollupPointGroup,
  RollupPointTotal,
  RollupQuery,
  RollupResponse,
  RubricCheckSummary,
  RubricResponse,
  Scorecard,
  ScorecardFilters,
  ScorecardListResponse,
  ScorecardResponse,
  Severity,
  StoredScorecardSummary,
  SummaryQuery,
  SummaryResponse,
  TierCount,
  TierSinceSource,
  TierSummary,
  TimeInTier,
  UnknownWaiver,
  WaiverInfo,
} from './api';

// The model: rubric, evidence rules and evaluation input.
export type {
  AppliesTo,
  CategoryDefinition,
  CheckActor,
  CheckDefinition,
  FixLink,
  FixTemplate,
  FreshnessWindow,
  Rubric,
  SeverityWeights,
  TierDefinition,
  WaiverSettings,
} from './model/rubric';
export type {
  AllRule,
  AnnotationFormatRule,
  AnnotationPatternRule,
  AnnotationPresentRule,
  AnyRule,
  Comparator,
  CustomRule,
  DecisionGateRule,
  EvidenceRule,
  EvidenceRuleType,
  FieldRule,
  FreshnessRule,
  LinkRule,
  NotRule,
  NumberThresholdRule,
  OwnerGroupRule,
  UserRefRule,
} from './rules';
export type { JsonPrimitive } from './model/rubric';
export type { SimpleFormat, ValueFormat } from './parsing';
export type {
  CustomEvaluator,
  EntityView,
  EvaluateOptions,
  EvaluationInput,
  RelatedEntities,
  RuleContext,
  RuleOutcome,
} from './model/evaluation';

// The engine: compile a rubric once, score entities with it.
export { compileRubric, evaluate } from './engine';
export type {
  CompiledCheck,
  CompiledRubric,
  CompileRubricOptions,
  TierOutcome,
} from './engine';
export {
  computeTiers,
  describeAppliesTo,
  getRelatedEntityRefs,
  meetsTier,
  OPERATIONAL_OWNER_ANNOTATION,
  scoreStatuses,
  scorecardFingerprint,
  tiersOfStatuses,
} from './engine';

// The rubric in force: the default one, or app-config's `readiness.rubric`.
export { defaultRubric, loadRubricFromConfig } from './rubric';
export type { LoadRubricOptions } from './rubric';

// Words and YAML for people: a rule described, a fix snippet, dates.
export { checkDocOf, describeRule } from './docs';
export { combineFixes, fixTemplateYaml, mergeInto, slugify } from './fixes';
export type { CombinedFix } from './fixes';
export { dayOf, formatDay, parseDay } from './parsing';

// Permissions.
export {
  readinessPermissions,
  readinessRefreshPermission,
} from './permissions';

// The order of rollup groups: GET /rollup sorts with it, the Readiness page names its columns' keys.
export {
  compareRollupGroups,
  DEFAULT_ROLLUP_SORT,
  naturalRollupOrder,
  problemOfRollupSort,
  ROLLUP_SORTS,
  tierSort,
} from './rollup';
export type { RollupSort, RollupSortOrder, RollupSortRequest } from './rollup';

// The first-run summary of a scored catalog (tiers, common gaps, declared
// production that is not reached), shown by the CLI and the Readiness page.
export { NO_TIER, summarizeFirstRun, summaryInputOf } from './summary';
export type { FirstRunSummaryOptions, SummaryInput } from './summary';

// Pilot purgatory: time in tier, claimed versus earned, overdue decisions,
// what expires next, and who must act.
export {
  attentionFactsOf,
  claimedTierOf,
  claimExceedsTier,
  declaredPilotStartOf,
  decisionStateAt,
  DEFAULT_LIFECYCLE_CLAIMS,
  describeTimeInTier,
  findExpiringChecks,
  isUndecided,
  PILOT_START_ANNOTATION,
  pilotStartFixYaml,
  problemsOfLifecycleClaims,
  timeInTier,
  whoActsOf,
} from './attention';
export type {
  AttentionFacts,
  DeclaredPilotStart,
  DecisionStateNow,
  ExpiringResult,
  LifecycleClaims,
  StoredDecision,
} from './attention';

// Initiatives: a readiness goal with a scope, a target and a deadline;
// progress, per team and over time, from the stored results.
export {
  baselineOf,
  compileTarget,
  initiativeOutlook,
  isInScope,
  neededOn,
  neededPaceOf,
  oneDecimal,
  problemsOfInitiativeTarget,
  progressAgainst,
  progressOfRows,
  remainingFirst,
  replayBurnUp,
  tallyByOwner,
  tallyProgress,
} from './initiatives';
export type {
  BurnUpPoint,
  CompiledTarget,
  EntityProgress,
  InitiativeOutlook,
  InitiativeRow,
  NeededPace,
  OwnerWithin,
  ProgressTally,
  RecordedResult,
  TargetProgress,
  TeamTally,
} from './initiatives';
