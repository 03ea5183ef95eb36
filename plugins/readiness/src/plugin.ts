import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { readinessApiRef, ReadinessClient } from './api';
import { initiativeRouteRef, rootRouteRef } from './routes';

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
  routes: { root: rootRouteRef, initiative: initiativeRouteRef },
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

/**
 * The Readiness page: the organisation rollup by owner, system, domain,
 * lifecycle or type, with drill-down and CSV export, the initiatives, and
 * each initiative's page below it. Mount it on a route,
 * e.g. `<Route path="/readiness" element={<ReadinessPage />} />`.
 *
 * @public
 */
export const ReadinessPage = readinessPlugin.provide(
  createRoutableExtension({
    name: 'ReadinessPage',
    mountPoint: rootRouteRef,
    component: () =>
      import('./components/ReadinessRoutes').then(m => m.ReadinessRoutes),
  }),
);

/**
 * The card for Group pages: the team's services (sub-teams included), lowest
 * tier first, linking to the Readiness page filtered on the group.
 *
 * @public
 */
export const EntityGroupReadinessCard = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityGroupReadinessCard',
    component: {
      lazy: () =>
        import('./components/GroupReadinessCard').then(
          m => m.GroupReadinessCard,
        ),
    },
  }),
);
