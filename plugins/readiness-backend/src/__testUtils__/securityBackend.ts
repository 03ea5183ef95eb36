/*
 * A backend for the security tests: the real catalog backend with the example
 * organisation, the readiness plugin, the real scheduler and the hiding
 * permission policy, each plugin on a database of its own that the test can
 * also reach (to fill the readiness store past the export limit).
 */
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { Server } from 'node:http';
import request from 'supertest';
import { readinessPlugin } from '../plugin';
import { ScorecardStore } from '../store';
import { hidingPermissionsFactory, OUTSIDER } from './hidingPolicy';
import { exampleCatalogConfig } from './exampleCatalogConfig';

/** A user the hiding policy lets read and do everything. */
export const INSIDER = 'user:default/grace-holloway';
export { OUTSIDER };


export interface SecurityBackend {
  server: Server;
  /** The readiness plugin's own database. */
  readinessDatabase: Knex;
  stop(): Promise<void>;
}

/** One fresh database per plugin (catalog, readiness), on the given engine. */
function perPluginDatabases(databases: TestDatabases, id: TestDatabaseId) {
  const clients = new Map<string, Promise<Knex>>();
  const clientFor = (pluginId: string) => {
    let client = clients.get(pluginId);
    if (!client) {
      client = databases.init(id);
      clients.set(pluginId, client);
    }
    return client;
  };
  const factory = createServiceFactory({
    service: coreServices.database,
    deps: { plugin: coreServices.pluginMetadata },
    factory: ({ plugin }) => ({
      getClient: () => clientFor(plugin.getId()),
    }),
  });
  return { factory, clientFor };
}

export async function startSecurityBackend(
  databases: TestDatabases,
  id: TestDatabaseId,
): Promise<SecurityBackend> {
  const { factory, clientFor } = perPluginDatabases(databases, id);
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      readinessPlugin,
      hidingPermissionsFactory,
      factory,
      schedulerServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          catalog: exampleCatalogConfig,
          readiness: {
            // One run when triggered; none on its own during the test.
            schedule: {
              frequency: { hours: 6 },
              timeout: { minutes: 5 },
              initialDelay: { seconds: 1 },
            },
          },
        },
      }),
    ],
  });
  return {
    server: backend.server,
    readinessDatabase: await clientFor('readiness'),
    stop: () => backend.stop(),
  };
}

export function getAs(server: Server, user: string | undefined, url: string) {
  const call = request(server).get(url);
  return user
    ? call.set('Authorization', mockCredentials.user.header(user))
    : call;
}

/** Every entity the user may read in the catalog, all kinds. */
export async function catalogEntitiesAs(
  server: Server,
  user: string,
): Promise<Entity[]> {
  const entities: Entity[] = [];
  let cursor: string | undefined;
  do {
    const response = await getAs(
      server,
      user,
      `/api/catalog/entities/by-query?limit=500${
        cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
      }`,
    );
    if (response.status !== 200) {
      throw new Error(
        `catalog query failed: ${response.status} ${response.text}`,
      );
    }
    entities.push(...response.body.items);
    cursor = response.body.pageInfo?.nextCursor;
  } while (cursor);
  return entities;
}

/** Waits until the catalog holds at least `count` components. */
export async function waitForCatalog(server: Server, count: number) {
  for (let i = 0; i < 180; i++) {
    const response = await getAs(
      server,
      INSIDER,
      '/api/catalog/entities/by-query?filter=kind=component&limit=1',
    );
    if (response.status === 200 && response.body.totalItems >= count) return;
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error('the catalog did not ingest the example entities in time');
}

/**
 * Triggers a recompute, waits until it has stored every scored entity the
 * catalog holds, then until the store has not changed for three seconds (no
 * run is still writing or deleting).
 */
export async function recomputeAndWait(
  server: Server,
  store: ScorecardStore,
  scoredCount: number,
) {
  const trigger = await request(server)
    .post('/api/readiness/refresh')
    .set('Authorization', mockCredentials.user.header(INSIDER));
  if (trigger.status !== 202) {
    throw new Error(`refresh failed: ${trigger.status} ${trigger.text}`);
  }
  let version = '';
  let quietSince = Date.now();
  for (let i = 0; i < 600; i++) {
    await new Promise(r => setTimeout(r, 200));
    const refs = await store.listEntityRefs();
    const current = await store.getVersion();
    if (current !== version) {
      version = current;
      quietSince = Date.now();
    } else if (refs.length >= scoredCount && Date.now() - quietSince > 3000) {
      return;
    }
  }
  throw new Error('the recompute did not store the example entities in time');
}
