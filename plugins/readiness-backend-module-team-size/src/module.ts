import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { readinessChecksExtensionPoint } from '@readiness-scorecards/plugin-readiness-node';
import { createTeamSizeCheck } from './teamSizeCheck';

/**
 * Adds the `team-size` check: the owning group has at least
 * `readiness.teamSize.minMembers` (default 2) members.
 *
 * @public
 */
export const readinessModuleTeamSize = createBackendModule({
  pluginId: 'readiness',
  moduleId: 'team-size',
  register(reg) {
    reg.registerInit({
      deps: {
        checks: readinessChecksExtensionPoint,
        config: coreServices.rootConfig,
      },
      async init({ checks, config }) {
        const minMembers =
          config.getOptionalNumber('readiness.teamSize.minMembers') ?? 2;
        checks.addChecks(createTeamSizeCheck({ minMembers }));
      },
    });
  },
});
