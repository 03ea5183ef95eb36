import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { readinessApiRef, ReadinessClient } from './api';

/**
 * The readiness plugin for apps on the legacy frontend system. Apps on the
 * new frontend system use the default export of `/alpha` instead.
 *
 * @public
 */
export const readinessPlugin = createPlugin({
  id: 'readiness',
  apis: [
    createApiFactory({
      api: readinessApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReadinessClient({ discoveryApi, fetchApi }),
    }),
  ],
});

/**
 * The Readiness tab: tier path, blockers, score, people, gaps with their YAML
 * fixes, decision gate and history. Mount it under an `EntityLayout.Route`.
 *
 * @public
 */
export const EntityReadinessContent = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityReadinessContent',
    component: {
      lazy: () =>
        import('./components/ReadinessContent').then(m => m.ReadinessContent),
    },
  }),
);

/**
 * The overview card: tier, score and the top three blockers, linking to the
 * Readiness tab (at `readiness` under the entity page unless `tabPath` says otherwise).
 *
 * @public
 */
export const EntityReadinessCard = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityReadinessCard',
    component: {
      lazy: () =>
        import('./components/ReadinessCard').then(m => m.ReadinessCard),
    },
  }),
);
