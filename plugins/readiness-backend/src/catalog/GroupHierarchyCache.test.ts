import { mockCredentials } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { GroupHierarchyCache } from './GroupHierarchyCache';

describe('GroupHierarchyCache', () => {
  it('reuses a principal’s hierarchy within the TTL and reloads after it', async () => {
    const catalog = catalogServiceMock({
      entities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: { name: 'team', namespace: 'default' },
          spec: { type: 'team', parent: 'org', children: [] },
        },
      ],
    });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    let now = 0;
    const cache = new GroupHierarchyCache(catalog, 1000, () => now);
    const alice = mockCredentials.user('user:default/alice');
    const bob = mockCredentials.user('user:default/bob');

    await cache.load(alice);
    await cache.load(alice);
    expect(getEntities).toHaveBeenCalledTimes(1);
    await cache.load(bob);
    expect(getEntities).toHaveBeenCalledTimes(2);
    now = 2000;
    const reloaded = await cache.load(alice);
    expect(getEntities).toHaveBeenCalledTimes(3);
    expect(reloaded.titleOf('group:default/team')).toBe('team');
  });
});
