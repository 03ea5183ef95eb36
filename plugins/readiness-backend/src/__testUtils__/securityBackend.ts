/*
 * A backend for the security tests: the real catalog backend with the example
 * organisation, the readiness plugin, the real scheduler and the hiding
 * permission policy, each plugin on a database of its own that the test can
 * also reach (to fill the readiness store past the export limit).
 */
import {
  AuthService,
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  catalogServiceRef,
  CatalogService,
} from '@backstage/plugin-catalog-node';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
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
import { ConfigReader } from '@backstage/config';
import { Knex } from 'knex';
import { Server } from 'node:http';
import request from 'supertest';
import { readinessPlugin } from '../plugin';
import { ScorecardStore } from '../store';
import { ReadinessRecomputer } from '../recompute/ReadinessRecomputer';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import type { RecomputeListener } from '../recompute/ScorecardChange';
import { hidingPermissionsFactory, OUTSIDER } from './hidingPolicy';
import { freshExampleCatalog } from './exampleCatalogConfig';
import { TEST_INITIATIVES } from './testInitiatives';
import { InitiativeProgressRecorder } from '../initiatives/InitiativeProgressRecorder';
import { InitiativeProgressStore } from '../initiatives/InitiativeProgressStore';
import { readInitiativesConfig } from '../initiatives/initiativesConfig';

/** A user the hiding policy lets read and do everything. */
export const INSIDER = 'user:default/grace-holloway';
/** The group the outsider belongs to: ml-team's parent department. */
export const OUTSIDER_GROUP = 'group:default/data-and-ai';
export { OUTSIDER, TEST_INITIATIVES };

export interface SecurityBackend {
  server: Server;
  /** The readiness plugin's own database. */
  readinessDatabase: Knex;
  /** This backend's copy of examples/, which the catalog reads every second. */
  examplesDir: string;
  /**
   * A recompute of the whole catalog as if run at `now`, with the catalog
   * the backend serves and the plugin's own rubric, written to `store` (a
   * second store on the readiness database, as another replica's would be):
   * how a test records results on past days.
   */
  recomputeAsOf(
    store: ScorecardStore,
    now: Date,
    listeners?: RecomputeListener[],
  ): Promise<void>;
  stop(): Promise<void>;
}

/** A test-only plugin that hands the test the catalog and auth services. */
function servicesProbe() {
  const services: { catalog?: CatalogService; auth?: AuthService } = {};
  const plugin = createBackendPlugin({
    pluginId: 'security-probe',
    register(env) {
      env.registerInit({
        deps: { catalog: catalogServiceRef, auth: coreServices.auth },
        async init(deps) {
          Object.assign(services, deps);
        },
      });
    },
  });
  return { plugin, services };
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
  /** More features, such as a test actions registry. */
  features: Parameters<typeof startTestBackend>[0]['features'] = [],
  /** The day the example files' dates are moved to (default today). */
  examplesAsOf?: Date,
): Promise<SecurityBackend> {
  const { factory, clientFor } = perPluginDatabases(databases, id);
  const examples = freshExampleCatalog(examplesAsOf);
  // The outsider is a member of ml-team's parent department: a notification
  // sent further up than the owner group would reach them.
  fs.appendFileSync(
    path.join(examples.dir, 'org.yaml'),
    `\n---
apiVersion: backstage.io/v1alpha1
kind: User
metadata:
  name: ${OUTSIDER.split('/')[1]}
spec:
  memberOf: [${OUTSIDER_GROUP.split('/')[1]}]
`,
  );
  const probe = servicesProbe();
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      readinessPlugin,
      probe.plugin,
      hidingPermissionsFactory,
      factory,
      schedulerServiceFactory,
      ...(features ?? []),
      mockServices.rootConfig.factory({
        data: {
          catalog: examples.config,
          readiness: {
            // Never runs during the test (the worker waits out its initial
            // delay before it even picks up a trigger): the test records each
            // day's results itself, with recomputeAsOf.
            schedule: {
              frequency: { hours: 6 },
              timeout: { minutes: 5 },
              initialDelay: { hours: 6 },
            },
            initiatives: TEST_INITIATIVES,
          },
        },
      }),
    ],
  });
  return {
    server: backend.server,
    readinessDatabase: await clientFor('readiness'),
    examplesDir: examples.dir,
    recomputeAsOf: async (store, now, listeners = []) => {
      const scorer = ReadinessScorer.fromConfig(undefined, []);
      const database = { getClient: () => clientFor('readiness') };
      // The initiatives' burn-up points, as the plugin records them.
      const recorder = new InitiativeProgressRecorder({
        initiatives: readInitiativesConfig(
          new ConfigReader({ readiness: { initiatives: TEST_INITIATIVES } }),
          scorer.compiledRubric(),
        ),
        rows: () => store.listRollupRows(),
        progress: await InitiativeProgressStore.create({ database }),
        rubric: () => scorer.compiledRubric(),
        historyRetentionDays: 90,
      });
      await new ReadinessRecomputer({
        catalog: probe.services.catalog!,
        auth: probe.services.auth!,
        store,
        scorer,
        logger: mockServices.logger.mock(),
        pageSize: 100,
        historyRetentionDays: 90,
        clock: () => now,
        listeners: [...listeners, recorder],
      }).run();
    },
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

/** Every entity in the example files, as written (the test fixture). */
export function exampleEntities(examplesDir: string): Entity[] {
  return fs
    .readdirSync(examplesDir)
    .filter(file => file.endsWith('.yaml'))
    .flatMap(file =>
      parseAllDocuments(
        fs.readFileSync(path.join(examplesDir, file), 'utf8'),
      ).map(doc => doc.toJS() as Entity | null),
    )
    .filter((e): e is Entity => !!e?.kind);
}

/**
 * Changes one entity in the example files the backend's catalog reads, then
 * waits until the catalog serves the change.
 */
export async function changeExampleEntity(
  server: Server,
  examplesDir: string,
  ref: { kind: string; name: string },
  annotations: Record<string, string | null>,
) {
  const isIt = (e: Entity | null) =>
    e?.kind === ref.kind && e.metadata.name === ref.name;
  const files = fs.readdirSync(examplesDir).filter(f => f.endsWith('.yaml'));
  const edited = files.some(file => {
    const docs = parseAllDocuments(
      fs.readFileSync(path.join(examplesDir, file), 'utf8'),
    );
    const doc = docs.find(d => isIt(d.toJS() as Entity | null));
    if (!doc) return false;
    for (const [key, value] of Object.entries(annotations)) {
      if (value === null) doc.deleteIn(['metadata', 'annotations', key]);
      else doc.setIn(['metadata', 'annotations', key], value);
    }
    fs.writeFileSync(
      path.join(examplesDir, file),
      docs.map(d => d.toString()).join(''),
    );
    return true;
  });
  if (!edited) {
    throw new Error(`no example file holds ${ref.kind} ${ref.name}`);
  }
  const url = `/api/catalog/entities/by-name/${ref.kind.toLocaleLowerCase(
    'en-US',
  )}/default/${ref.name}`;
  for (let i = 0; i < 120; i++) {
    const served = (await getAs(server, INSIDER, url)).body as Entity;
    const current = served?.metadata?.annotations ?? {};
    if (
      Object.entries(annotations).every(([key, value]) =>
        value === null ? !(key in current) : current[key] === value,
      )
    ) {
      return;
    }
    await new Promise(r => setTimeout(r, 500));
  }
  throw new Error(
    `the catalog did not serve the change of ${ref.name} in time`,
  );
}
