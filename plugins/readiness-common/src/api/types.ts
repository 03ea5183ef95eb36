/**
 * The readiness REST API's requests and responses under the names the code
 * uses. Every shape comes from openapi.generated.ts, which is generated from
 * plugins/readiness-backend/src/schema/openapi.yaml: to change a shape, change
 * the spec and regenerate; nothing here restates a field.
 */
import type { components, operations } from './openapi.generated';

type Schemas = components['schemas'];
type QueryOf<Operation extends keyof operations> = NonNullable<
  operations[Operation]['parameters']['query']
>;

// The scorecard, as the engine computes it and every endpoint sends it.

/** How much a failing check matters. */
export type Severity = Schemas['Severity'];
/** Outcome of one check for one entity. */
export type CheckStatus = Schemas['CheckStatus'];
/** A piece of evidence the engine looked at (an annotation, a link, a field). */
export type EvidenceItem = Schemas['EvidenceItem'];
/** The YAML that closes a gap. */
export type CheckFix = Schemas['CheckFix'];
/** A waiver annotation and what the engine made of it. */
export type WaiverInfo = Schemas['WaiverInfo'];
/** A `readiness/waiver.<id>` annotation whose id is not a check of the rubric. */
export type UnknownWaiver = Schemas['UnknownWaiver'];
/** The ship, kill or extend decision an experimental entity owes. */
export type DecisionGate = Schemas['DecisionGate'];
/** Outcome of one check of the rubric for one entity. */
export type CheckResult = Schemas['CheckResult'];
/** An entity's score in one category. */
export type CategoryScore = Schemas['CategoryScore'];
/** What the engine returns for one entity. */
export type Scorecard = Schemas['Scorecard'];

// GET /scorecards/{namespace}/{kind}/{name} and .../history

/** A catalog entity as the backend summarises it (a Group with members, or a User). */
export type EntitySummary = Schemas['EntitySummary'];
/** GET /scorecards/{namespace}/{kind}/{name}: the live scorecard, its people and stored tier age. */
export type ScorecardResponse = Schemas['ScorecardResponse'];
/** One change of an entity's readiness. */
export type HistoryPoint = Schemas['HistoryPoint'];
/** GET /scorecards/{namespace}/{kind}/{name}/history, oldest first. */
export type HistoryResponse = Schemas['HistoryResponse'];
/** The query of GET .../history (`since` is an ISO 8601 instant). */
export type HistoryQuery = QueryOf<'GetScorecardHistory'>;

// GET /checks

/** A tier of the rubric. */
export type TierSummary = Schemas['TierSummary'];
/** A category of the rubric. */
export type CategorySummary = Schemas['CategorySummary'];
/** A check of the rubric, as people read it. */
export type RubricCheckSummary = Schemas['RubricCheckSummary'];
/** A check's documentation (why, applies to, who acts, evidence, example YAML), for the portal. */
export type CheckDoc = Schemas['CheckDoc'];
/** GET /checks: the rubric in force; tiers lowest first. */
export type RubricResponse = Schemas['RubricResponse'];

// GET /rollup and GET /rollup/history

/** The dimension a rollup groups entities by. */
export type RollupGroupBy = Schemas['RollupGroupBy'];
/** The query of GET /rollup: groupBy, filters and a page of groups. */
export type RollupQuery = QueryOf<'GetRollup'>;
/**
 * The filters of GET /rollup and GET /rollup/history. Each list matches any
 * of its values; lists combine with AND.
 */
export type ReadinessFilters = Omit<
  RollupQuery,
  'groupBy' | 'offset' | 'limit' | 'sort' | 'order'
>;
/** A page of rollup rows (whole subtrees when grouped by owner). */
export type RollupPageRequest = Required<Pick<RollupQuery, 'offset' | 'limit'>>;
/** Whether the stored results behind rollups and lists are current. */
export type RecomputeState = Schemas['RecomputeState'];
/** One group of GET /rollup, or the total over all of them. */
export type RollupGroup = Schemas['RollupGroup'];
/** GET /rollup */
export type RollupResponse = Schemas['RollupResponse'];
/** The query of GET /rollup/history (`limit` 0 for the totals alone). */
export type RollupHistoryQuery = QueryOf<'GetRollupHistory'>;
/** Every entity of one day of GET /rollup/history. */
export type RollupPointTotal = Schemas['RollupPointTotal'];
/** One group of one day of GET /rollup/history. */
export type RollupPointGroup = Schemas['RollupPointGroup'];
/** One day of GET /rollup/history. */
export type RollupHistoryPoint = Schemas['RollupHistoryPoint'];
/** GET /rollup/history: the organisation's readiness per day. */
export type RollupHistoryResponse = Schemas['RollupHistoryResponse'];

// GET /scorecards and GET /export.csv

/** The filters of GET /scorecards and GET /export.csv: the rollup's plus system, domain and tier. */
export type ScorecardFilters = NonNullable<
  operations['ExportCsv']['parameters']['query']
