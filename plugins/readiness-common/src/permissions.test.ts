import {
  readinessPermissions,
  readinessRefreshPermission,
} from './permissions';

describe('permissions', () => {
  it('declares the refresh permission as an update', () => {
    expect(readinessRefreshPermission).toEqual({
      type: 'basic',
      name: 'readiness.refresh',
      attributes: { action: 'update' },
    });
    expect(readinessPermissions).toEqual([readinessRefreshPermission]);
  });
});
