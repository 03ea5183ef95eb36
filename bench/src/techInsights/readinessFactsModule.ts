import { coreServices, createBackendModule } from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { techInsightsFactRetrieversExtensionPoint } from '@backstage-community/plugin-tech-insights-node';
import { READINESS_RETRIEVER_ID } from './readinessChecks';
import { createReadinessFactRetriever } from './readinessFactRetriever';

/**
 * Registers the readiness FactRetriever with Tech Insights through its
 * extension point; its cadence and lifecycle come from
 * `techInsights.factRetrievers.readinessFactRetriever` in app-config.
 */
export const techInsightsModuleReadinessFacts = createBackendModule({
  pluginId: 'tech-insights',
  moduleId: 'readiness-facts',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: techInsightsFactRetrieversExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ providers, catalog, auth }) {
        providers.addFactRetrievers({
          [READINESS_RETRIEVER_ID]: createReadinessFactRetriever({ catalog, auth }),
        });
      },
    });
  },
});