>;
/** The query of GET /scorecards: filters and a page. */
export type ListScorecardsQuery = QueryOf<'ListScorecards'>;
/** One row of GET /scorecards: what the last recompute stored. */
export type StoredScorecardSummary = Schemas['StoredScorecardSummary'];
/** GET /scorecards: one page, lowest tier first, then score, then ref. */
export type ScorecardListResponse = Schemas['ScorecardListResponse'];

// GET /health and POST /refresh

/** GET /health */
export type HealthResponse = Schemas['HealthResponse'];
/** POST /refresh */
export type RefreshResponse = Schemas['RefreshResponse'];

// GET /attention and the verdict of GET /scorecards/{namespace}/{kind}/{name}

/** The lists of GET /attention. */
export type AttentionList = Schemas['AttentionList'];
/** The orders GET /attention sorts by. */
export type AttentionSort = Schemas['AttentionSort'];
/** The query of GET /attention (filters as for the rollups). */
export type AttentionQuery = QueryOf<'ListAttention'>;
/** Where an entity's decision stands at the time of the request. */
export type DecisionState = Schemas['DecisionState'];
/** declared (readiness/pilot-start), recorded, or first-record ("since at least"). */
export type TierSinceSource = Schemas['TierSinceSource'];
/** Since when, and how long, an entity has held its tier. */
export type TimeInTier = Schemas['TimeInTier'];
/** A check that holds now and stops holding within the window. */
export type ExpiringCheck = Schemas['ExpiringCheck'];
/** The size of every attention list. */
export type AttentionCounts = Schemas['AttentionCounts'];
/** One entry of an attention list. */
export type AttentionItem = Schemas['AttentionItem'];
/** GET /attention: one page of one list, and the size of every list. */
export type AttentionResponse = Schemas['AttentionResponse'];
/** The entity's verdict beyond its scorecard (ScorecardResponse.attention). */
export type EntityAttention = Schemas['EntityAttention'];

// GET /filter-values

/** GET /filter-values: the values each filter can take, among what the caller may read. */
export type FilterValuesResponse = Schemas['FilterValuesResponse'];

// GET /summary

/** A tier and how many entities sit in it. */
export type TierCount = Schemas['TierCount'];
/** A check many entities fail. */
export type CommonGap = Schemas['CommonGap'];
/** Entities per tier, the most common gaps, production declared but not reached. */
export type FirstRunSummary = Schemas['FirstRunSummary'];
/** GET /summary: the summary of the stored results the caller may read. */
export type SummaryResponse = Schemas['SummaryResponse'];
/** The query of GET /summary (filters as for the rollups). */
export type SummaryQuery = QueryOf<'GetSummary'>;

// GET /initiatives and below

/** What each entity in an initiative's scope must reach: a tier, or a list of checks met. */
export type InitiativeTarget = Schemas['InitiativeTarget'];
/** The stored results an initiative covers, as the rollup filters. */
export type InitiativeScope = Schemas['InitiativeScope'];
/** An initiative as readiness.initiatives declares it. */
export type Initiative = Schemas['Initiative'];
/** not-started, on-track, at-risk, done or missed. */
export type InitiativeState = Schemas['InitiativeState'];
/** A target check that entities still fail, and how many. */
export type RemainingCheck = Schemas['RemainingCheck'];
/** An initiative's progress over the entities the caller may read. */
export type InitiativeProgress = Schemas['InitiativeProgress'];
/** One initiative of GET /initiatives. */
export type InitiativeSummary = Schemas['InitiativeSummary'];
/** GET /initiatives */
export type InitiativeListResponse = Schemas['InitiativeListResponse'];
/** The query of GET /initiatives: `entityRef` for an entity's initiatives. */
export type ListInitiativesQuery = QueryOf<'ListInitiatives'>;
/** One owner team's share of an initiative. */
export type InitiativeTeamProgress = Schemas['InitiativeTeamProgress'];
/** The share of the teams asked for in an initiative (GET /initiatives with `owner`). */
export type InitiativeTeamShare = Schemas['InitiativeTeamShare'];
/** GET /initiatives/:id: the initiative and one page of teams. */
export type InitiativeResponse = Schemas['InitiativeResponse'];
/** The query of GET /initiatives/:id: a page of teams. */
export type InitiativeQuery = QueryOf<'GetInitiative'>;
/** One entity of GET /initiatives/:id/entities. */
export type InitiativeEntity = Schemas['InitiativeEntity'];
/** GET /initiatives/:id/entities: remaining first, paged. */
export type InitiativeEntitiesResponse = Schemas['InitiativeEntitiesResponse'];
/** The query of GET /initiatives/:id/entities: a team and a page. */
export type InitiativeEntitiesQuery = QueryOf<'ListInitiativeEntities'>;
/** One day of an initiative's burn-up. */
export type InitiativeHistoryPoint = Schemas['InitiativeHistoryPoint'];
/** GET /initiatives/:id/history: the burn-up and the needed pace. */
export type InitiativeHistoryResponse = Schemas['InitiativeHistoryResponse'];
