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
     *     Groups come one page at a time, ordered by key (`offset`, `limit`,
     *     default 100); `total` and `groupCount` cover every group.
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
    };
    FilterValues: string[];
    RefValues: string[];
    StoredScorecardSummary: {
      entityRef: string;
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
      entityCount: number;
      /** @description Entities per tier id, and "none" for below the first tier. */
      tiers: {
        [key: string]: number;
      };
      meanScore: number;
      openBlockers: number;
      /** @description Entities below the top tier for longer than stuckAfterDays. */
      stuckBelowTop: number;
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
}
