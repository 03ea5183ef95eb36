import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { readinessInitiativesExtensionPoint } from '@readiness-scorecards/plugin-readiness-node';
import { exampleInitiativesFor } from './exampleInitiatives';

/**
 * Demo only. With `exampleOrg.datesWrittenOn` in app-config, adds the example
 * organisation's two initiatives to the readiness backend, dates moved like
 * the example catalog's so one stays on track and one at risk on any date.
 * Without that config it does nothing.
 */
export const readinessModuleExampleOrgInitiatives = createBackendModule({
  pluginId: 'readiness',
  moduleId: 'example-org-initiatives',
  register(reg) {
    reg.registerInit({
      deps: {
        initiatives: readinessInitiativesExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ initiatives, config, logger }) {
        const writtenOn = config.getOptionalString('exampleOrg.datesWrittenOn');
        if (!writtenOn) return;
        const added = exampleInitiativesFor(writtenOn, new Date());
        initiatives.addInitiatives(...added);
        logger.info(
          `Example organisation: initiatives ${added
            .map(a => a.initiative.id)
            .join(', ')} with dates written on ${writtenOn} moved to today`,
        );
      },
    });
  },
});
