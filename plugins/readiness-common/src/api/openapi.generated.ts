// Generated from plugins/readiness-backend/src/schema/openapi.yaml by
// plugins/readiness-backend/scripts/generate-openapi.js (openapi-typescript). Do not edit:
// change the spec and run "yarn workspace @readiness-scorecards/plugin-readiness-backend openapi:generate".
// Friendly names for these types are in ./types.ts.
/* eslint-disable */
export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Liveness of the readiness backend. The only endpoint that needs no credentials. */
    get: operations['GetHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/checks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The rubric in force, with tiers, categories and checks. */
    get: operations['GetChecks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scorecards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Stored results of the last recompute, one row per entity, for the
     *     entities the caller may read: the drill-down from a rollup group and
     *     the team card. Sorted by tier (lowest first), then score, then ref.
     */
    get: operations['ListScorecards'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Every stored result the caller may read, as CSV (one row per entity),
     *     with the same filters as GET /scorecards. At most 50,000 rows.
     */
    get: operations['ExportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scorecards/{namespace}/{kind}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The live scorecard of an entity, computed from the entity as the caller
     *     sees it. An entity the caller may not read is a 404, the same as one that
     *     does not exist.
     */
    get: operations['GetScorecard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/scorecards/{namespace}/{kind}/{name}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The entity's tier and score over time, one point per change. */
    get: operations['GetScorecardHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/attention': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description What needs a decision or an action, from the last recompute, for the
     *     entities the caller may read: `overdue-decisions` (undecided past the
     *     due date), `old-pilots` (in the first tier or below for at least
     *     readiness.attention.oldPilotDays, undecided, no overdue due date),
     *     `claimed-above-earned` (spec.lifecycle claims a tier above the one
     *     earned, per readiness.attention.lifecycleClaims) and `expiring`
     *     (waivers and dated evidence that stop holding within `withinDays`,
     *     found by scoring each entity at that future instant). One list per
     *     request, one page of it, sorted on the server; `counts` gives the
     *     size of every list under the same filters. Evaluated at the time of
     *     the request, so days overdue grow between recomputes.
     */
    get: operations['ListAttention'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description What the last recompute found, for the entities the caller may read:
     *     entities per tier, the most common gaps, and the entities whose
     *     spec.lifecycle is production but that do not reach the top tier. The
     *     same summary `readiness lint` prints; the Readiness page shows it
     *     before any history exists.
     */
    get: operations['GetSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/filter-values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The values the filters of the organisation-wide views can take: every
     *     spec.type, spec.lifecycle, tag, owner, system and domain of the stored
     *     results the caller may read, sorted, so the Readiness page can
     *     suggest them.
     */
    get: operations['GetFilterValues'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rollup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Readiness across the organisation from the last recompute, grouped by
     *     owner (following the group hierarchy), system, domain, lifecycle or
     *     type. Only entities the caller may read in the catalog count.
     *     Groups come one page of rows at a time (`offset`, `limit`, default
     *     100), in the order `sort` and `order` ask for (most urgent first by
     *     default). Grouped by owner a row is a whole subtree: `offset` and
     *     `limit` count the groups at the top of the tree, and each comes with
     *     every group below it, children sorted the same way, so a department
     *     and its teams are never split across pages. `total`, `groupCount`
     *     and `rowCount` cover every page.
     */
    get: operations['GetRollup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/rollup/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The rollup at the end of each of the last `days` days (default 90),
     *     from the change history. Only entities the caller may read count.
     */
    get: operations['GetRollupHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** @description Triggers a recompute of the whole catalog. Requires the readiness.refresh permission. */
    post: operations['PostRefresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The initiatives of readiness.initiatives (a readiness goal with a
     *     scope, a target and a deadline), each with its progress from the
     *     last recompute over the entities the caller may read: in scope, done,
     *     remaining, and its state (not-started, on-track, at-risk, done,
     *     missed) from the projection of its burn-up to the deadline (see the
     *     backend README, "Initiatives"). In the order of the configuration.
     *     With `entityRef`, only the initiatives whose scope holds that entity
     *     (none when the caller may not read it), each with the entity's own
     *     progress (`entity`): what an entity's page shows. With `owner`, each
     *     with the share of those teams and the groups below them (`team`):
     *     what a team's page shows, in one request.
     */
    get: operations['ListInitiatives'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description One initiative with its progress, the checks that remain (with the
     *     number of entities each holds back) and its progress per owner team
     *     (the group in spec.owner), most remaining work first, one page at a
     *     time (`offset`, `limit`, default 100). Only entities the caller may
     *     read count.
     */
    get: operations['GetInitiative'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/entities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The entities in the initiative's scope that the caller may read, the
     *     ones with work remaining first (most remaining checks first), then
     *     the done ones, each with the target checks it still fails; one page
     *     at a time (`offset`, `limit`, default 50). `owner` narrows to a team
     *     and the groups below it.
     */
    get: operations['ListInitiativeEntities'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description The burn-up from the start date to today: per day, the entities in
     *     scope and done, and the needed pace (the straight line from the first
     *     measured day to every entity in scope done at the deadline). A caller
     *     who may read every entity gets the points each recompute recorded
     *     (the last of each day); a caller the permission policy restricts
     *     gets points replayed from the history of the entities they may read.
     */
    get: operations['GetInitiativeHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/initiatives/{id}/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * @description Every entity in the initiative's scope that the caller may read, as
     *     CSV, in the order of GET /initiatives/{id}/entities.
     */
    get: operations['ExportInitiativeCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description Whether the stored results are current. Stale when the last recompute
     *     failed or none succeeded for longer than the schedule allows; the
     *     results of the last successful run are served meanwhile.
     */
    RecomputeState: {
      stale: boolean;
      /** @enum {string} */
      staleReason?: 'last-run-failed' | 'no-recent-success';
      running: boolean;
      /** Format: date-time */
      lastSucceededAt?: string;
      /** Format: date-time */
      lastFailedAt?: string;
    };
    Error: {
      error: {
        name: string;
        message: string;
      };
      request?: Record<string, never>;
      response?: Record<string, never>;
    };
    EntitySummary: {
      entityRef: string;
      title?: string;
      email?: string;
      members?: components['schemas']['EntitySummary'][];
    };
    ScorecardResponse: {
      scorecard: components['schemas']['Scorecard'];
      attention?: components['schemas']['EntityAttention'];
      /** @description Owner group with its members and the operational owner, as the caller sees them. */
      people: {
        ownerGroup?: components['schemas']['EntitySummary'];
        operationalOwner?: components['schemas']['EntitySummary'];
      };
      /** @description What the last scheduled recompute stored, if anything. */
      stored: {
        /** Format: date-time */
        tierSince?: string;
        /** Format: date-time */
        computedAt?: string;
      };
    };
    /**
     * @description How much a failing check matters.
     * @enum {string}
     */
    Severity: 'blocker' | 'major' | 'minor';
    /**
     * @description Outcome of one check for one entity.
     * @enum {string}
     */
    CheckStatus:
      | 'pass'
      | 'fail'
      | 'warn'
      | 'waived'
      | 'not-applicable'
      | 'invalid';
    /** @description A piece of evidence the engine looked at (an annotation, a link, a field). */
    EvidenceItem: {
      /** @description Where it was found, e.g. `metadata.annotations["readiness/runbook"]`. */
      source: string;
      value: string;
    };
    /** @description The YAML that closes a gap. */
    CheckFix: {
      /** @description A snippet to merge into catalog-info.yaml, starting at `metadata:` or `spec:`. */
      yaml: string;
      /** @description Documentation for the check. */
      docUrl?: string;
    };
    /** @description A `readiness/waiver.<check id>` annotation and what the engine made of it. */
    WaiverInfo: {
      until: string;
      approver: string;
      reason: string;
      /** @enum {string} */
      state:
        | 'valid'
        | 'expiring'
        | 'expired'
        | 'too-long'
        | 'malformed'
        | 'unknown-check';
      message: string;
      /** @description The annotation that holds the waiver, e.g. readiness/waiver.runbook. */
      annotation?: string;
      /** @description Days until `until` (0 on the last day); absent when `until` is unreadable. */
      daysLeft?: number;
      /** @description The approver is a member of the owning group (flagged, still counts). */
      approverInOwningGroup?: boolean;
      /** @description False when the check passes or does not apply, so the waiver was not used. */
      applied?: boolean;
    };
    /** @description A `readiness/waiver.<id>` annotation whose id is not a check of the rubric. */
    UnknownWaiver: {
      annotation: string;
      checkId: string;
      value: string;
      /** @enum {string} */
      state: 'unknown-check';
      message: string;
    };
    /** @description The ship, kill or extend decision an experimental entity owes. */
    DecisionGate: {
      /** @enum {string} */
      state: 'ship' | 'kill' | 'extend' | 'undecided' | 'overdue' | 'invalid';
      due?: string;
      message: string;
    };
    /** @description Outcome of one check of the rubric for one entity. */
    CheckResult: {
      checkId: string;
      title: string;
      category: string;
      tier: string;
      severity: components['schemas']['Severity'];
      status: components['schemas']['CheckStatus'];
      /** @description What is wrong (or right), in a sentence a person can act on. */
      message: string;
      evidence: components['schemas']['EvidenceItem'][];
      /** @description Entity ref of who must act: the owner group or the operational owner. */
      actor?: string;
      /** @description Why actor is not who the rubric names (the operational owner is not in the catalog, so the owning team acts). */
      actorNote?: string;
      fix?: components['schemas']['CheckFix'];
      waiver?: components['schemas']['WaiverInfo'];
      /** @description True when the result could not be verified (e.g. offline CLI without a catalog). */
      unverifiable?: boolean;
    };
    CategoryScore: {
      category: string;
      title: string;
      /** @description 0..100 */
      score: number;
      passed: number;
      applicable: number;
    };
    /**
     * @description What the engine returns for one entity, and what the REST API, the
     *     pages and the CLI exchange (the engine's type in
     *     @readiness-scorecards/plugin-readiness-common is this one).
     */
    Scorecard: {
      /** @description e.g. component:default/payments-api */
      entityRef: string;
      /**
       * Format: date-time
       * @description The moment the evaluation was made for.
       */
      evaluatedAt: string;
      /** @description Highest tier reached, or null when not even the first tier is reached. */
      tier: string | null;
      /** @description The tier after `tier`, or null at the top. */
      nextTier: string | null;
      /** @description Ids of the checks that block `nextTier` (blockers first). */
      blockers: string[];
      /** @description Weighted score 0..100, one decimal. */
      score: number;
      categories: components['schemas']['CategoryScore'][];
      checks: components['schemas']['CheckResult'][];
      /** @description Owner group ref from spec.owner, as written in the entity. */
      owner?: string;
      operationalOwner?: string;
      /** @description False when operationalOwner is named but not in the catalog. */
      operationalOwnerFound?: boolean;
      decision: components['schemas']['DecisionGate'];
      /** @description Waivers naming a check the rubric does not have (typo, removed or disabled check). */
      unknownWaivers?: components['schemas']['UnknownWaiver'][];
      /**
       * @description False when no check of the rubric applies to the entity (e.g. a
       *     Group): then tier is null and score 0, and callers may skip the
       *     entity.
       */
      inScope?: boolean;
    };
    HistoryResponse: {
      entityRef: string;
      points: components['schemas']['HistoryPoint'][];
    };
    /** @description One change of an entity's readiness. */
    HistoryPoint: {
      /** Format: date-time */
      recordedAt: string;
      tier: string | null;
      score: number;
      blockerCount: number;
      failingChecks: string[];
    };
    /** @description The rubric in force, as people read it. */
    RubricResponse: {
      /** @description Lowest first. */
      tiers: components['schemas']['TierSummary'][];
      categories: components['schemas']['CategorySummary'][];
      /** @description How much a passing check of each severity weighs in the score. */
      weights: {
        blocker: number;
        major: number;
        minor: number;
      };
      checks: components['schemas']['RubricCheckSummary'][];
    };
    /** @description A check of the rubric, as people read it. */
    RubricCheckSummary: {
      id: string;
      title: string;
      description: string;
      category: string;
      tier: string;
      severity: components['schemas']['Severity'];
      /** @description Which entities the check applies to, in words. */
      appliesTo: string;
      doc?: components['schemas']['CheckDoc'];
    };
    /** @description The check's documentation, as docs/annotations.md gives it, for the portal. */
    CheckDoc: {
      why: string;
      appliesTo: string;
      whoActs: string;
      /** @description The evidence that satisfies the check, in words. */
      evidence: string;
      waiverAnnotation: string;
      exampleYaml?: string;
    };
    FilterValues: string[];
    RefValues: string[];
    StoredScorecardSummary: {
      entityRef: string;
      /** @description The entity's metadata.title when it has one (as last scored). */
      title?: string;
      kind: string;
      type?: string;
      lifecycle?: string;
      owner?: string;
      system?: string;
      domain?: string;
      tier: string | null;
      score: number;
      blockerCount: number;
      failingChecks: string[];
      /** Format: date-time */
      tierSince: string;
      tierSinceSource?: components['schemas']['TierSinceSource'];
      decisionState?: components['schemas']['DecisionState'];
      daysOverdue?: number;
      /** @description The tier spec.lifecycle claims (readiness.attention.lifecycleClaims). */
      claimedTier?: string;
      /** @description The operational owner when the catalog has them, else the owner group. */
      whoActs?: string;
    };
    ScorecardListResponse: {
      /** @description Matching entities the caller may read, over all pages. */
      total: number;
      offset: number;
      recompute: components['schemas']['RecomputeState'];
      items: components['schemas']['StoredScorecardSummary'][];
    };
    RollupGroup: {
      /** @description The group's value, e.g. group:default/payments-team, or (none). */
      key: string;
      title?: string;
      /** @description Grouped by owner, the group above this one (absent at the top), so the groups form a tree. */
      parent?: string;
      /** @description Grouped by owner, true when a person (a User) owns the entities. */
      ownedByPerson?: boolean;
      entityCount: number;
      /** @description Entities per tier id, and "none" for below the first tier. */
      tiers: {
        [key: string]: number;
      };
      meanScore: number;
      openBlockers: number;
      /** @description Entities below the top tier for longer than stuckAfterDays (a declared pilot start counts for pilots). */
      stuckBelowTop: number;
      /** @description Undecided entities whose decision due date has passed. */
      overdueDecisions: number;
      /** @description Entities in the first tier or below for at least oldPilotDays, undecided, without an overdue due date. */
      oldPilotsWithoutDecision: number;
      /** @description Entities whose spec.lifecycle claims a tier above the one earned. */
      claimedAboveEarned: number;
      /** @description Entities with a waiver or dated evidence that stops holding within expiringWithinDays. */
      expiringSoon: number;
      topFailingChecks: {
        checkId: string;
        count: number;
      }[];
      categoryScores: {
        [key: string]: number;
      };
    };
    /** @description Every entity of a rollup history point. */
    RollupPointTotal: {
      entityCount: number;
      meanScore: number;
      /** @description Entities per tier id, and "none" for below the first tier. */
      tiers: {
        [key: string]: number;
      };
    };
    /** @description One group of a rollup history point. */
    RollupPointGroup: {
      /** @description The group's value, as in GET /rollup. */
      key: string;
      entityCount: number;
      meanScore: number;
      /** @description Entities per tier id, and "none" for below the first tier. */
      tiers: {
        [key: string]: number;
      };
    };
    RollupHistoryResponse: {
      groupBy: components['schemas']['RollupGroupBy'];
      tiers: string[];
      /** @description Distinct groups over all points and pages. */
      groupCount: number;
      /** @description One per day, oldest first. */
      points: components['schemas']['RollupHistoryPoint'][];
    };
    /** @description The rollup at the end of one day (UTC). */
    RollupHistoryPoint: {
      /** Format: date */
      date: string;
      total: components['schemas']['RollupPointTotal'];
      /** @description The page of groups asked for, in key order. */
      groups: components['schemas']['RollupPointGroup'][];
    };
    RollupResponse: {
      groupBy: components['schemas']['RollupGroupBy'];
      tiers: string[];
      stuckAfterDays: number;
      total: components['schemas']['RollupGroup'];
      /** @description Groups in all, over every page. */
      groupCount: number;
      /**
       * @description Rows in all, over every page: what `offset` and `limit` count.
       *     Grouped by owner, the groups at the top of the tree (each page
       *     holds them with every group below them); otherwise groupCount.
       */
      rowCount: number;
      offset: number;
      recompute: components['schemas']['RecomputeState'];
      groups: components['schemas']['RollupGroup'][];
    };
    /** @description A tier of the rubric. */
    TierSummary: {
      id: string;
      title: string;
      description?: string;
    };
    /** @description A category of the rubric. */
    CategorySummary: {
      id: string;
      title: string;
      description?: string;
    };
    /**
     * @description The dimension a rollup groups entities by.
     * @enum {string}
     */
    RollupGroupBy: 'owner' | 'system' | 'domain' | 'lifecycle' | 'type';
    HealthResponse: {
      /** @enum {string} */
      status: 'ok';
    };
    RefreshResponse: {
      /** @enum {string} */
      status: 'triggered';
    };
    TierCount: {
      /** @description A tier id of the rubric, or "none" (not even the first tier). */
      tier: string;
      entities: number;
    };
    CommonGap: {
      checkId: string;
      title: string;
      tier: string;
      /** @description Entities where the check applies and is not met (fail or invalid). */
      entities: number;
      /** @description Of those, how many hold malformed evidence or a placeholder, when known (the CLI knows; stored results do not say). */
      invalid?: number;
    };
    FirstRunSummary: {
      entities: number;
      /** @description Every tier of the rubric, lowest first, then "none"; zero counts included. */
      byTier: components['schemas']['TierCount'][];
      /** @description The most common gaps, most entities first (ties in rubric order). */
      commonGaps: components['schemas']['CommonGap'][];
      declaredProductionBelowTop: {
        entities: number;
        topTier: string;
        /** @description Their entity refs, sorted, at most ten. */
        entityRefs: string[];
      };
    };
    SummaryResponse: {
      summary: components['schemas']['FirstRunSummary'];
      recompute: components['schemas']['RecomputeState'];
    };
    FilterValuesResponse: {
      /** @description Kinds of the stored results the caller may read. */
      kind: string[];
      type: string[];
      lifecycle: string[];
      tag: string[];
      /** @description Owner group refs (and the groups above them). */
      owner: string[];
      /** @description The title of each group in `owner` that has one, by ref. */
      ownerTitles?: {
        [key: string]: string;
      };
      system: string[];
      domain: string[];
    };
    /** @enum {string} */
    AttentionSort:
      | 'urgency'
      | 'entity'
      | 'owner'
      | 'whoActs'
      | 'tier'
      | 'daysOverdue'
      | 'daysInTier'
      | 'blockers'
      | 'dropsOn';
    /** @enum {string} */
    AttentionList:
      | 'overdue-decisions'
      | 'old-pilots'
      | 'claimed-above-earned'
      | 'expiring';
    /** @enum {string} */
    DecisionState:
      | 'ship'
      | 'kill'
      | 'extend'
      | 'undecided'
      | 'overdue'
      | 'invalid';
    /**
     * @description declared (readiness/pilot-start), recorded (a recompute saw the tier change) or first-record (held at least since the first recompute that scored the entity).
     * @enum {string}
     */
    TierSinceSource: 'declared' | 'recorded' | 'first-record';
    TimeInTier: {
      /** Format: date-time */
      since: string;
      source: components['schemas']['TierSinceSource'];
      days: number;
    };
    ExpiringCheck: {
      checkId: string;
      severity: components['schemas']['Severity'];
      checkTier: string;
      /** @enum {string} */
      kind: 'waiver' | 'evidence';
      /** @description The first day (YYYY-MM-DD) on which the check no longer holds. */
      dropsOn: string;
    };
    AttentionCounts: {
      'overdue-decisions': number;
      'old-pilots': number;
      'claimed-above-earned': number;
      expiring: number;
    };
    AttentionItem: {
      entityRef: string;
      /** @description The entity's metadata.title when it has one (as last scored). */
      title?: string;
      kind: string;
      type?: string;
      lifecycle?: string;
      owner?: string;
      ownerTitle?: string;
      operationalOwner?: string;
      /** @description The operational owner when the catalog has them, else the owner group. */
      whoActs?: string;
      /** @description Why whoActs is not the named operational owner. */
      whoActsNote?: string;
      tier: string | null;
      score: number;
      blockerCount: number;
      decisionState?: components['schemas']['DecisionState'];
      decisionDue?: string;
      daysOverdue?: number;
      timeInTier: components['schemas']['TimeInTier'];
      claimedTier?: string;
      claimAboveTier: boolean;
      /** @description What drops within the window, soonest first. */
      expiring: components['schemas']['ExpiringCheck'][];
      /** @description The tier at the end of the window once those checks dropped. */
      tierThen?: string | null;
    };
    AttentionResponse: {
      list: components['schemas']['AttentionList'];
      /** @description Entries of this list the caller may read, over all pages. */
      total: number;
      offset: number;
      limit: number;
      sort: components['schemas']['AttentionSort'];
      /** @enum {string} */
      order: 'asc' | 'desc';
      withinDays: number;
      oldPilotDays: number;
      /** Format: date-time */
      evaluatedAt: string;
      counts: components['schemas']['AttentionCounts'];
      items: components['schemas']['AttentionItem'][];
      recompute: components['schemas']['RecomputeState'];
    };
    /** @description The entity's verdict beyond its scorecard, at the time of the request. */
    EntityAttention: {
      timeInTier: components['schemas']['TimeInTier'];
      /** @description The declared pilot start (readiness/pilot-start), when the entity has the annotation. */
      pilotStart?: {
        /** @enum {string} */
        state: 'valid' | 'invalid';
        date?: string;
        message?: string;
      };
      claimedTier?: string;
      /** @description spec.lifecycle claims a tier above the one earned (running in production without meeting production criteria). */
      claimAboveTier: boolean;
      decisionState?: components['schemas']['DecisionState'];
      daysOverdue?: number;
      whoActs?: string;
      whoActsNote?: string;
      expiring: components['schemas']['ExpiringCheck'][];
      withinDays: number;
    };
    /**
     * @description What each entity in scope must reach: a tier of the rubric (`tier`),
     *     or every check of a list met (`checks`: pass, warn, waived or not
     *     applicable). Exactly one of the two.
     */
    InitiativeTarget: {
      tier?: string;
      checks?: string[];
    };
    /**
     * @description The stored results an initiative covers, as the rollup filters: each
     *     list matches any of its values, lists combine with AND, `owner`
     *     includes the groups below it. No list: every scored entity.
     */
    InitiativeScope: {
      owner?: string[];
      system?: string[];
      domain?: string[];
      kind?: string[];
      type?: string[];
      lifecycle?: string[];
      tag?: string[];
    };
    /** @description An initiative as readiness.initiatives declares it. */
    Initiative: {
      id: string;
      title: string;
      description?: string;
      target: components['schemas']['InitiativeTarget'];
      scope: components['schemas']['InitiativeScope'];
      /** Format: date */
      startDate: string;
      /**
       * Format: date
       * @description The last day; work done that day still counts.
       */
      deadline: string;
      /** @description The group that runs the initiative (a group ref). */
      owningGroup?: string;
    };
    /**
     * @description not-started before the start date; done when nothing remains;
     *     missed after the deadline with work remaining; otherwise on-track
     *     when the linear projection of done reaches every entity in scope by
     *     the deadline, else at-risk.
     * @enum {string}
     */
    InitiativeState: 'not-started' | 'on-track' | 'at-risk' | 'done' | 'missed';
    /** @description A target check that entities in scope still fail, and how many. */
    RemainingCheck: {
      checkId: string;
      title?: string;
      entityCount: number;
    };
    /** @description An initiative's progress over the entities the caller may read. */
    InitiativeProgress: {
      inScope: number;
      done: number;
      remaining: number;
      /** @description 0..100, one decimal; 100 when nothing is in scope. */
      percentDone: number;
      state: components['schemas']['InitiativeState'];
      /** @description Days until the deadline (0 on the deadline, negative after it). */
      daysLeft: number;
      /** @description Entities done at the deadline at the pace since the first measured day, one decimal; while the initiative runs. */
      projectedDone?: number;
      /** @description Entities that would be done today on the needed pace, one decimal; while the initiative runs. */
      neededNow?: number;
    };
    InitiativeSummary: {
      initiative: components['schemas']['Initiative'];
      owningGroupTitle?: string;
      /** @description The title of each group in the scope's `owner` that has one, by ref. */
      scopeOwnerTitles?: {
        [key: string]: string;
      };
      progress: components['schemas']['InitiativeProgress'];
      entity?: components['schemas']['InitiativeEntity'];
      team?: components['schemas']['InitiativeTeamShare'];
    };
    /** @description The share of the teams asked for (`owner`, with the groups below them) in an initiative, over the entities the caller may read. */
    InitiativeTeamShare: {
      inScope: number;
      done: number;
      remaining: number;
    };
    InitiativeListResponse: {
      /** Format: date-time */
      evaluatedAt: string;
      initiatives: components['schemas']['InitiativeSummary'][];
      recompute: components['schemas']['RecomputeState'];
    };
    /** @description One owner team's share of an initiative (its entities' spec.owner); no owner for entities without one. */
    InitiativeTeamProgress: {
      owner?: string;
      ownerTitle?: string;
      inScope: number;
      done: number;
      remaining: number;
      /** @description Most entities first. */
      remainingChecks: components['schemas']['RemainingCheck'][];
    };
    InitiativeResponse: {
      initiative: components['schemas']['Initiative'];
      owningGroupTitle?: string;
      /** @description The title of each group in the scope's `owner` that has one, by ref. */
      scopeOwnerTitles?: {
        [key: string]: string;
      };
      progress: components['schemas']['InitiativeProgress'];
      /** @description Every target check some entity still fails, most entities first. */
      remainingChecks: components['schemas']['RemainingCheck'][];
      /** @description Teams with entities in scope, over all pages. */
      teamCount: number;
      offset: number;
      limit: number;
      /** @description Most remaining entities first, then by owner ref. */
      teams: components['schemas']['InitiativeTeamProgress'][];
      /** Format: date-time */
      evaluatedAt: string;
      recompute: components['schemas']['RecomputeState'];
    };
    InitiativeEntity: {
      entityRef: string;
      /** @description The entity's metadata.title when it has one (as last scored). */
      title?: string;
      kind: string;
      type?: string;
      lifecycle?: string;
      owner?: string;
      ownerTitle?: string;
      system?: string;
      domain?: string;
      tier: string | null;
      done: boolean;
      /** @description The target checks it still fails, in rubric order. */
      remainingChecks: string[];
    };
    InitiativeEntitiesResponse: {
      initiativeId: string;
      /** @description Entities in scope the caller may read (under `owner`), over all pages. */
      total: number;
      /** @description Those of them not done. */
      remaining: number;
      offset: number;
      limit: number;
      items: components['schemas']['InitiativeEntity'][];
      recompute: components['schemas']['RecomputeState'];
    };
    InitiativeHistoryPoint: {
      /** Format: date */
      date: string;
      inScope: number;
      done: number;
      /** @description Entities done by then on the needed pace, one decimal. */
      needed: number;
    };
    InitiativePacePoint: {
      /** Format: date */
      date: string;
      done: number;
    };
    InitiativeHistoryResponse: {
      initiativeId: string;
      /** Format: date */
      startDate: string;
      /** Format: date */
      deadline: string;
      /**
       * @description recorded (the points each recompute stored) or replayed (from the history of the entities the caller may read).
       * @enum {string}
       */
      source: 'recorded' | 'replayed';
      /** @description The needed pace, from the first measured day to every entity in scope done at the deadline; absent before anything is measured. */
      pace?: {
        from: components['schemas']['InitiativePacePoint'];
        to: components['schemas']['InitiativePacePoint'];
      };
      points: components['schemas']['InitiativeHistoryPoint'][];
    };
  };
  responses: {
    /** @description An error, in Backstage's error format. */
    ErrorResponse: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    namespace: string;
    kind: string;
    name: string;
    /** @description The initiative's id in readiness.initiatives. */
    initiativeId: string;
    /** @description Entity kinds (Component, Resource, API); any of them. */
    kindFilter: components['schemas']['FilterValues'];
    /** @description spec.type values; any of them. */
    typeFilter: components['schemas']['FilterValues'];
    /** @description spec.lifecycle values; any of them. */
    lifecycleFilter: components['schemas']['FilterValues'];
    /** @description metadata.tags; any of them. */
    tagFilter: components['schemas']['FilterValues'];
    /** @description Owner group refs; an entity counts when owned by one of them or a group below it. */
    ownerFilter: components['schemas']['RefValues'];
    /** @description System refs, e.g. system:default/checkout; any of them. */
    systemFilter: components['schemas']['RefValues'];
    /** @description Domain refs, e.g. domain:default/payments; any of them. */
    domainFilter: components['schemas']['RefValues'];
    /** @description Tier ids, or "none" for entities below the first tier; any of them. */
    tierFilter: components['schemas']['FilterValues'];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  GetHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plugin is up. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponse'];
        };
      };
    };
  };
  GetChecks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rubric. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RubricResponse'];
        };
      };
    };
  };
  ListScorecards: {
    parameters: {
      query?: {
        /** @description Entity kinds (Component, Resource, API); any of them. */
        kind?: components['parameters']['kindFilter'];
        /** @description spec.type values; any of them. */
        type?: components['parameters']['typeFilter'];
        /** @description spec.lifecycle values; any of them. */
        lifecycle?: components['parameters']['lifecycleFilter'];
        /** @description metadata.tags; any of them. */
        tag?: components['parameters']['tagFilter'];
        /** @description Owner group refs; an entity counts when owned by one of them or a group below it. */
        owner?: components['parameters']['ownerFilter'];
        /** @description System refs, e.g. system:default/checkout; any of them. */
        system?: components['parameters']['systemFilter'];
        /** @description Domain refs, e.g. domain:default/payments; any of them. */
        domain?: components['parameters']['domainFilter'];
        /** @description Tier ids, or "none" for entities below the first tier; any of them. */
        tier?: components['parameters']['tierFilter'];
        offset?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of stored results. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScorecardListResponse'];
        };
      };
      400: components['responses']['ErrorResponse'];
    };
  };
  ExportCsv: {
    parameters: {
      query?: {
        /** @description Entity kinds (Component, Resource, API); any of them. */
        kind?: components['parameters']['kindFilter'];
        /** @description spec.type values; any of them. */
        type?: components['parameters']['typeFilter'];
        /** @description spec.lifecycle values; any of them. */
        lifecycle?: components['parameters']['lifecycleFilter'];
        /** @description metadata.tags; any of them. */
        tag?: components['parameters']['tagFilter'];
        /** @description Owner group refs; an entity counts when owned by one of them or a group below it. */
        owner?: components['parameters']['ownerFilter'];
        /** @description System refs, e.g. system:default/checkout; any of them. */
        system?: components['parameters']['systemFilter'];
        /** @description Domain refs, e.g. domain:default/payments; any of them. */
        domain?: components['parameters']['domainFilter'];
        /** @description Tier ids, or "none" for entities below the first tier; any of them. */
        tier?: components['parameters']['tierFilter'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV with the columns entityRef, kind, type, lifecycle, owner, system, domain, tier, score, blockers, failingChecks, tierSince. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['ErrorResponse'];
    };
  };
  GetScorecard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        namespace: components['parameters']['namespace'];
        kind: components['parameters']['kind'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The scorecard. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ScorecardResponse'];
        };
      };
      404: components['responses']['ErrorResponse'];
    };
  };
  GetScorecardHistory: {
    parameters: {
      query?: {
        /** @description Only points recorded at or after this instant (ISO 8601). */
        since?: string;
        limit?: number;
      };
      header?: never;
      path: {
        namespace: components['parameters']['namespace'];
        kind: components['parameters']['kind'];
        name: components['parameters']['name'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The history, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryResponse'];
        };
      };
      404: components['responses']['ErrorResponse'];
    };
  };
  ListAttention: {
    parameters: {
      query: {
        list: components['schemas']['AttentionList'];
        /** @description Entity kinds (Component, Resource, API); any of them. */
        kind?: components['parameters']['kindFilter'];
        /** @description spec.type values; any of them. */
        type?: components['parameters']['typeFilter'];
        /** @description spec.lifecycle values; any of them. */
        lifecycle?: components['parameters']['lifecycleFilter'];
        /** @description metadata.tags; any of them. */
        tag?: components['parameters']['tagFilter'];
        /** @description Owner group refs; an entity counts when owned by one of them or a group below it. */
        owner?: components['parameters']['ownerFilter'];
        /** @description System refs, e.g. system:default/checkout; any of them. */
        system?: components['parameters']['systemFilter'];
        /** @description Domain refs, e.g. domain:default/payments; any of them. */
        domain?: components['parameters']['domainFilter'];
        /** @description Tier ids, or "none" for entities below the first tier; any of them. */
        tier?: components['parameters']['tierFilter'];
        /**
         * @description The column to sort by; `urgency` (default) is the list's own order:
         *     most days overdue, oldest pilot, most blockers, soonest drop.
         */
        sort?: components['schemas']['AttentionSort'];
        /** @description asc or desc; the default is the column's natural order (urgent first, names A to Z). */
        order?: 'asc' | 'desc';
        /** @description Window of the expiring list; at most readiness.attention.expiringWithinDays (the default). */
        withinDays?: number;
        offset?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of one attention list, and the size of every list. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttentionResponse'];
        };
      };
      400: components['responses']['ErrorResponse'];
    };
  };
  GetSummary: {
    parameters: {
      query?: {
        /** @description Entity kinds (Component, Resource, API); any of them. */
        kind?: components['parameters']['kindFilter'];
        /** @description spec.type values; any of them. */
        type?: components['parameters']['typeFilter'];
        /** @description spec.lifecycle values; any of them. */
        lifecycle?: components['parameters']['lifecycleFilter'];
        /** @description metadata.tags; any of them. */
        tag?: components['parameters']['tagFilter'];
        /** @description Owner group refs; an entity counts when owned by one of them or a group below it. */
        owner?: components['parameters']['ownerFilter'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummaryResponse'];
        };
      };
    };
  };
  GetFilterValues: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The values in use. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FilterValuesResponse'];
        };
      };
    };
  };
  GetRollup: {
    parameters: {
      query: {
        groupBy: components['schemas']['RollupGroupBy'];
        /** @description Entity kinds (Component, Resource, API); any of them. */
        kind?: components['parameters']['kindFilter'];
        /** @description spec.type values; any of them. */
        type?: components['parameters']['typeFilter'];
        /** @description spec.lifecycle values; any of them. */
        lifecycle?: components['parameters']['lifecycleFilter'];
        /** @description metadata.tags; any of them. */
        tag?: components['parameters']['tagFilter'];
        /** @description Owner group refs; an entity counts when owned by one of them or a group below it. */
        owner?: components['parameters']['ownerFilter'];
        offset?: number;
        limit?: number;
        /**
         * @description What the groups are sorted by: `urgency` (the default: overdue
         *     decisions, then open blockers), `name` (title, else key),
         *     `entityCount`, `meanScore`, `distribution` (the share of entities
         *     in the top tier, then in each tier below), `openBlockers`,
         *     `stuckBelowTop`, `overdueDecisions`, `oldPilotsWithoutDecision`,
         *     `claimedAboveEarned`, `expiringSoon`, or `tier.<id>` (the entities
         *     in that tier; `tier.none` for below the first tier). Ties go by
         *     name, A to Z.
         */
        sort?: string;
        /** @description The sort's direction; by default A to Z for `name`, largest first for the others. */
        order?: 'asc' | 'desc';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The rollup. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RollupResponse'];
        };
      };
      400: components['responses']['ErrorResponse'];
    };
  };
  GetRollupHistory: {
    parameters: {
      query: {
        groupBy: components['schemas']['RollupGroupBy'];
        days?: number;
        /** @description Entity kinds (Component, Resource, API); any of them. */
        kind?: components['parameters']['kindFilter'];
        /** @description spec.type values; any of them. */
        type?: components['parameters']['typeFilter'];
        /** @description spec.lifecycle values; any of them. */
        lifecycle?: components['parameters']['lifecycleFilter'];
        /** @description metadata.tags; any of them. */
        tag?: components['parameters']['tagFilter'];
        /** @description Owner group refs; an entity counts when owned by one of them or a group below it. */
        owner?: components['parameters']['ownerFilter'];
        /** @description First group (in key order) of each point. */
        offset?: number;
        /** @description Groups per point (default 100); 0 for the totals alone. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One point per day, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RollupHistoryResponse'];
        };
      };
      400: components['responses']['ErrorResponse'];
    };
  };
  PostRefresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The recompute was triggered. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RefreshResponse'];
        };
      };
      403: components['responses']['ErrorResponse'];
      /** @description A recompute is running already (on this or another replica). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListInitiatives: {
    parameters: {
      query?: {
        /** @description An entity ref (e.g. component:default/payments-api); kind and namespace are case-insensitive. */
        entityRef?: string;
        /** @description Owner group refs; an entity counts when owned by one of them or a group below it. */
        owner?: components['parameters']['ownerFilter'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every initiative with its progress. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeListResponse'];
        };
      };
    };
  };
  GetInitiative: {
    parameters: {
      query?: {
        /** @description First team of the page. */
        offset?: number;
        /** @description Teams per page (default 100). */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The initiative's id in readiness.initiatives. */
        id: components['parameters']['initiativeId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The initiative and one page of teams. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeResponse'];
        };
      };
      404: components['responses']['ErrorResponse'];
    };
  };
  ListInitiativeEntities: {
    parameters: {
      query?: {
        /** @description Owner group refs; an entity counts when owned by one of them or a group below it. */
        owner?: components['parameters']['ownerFilter'];
        offset?: number;
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The initiative's id in readiness.initiatives. */
        id: components['parameters']['initiativeId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the initiative's entities. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeEntitiesResponse'];
        };
      };
      400: components['responses']['ErrorResponse'];
      404: components['responses']['ErrorResponse'];
    };
  };
  GetInitiativeHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The initiative's id in readiness.initiatives. */
        id: components['parameters']['initiativeId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One point per day, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InitiativeHistoryResponse'];
        };
      };
      404: components['responses']['ErrorResponse'];
    };
  };
  ExportInitiativeCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The initiative's id in readiness.initiatives. */
        id: components['parameters']['initiativeId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV with the columns entityRef, kind, type, lifecycle, owner, system, domain, tier, done, remainingChecks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      404: components['responses']['ErrorResponse'];
    };
  };
}
