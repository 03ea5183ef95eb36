import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { readinessPermissions } from '@readiness-scorecards/plugin-readiness-common';
import {
  ReadinessCustomCheck,
  ReadinessModuleInitiative,
  readinessChecksExtensionPoint,
  readinessInitiativesExtensionPoint,
} from '@readiness-scorecards/plugin-readiness-node';
import { registerReadinessActions } from './actions';
import { readReadinessConfig } from './config';
import { ScorecardEventPublisher } from './events/ScorecardEventPublisher';
import { DatabaseNotificationLog } from './notifications/DatabaseNotificationLog';
import { ReadinessNotifier } from './notifications/ReadinessNotifier';
import { InitiativeNotifier } from './notifications/InitiativeNotifier';
import { ReadinessScorer } from './engine/ReadinessScorer';
import {
  ReadinessRecomputer,
  SCORED_KINDS,
} from './recompute/ReadinessRecomputer';
import type { RecomputeListener } from './recompute/ScorecardChange';
import { recordedRecompute } from './recompute/recordedRecompute';
import { staleAfterMs } from './recompute/staleAfter';
import { RollupService } from './rollup/RollupService';
import { AttentionService } from './attention/AttentionService';
import { scheduleAttentionDigest } from './notifications/attentionDigestTask';
import {
  assertClaimsMatchTiers,
  readAttentionConfig,
} from './attention/attentionConfig';
import { VisibleEntities } from './catalog/VisibleEntities';
import { readInitiativesConfig } from './initiatives/initiativesConfig';
import { measuredBeforeToday } from './initiatives/measuredProgress';
import { InitiativeProgressStore } from './initiatives/InitiativeProgressStore';
import { InitiativeProgressRecorder } from './initiatives/InitiativeProgressRecorder';
import { InitiativeService } from './initiatives/InitiativeService';
import { createRouter, RECOMPUTE_TASK_ID } from './service/router';
import { ScorecardService } from './service/ScorecardService';
import { CachedRollupRows, DatabaseScorecardStore } from './store';
import { RequestPacer } from './lib/RequestPacer';
import { RecomputeRunStore } from './store/RecomputeRunStore';

/**
 * The readiness backend plugin: live scorecards, scheduled recompute,
 * snapshot history, actions for AI assistants, change events and (when
 * configured) notifications to owner groups.
 *
 * @public
 */
