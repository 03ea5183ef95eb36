import { mockCredentials } from '@backstage/backend-test-utils';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PeopleCache } from './PeopleCache';
import { RelatedEntityLoader } from './RelatedEntityLoader';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'ml-team', namespace: 'default' },
  spec: { type: 'team', children: [] },
  relations: [{ type: 'hasMember', targetRef: 'user:default/ada' }],
};
const ada: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name: 'ada', namespace: 'default' },
  spec: {},
};
function component(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { owner: 'group:default/ml-team', type: 'service', lifecycle: 'production' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/ml-team' }],
  };
}

/** A catalog where user:default/outsider sees no ml-team entity; counts its calls. */
function fakeCatalog() {
  const all = [group, ada, component('model-api'), component('feature-store')];
  const calls: Array<{ refs: string[]; user?: string }> = [];
  const catalog = {
    async getEntitiesByRefs(
      request: { entityRefs: string[] },
      options: { credentials: BackstageCredentials },
    ) {
      const user = (options.credentials.principal as { userEntityRef?: string }).userEntityRef;
      calls.push({ refs: request.entityRefs, user });
      await new Promise(r => setTimeout(r, 5));
      return {
        items: request.entityRefs.map(ref => {
          if (user === 'user:default/outsider') return undefined;
          return all.find(e => stringifyEntityRef(e) === ref);
        }),
      };
    },
  } as unknown as CatalogService;
  return { catalog, calls };
}

describe('RelatedEntityLoader', () => {
  it('shares by-refs calls between concurrent loads of one principal, each getting its own entity', async () => {
    const { catalog, calls } = fakeCatalog();
    // People are not remembered (ttl 0): every load asks for them.
    const loader = new RelatedEntityLoader(catalog, new PeopleCache(0));
    const credentials = mockCredentials.user('user:default/ada');
    await loader.loadEntity('component:default/model-api', credentials);
    await loader.loadEntity('component:default/feature-store', credentials);
    calls.length = 0;
    const names = ['model-api', 'feature-store', 'model-api', 'feature-store'];
    const loaded = await Promise.all(
      names.map(name => loader.loadEntity(`component:default/${name}`, credentials)),
    );
    expect(loaded.map(l => l.entity.metadata.name)).toEqual(names);
    for (const { related } of loaded) {
      expect(related.ownerGroup?.metadata.name).toBe('ml-team');
      expect(related.ownerGroupMembers?.map(m => m.metadata.name)).toEqual(['ada']);
    }
    // Each entity's people are asked for with it (found last time); the
    // first load goes out alone, the three that arrive meanwhile share one call.
    expect(calls.length).toBe(2);
    expect(calls[0].refs.sort()).toEqual([
      'component:default/model-api',
      'group:default/ml-team',
      'user:default/ada',
    ]);
  });

  it('never answers one principal from another principal’s call', async () => {
    const { catalog, calls } = fakeCatalog();
    const loader = new RelatedEntityLoader(catalog);
    const [allowed, hidden] = await Promise.allSettled([
      loader.loadEntity('component:default/model-api', mockCredentials.user('user:default/ada')),
      loader.loadEntity('component:default/model-api', mockCredentials.user('user:default/outsider')),
    ]);
    expect(allowed.status).toBe('fulfilled');
    expect(hidden).toMatchObject({ status: 'rejected', reason: { name: 'NotFoundError' } });
    expect(new Set(calls.map(c => c.user))).toEqual(
      new Set(['user:default/ada', 'user:default/outsider']),
    );
  });

  it('reads the entity live every time and its people once per few seconds per principal', async () => {
    const { catalog, calls } = fakeCatalog();
    let now = 0;
    const loader = new RelatedEntityLoader(catalog, new PeopleCache(10_000, 1000, () => now));
    const adaCredentials = mockCredentials.user('user:default/ada');

    // Nothing known yet: the entity, then its owner group, then the members.
    const first = await loader.loadEntity('component:default/model-api', adaCredentials);
    expect(calls.map(c => c.refs)).toEqual([
      ['component:default/model-api'],
      ['group:default/ml-team'],
      ['user:default/ada'],
    ]);
    const second = await loader.loadEntity('component:default/feature-store', adaCredentials);
    expect(calls.at(-1)!.refs).toEqual(['component:default/feature-store']);
    expect(second.related.ownerGroup).toEqual(first.related.ownerGroup);
    expect(second.related.ownerGroupMembers?.map(m => m.metadata.name)).toEqual(['ada']);

    // Another principal gets nothing from ada's reads, only the refs to ask
    // for with its own credentials.
    await expect(
      loader.loadEntity('component:default/model-api', mockCredentials.user('user:default/outsider')),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(calls.at(-1)!.refs.sort()).toEqual([
      'component:default/model-api',
      'group:default/ml-team',
      'user:default/ada',
    ]);

    // After the time to live the people are read again.
    now = 10_001;
    await loader.loadEntity('component:default/model-api', adaCredentials);
    expect(calls.at(-1)!.refs).toHaveLength(3);
  });
});

