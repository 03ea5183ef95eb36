import path from 'node:path';
import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { ExampleDatesProcessor } from './ExampleDatesProcessor';

/**
 * Demo only. With `exampleOrg.datesWrittenOn` and `exampleOrg.directories`
 * in app-config, the catalog moves the example organisation's dates so they
 * keep their distance from today. Without that config it does nothing.
 */
export const catalogModuleExampleOrgDates = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'example-org-dates',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ catalog, config, logger }) {
        const settings = config.getOptionalConfig('exampleOrg');
        if (!settings) return;
        const writtenOn = settings.getString('datesWrittenOn');
        const directories = settings
          .getStringArray('directories')
          .map(dir => path.resolve(dir));
        catalog.addProcessor(new ExampleDatesProcessor({ writtenOn, directories }));
        logger.info(
          `Example organisation: dates written on ${writtenOn} are moved to today in ${directories.join(', ')}`,
        );
      },
    });
  },
});