export const readinessPlugin = createBackendPlugin({
  pluginId: 'readiness',
  register(env) {
    const customChecks: ReadinessCustomCheck[] = [];
    env.registerExtensionPoint(readinessChecksExtensionPoint, {
      addChecks(...checks) {
        customChecks.push(...checks.flat());
      },
    });
    const moduleInitiatives: ReadinessModuleInitiative[] = [];
    env.registerExtensionPoint(readinessInitiativesExtensionPoint, {
      addInitiatives(...initiatives) {
        moduleInitiatives.push(...initiatives);
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        events: eventsServiceRef,
        // Has a default implementation that calls the notifications backend;
        // used only when readiness.notifications.enabled is true.
        notifications: notificationService,
      },
      async init(deps) {
        const config = readReadinessConfig(deps.config);
        const scorer = ReadinessScorer.fromConfig(config.rubric, customChecks);
        const rubric = () => scorer.compiledRubric();
        const store = await DatabaseScorecardStore.create({
          database: deps.database,
          rubric,
        });
        deps.permissionsRegistry.addPermissions(readinessPermissions);
        const tiers = () => scorer.tierIds();
        const attention = readAttentionConfig(deps.config);
        assertClaimsMatchTiers(attention, tiers());
        const initiatives = readInitiativesConfig(
          deps.config,
          rubric(),
          moduleInitiatives.map(m => m.initiative),
        );
        const initiativeProgress = await InitiativeProgressStore.create({
          database: deps.database,
        });
        await initiativeProgress.recordMissing(
          measuredBeforeToday(moduleInitiatives, new Date()),
          new Date(),
        );
        // Every stored result in memory until the store changes, for the
        // rollups, the live scorecards' "since when" and the initiatives'
        // burn-up: the one copy.
        const storedRows = new CachedRollupRows(store);

        const listeners: RecomputeListener[] = [
          new ScorecardEventPublisher({ events: deps.events, tiers }),
          new InitiativeProgressRecorder({
            initiatives,
            rows: () => storedRows.list(),
            progress: initiativeProgress,
            rubric,
            historyRetentionDays: config.historyRetentionDays,
          }),
        ];
        if (config.notifications.enabled) {
          const notificationLog = await DatabaseNotificationLog.create({ database: deps.database });
          listeners.push(
            new ReadinessNotifier({
              notifications: deps.notifications,
              log: notificationLog,
              tiers,
              waiverExpiryDaysAhead: config.notifications.waiverExpiryDaysAhead,
              logger: deps.logger,
            }),
            new InitiativeNotifier({
              initiatives,
              rows: () => storedRows.list(),
              rubric,
              notifications: deps.notifications,
              log: notificationLog,
              reminderDaysBeforeDeadline: config.notifications.initiatives.reminderDaysBeforeDeadline,
              logger: deps.logger,
            }),
          );
        }
        const recomputer = new ReadinessRecomputer({
          catalog: deps.catalog,
          auth: deps.auth,
          store,
          scorer,
          logger: deps.logger,
          pageSize: config.recomputePageSize,
          historyRetentionDays: config.historyRetentionDays,
          retry: config.catalogRetry,
          listeners,
          expiringWithinDays: attention.expiringWithinDays,
        });
        // Whether stored results are current; the scheduler's lock (scope
        // global) runs one recompute at a time across replicas.
        const runs = await RecomputeRunStore.create({
          database: deps.database,
          staleAfterMs: staleAfterMs(config.schedule),
        });
        await deps.scheduler.scheduleTask({
          id: RECOMPUTE_TASK_ID,
          scope: 'global',
          ...config.schedule,
          fn: recordedRecompute({ recomputer, runs, logger: deps.logger }),
        });

        // What callers the policy restricts may read, shared by the
        // organisation-wide views and the live scorecards (which also need
        // the people around an entity).
        const visibility = new VisibleEntities({
          catalog: deps.catalog,
          permissions: deps.permissions,
          kinds: [...SCORED_KINDS, 'Group', 'User'],
          storeVersion: () => store.getVersion(),
          ttlMs: config.visibilityCacheTtlMs,
        });
        const rollups = new RollupService({
          catalog: deps.catalog,
          store,
          rows: storedRows,
          visibility,
          tiers,
          stuckAfterDays: config.stuckAfterDays,
          attention,
        });
        await scheduleAttentionDigest(config.notifications, deps.scheduler, {
          store,
          notifications: deps.notifications,
          log: () => DatabaseNotificationLog.create({ database: deps.database }),
          settings: attention,
          tiers,
          logger: deps.logger,
        });
        const scorecards = new ScorecardService({
          catalog: deps.catalog,
          store,
          storedRows,
          scorer,
          visibility,
          serviceCredentials: () => deps.auth.getOwnServiceCredentials(),
          attention,
        });
        const attentionService = new AttentionService({
          rollups,
          settings: attention,
          tiers,
        });
        const initiativeService = new InitiativeService({
          initiatives,
          rollups,
          progress: initiativeProgress,
          store,
          rubric,
        });
        registerReadinessActions({
          attention: attentionService,
          catalog: deps.catalog,
          initiatives: initiativeService,
          actionsRegistry: deps.actionsRegistry,
          scorecards,
          rollups,
          store,
          tiers,
          rubric,
        });
        deps.httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            scheduler: deps.scheduler,
            logger: deps.logger,
            scorecards,
            rollups,
            scorer,
            runs,
            orgViewPacer: new RequestPacer(config.orgViewRateLimit),
            attention: attentionService,
            initiatives: initiativeService,
          }),
        );
        deps.httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
