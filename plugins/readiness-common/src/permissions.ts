import { createPermission } from '@backstage/plugin-permission-common';

/** Recompute scorecards on demand (`POST /api/readiness/refresh`). */
export const readinessRefreshPermission = createPermission({
  name: 'readiness.refresh',
  attributes: { action: 'update' },
});

/** Every permission of the readiness plugin, for the permission backend. */
export const readinessPermissions = [readinessRefreshPermission];
