import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/**
 * The Readiness page. Created with core-plugin-api so the same ref mounts the
 * page in the legacy and the new frontend system.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'readiness' });

/**
 * One initiative's page, under the Readiness page: /readiness/initiatives/:id.
 *
 * @public
 */
export const initiativeRouteRef = createSubRouteRef({
  id: 'readiness-initiative',
  parent: rootRouteRef,
  path: '/initiatives/:id',
});
