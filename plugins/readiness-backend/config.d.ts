import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the readiness scorecards plugin. */
  readiness?: {
    /**
     * When and how often the whole catalog is rescored.
     * Default: every 30 minutes, first run 15 seconds after start, 15 minute timeout.
     */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** Days of history to keep. Default 730. */
    historyRetentionDays?: number;
    /** Days below the top tier after which the rollup counts an entity as stuck. Default 90. */
    stuckAfterDays?: number;
    /**
     * The "needs attention" views (Readiness page, GET /attention, the CSV
     * and the rollup's per-group counts).
     */
    attention?: {
      /**
       * Lifecycle values (lowercase) and the tier each claims: an entity
       * whose spec.lifecycle claims a tier above the one it has earned is
       * "running in production without meeting production criteria".
       * Default { production: production }. Every tier must be in the rubric.
       */
      lifecycleClaims?: { [lifecycle: string]: string };
      /** Days in the first tier (or below) after which a pilot without a decision needs one. Default 90. */
      oldPilotDays?: number;
      /**
       * Waivers and dated evidence that stop holding within this many days
       * are listed as expiring (found by scoring each entity at that future
       * instant during the recompute). Default 30.
       */
      expiringWithinDays?: number;
    };
    /**
     * Initiatives: a readiness goal with a scope, a target and a deadline,
     * with progress per team and a burn-up from the stored results (see the
     * README, "Initiatives"). Each is checked at start-up; a wrong value
     * stops it with an error that names the key.
     */
    initiatives?: Array<{
      /** Lower-case letters, digits and dashes, unique, e.g. beta-by-march. */
      id: string;
      title: string;
      description?: string;
      /** Exactly one: a tier of the rubric, or check ids that must all be met (pass, warn, waived or not applicable). */
      target: { tier?: string; checks?: string[] };
      /**
       * Which scored entities it covers, as the rollup filters: each list
       * matches any of its values (a single value is a list of one), lists
       * combine with AND, owner includes the groups below it. None: every
       * scored entity.
       */
      scope?: {
        owner?: string | string[];
        system?: string | string[];
        domain?: string | string[];
        kind?: string | string[];
        type?: string | string[];
        lifecycle?: string | string[];
        tag?: string | string[];
      };
      /** YYYY-MM-DD: progress is measured from this day. */
      startDate: string;
      /** YYYY-MM-DD: the last day; not before startDate. */
      deadline: string;
      /** The group that runs the initiative, e.g. group:default/platform-team. */
      owningGroup?: string;
    }>;
    /** Catalog page size during a recompute. Default 500. */
    recomputePageSize?: number;
    /**
     * How a recompute retries a catalog read (the group index, each page)
     * that fails or hangs, before the run fails and earlier results are kept.
     * Default: 4 calls, 1 s, 2 s and 4 s apart, each given a minute.
     */
    catalogRetry?: {
      /** Calls in all, the first included; 1 means no retry. Default 4. */
      attempts?: number;
      /** Wait before the second call; doubles for each later call. Default 1 second. */
      initialDelay?: HumanDuration | string;
      /** A call not answered by then counts as failed. Default 1 minute. */
      attemptTimeout?: HumanDuration | string;
    };
    /**
     * How fast one caller may ask for the organisation-wide views (rollup,
     * rollup history, stored scorecard list, CSV export) on one backend
     * instance. Faster requests wait their turn (up to 30 s, then 503), so a
     * script polling rollups cannot starve the live scorecards of everyone
     * else. Default: 500 per second after a burst of 50.
     */
    /**
     * How long the entities a caller the permission policy restricts may
     * read are kept for their rollups, lists, exports and live scorecards:
     * a catalog change that shows or hides an entity for them (its owner,
     * say) reaches these within this time; recomputes show at once, policy
     * changes within a second. 0 reads the catalog on every request.
     * Default 30 seconds.
     */
    visibilityCacheTtl?: HumanDuration | string;
    orgViewRateLimit?: {
      /** Default 500. */
      perSecond?: number;
      /** Default 50. */
      burst?: number;
    };
    /**
     * Notifications to owner groups through Backstage's notifications
     * backend: a service dropped a tier or gained a blocker, a waiver is
     * about to expire, an initiative starts, nears its deadline or misses
     * it. Off by default.
     */
    notifications?: {
      /** Default false. Needs @backstage/plugin-notifications-backend installed. */
      enabled?: boolean;
      /** Days before a waiver in use ends that its owner group is told (once). Default 7. */
      waiverExpiryDaysAhead?: number;
      /**
       * A digest to each owner group of its overdue decisions, services
       * claiming a tier they have not earned and what expires soon (for
       * the entities it owns directly, never its sub-teams'; a group with
       * nothing gets none). Sent only when notifications are enabled too.
       */
      digest?: {
        /** Default false. */
        enabled?: boolean;
        /** Days between digests (checked hourly, kept across restarts). Default 7. */
        everyDays?: number;
      };
      /**
       * Notices to each owner team with work left in an initiative's scope:
       * when it starts, before its deadline and when it is missed (each
       * once). Sent only when notifications are enabled.
       */
      initiatives?: {
        /** Days before an initiative's deadline that teams with work left are reminded (once). Default 14. */
        reminderDaysBeforeDeadline?: number;
      };
    };
    /**
     * The rubric: tiers, weights, waiver rules and checks. Starts from the
     * default rubric unless `replaceDefault` is true. See docs/annotations.md.
     */
    rubric?: {
      replaceDefault?: boolean;
      [key: string]: unknown;
    };
  };
}
