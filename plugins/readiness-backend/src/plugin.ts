import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { readinessPermissions } from '@readiness-scorecards/plugin-readiness-common';
import {
  ReadinessCustomCheck,
  readinessChecksExtensionPoint,
} from '@readiness-scorecards/plugin-readiness-node';
import { readReadinessConfig } from './config';
import { ReadinessScorer } from './engine/ReadinessScorer';
import {
  ReadinessRecomputer,
  SCORED_KINDS,
} from './recompute/ReadinessRecomputer';
import { RollupService } from './rollup/RollupService';
import { VisibleEntities } from './catalog/VisibleEntities';
import { createRouter, RECOMPUTE_TASK_ID } from './service/router';
import { ScorecardService } from './service/ScorecardService';
import { DatabaseScorecardStore } from './store';

/**
 * The readiness backend plugin: live scorecards, scheduled recompute,
 * snapshot history.
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
      },
      async init(deps) {
        const config = readReadinessConfig(deps.config);
        const scorer = ReadinessScorer.fromConfig(config.rubric, customChecks);
        const store = await DatabaseScorecardStore.create({
          database: deps.database,
        });
        deps.permissionsRegistry.addPermissions(readinessPermissions);

        const recomputer = new ReadinessRecomputer({
          catalog: deps.catalog,
          auth: deps.auth,
          store,
          scorer,
          logger: deps.logger,
          pageSize: config.recomputePageSize,
          historyRetentionDays: config.historyRetentionDays,
        });
        await deps.scheduler.scheduleTask({
          id: RECOMPUTE_TASK_ID,
          scope: 'global',
          ...config.schedule,
          fn: async () => {
            await recomputer.run();
          },
        });

        const rollups = new RollupService({
          catalog: deps.catalog,
          store,
          visibility: new VisibleEntities({
            catalog: deps.catalog,
            permissions: deps.permissions,
            kinds: SCORED_KINDS,
          }),
          tiers: () => scorer.tierIds(),
          stuckAfterDays: config.stuckAfterDays,
        });
        const scorecards = new ScorecardService({
          catalog: deps.catalog,
          store,
          scorer,
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
          }),
        );
        deps.httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
