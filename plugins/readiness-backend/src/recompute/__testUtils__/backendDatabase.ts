import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import { knex as createKnex, Knex } from 'knex';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * A `backend.database` config for test backends built from real services,
 * which any number of backends may share (replicas), and a way for the test
 * to open the readiness plugin's own database afterwards. SQLite: one file
 * per plugin in a temporary directory. PostgreSQL: one database per plugin
 * under a unique prefix, dropped by cleanup().
 */
export async function sharedBackendDatabase(
  databases: TestDatabases,
  id: TestDatabaseId,
): Promise<{
  config: JsonObject;
  openPluginDatabase: () => Knex;
  cleanup: () => Promise<void>;
}> {
  if (id === 'SQLITE_3') {
    const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'readiness-db-'));
    return {
      config: { client: 'better-sqlite3', connection: { directory } },
      openPluginDatabase: (): Knex =>
        createKnex({
          client: 'better-sqlite3',
          connection: { filename: path.join(directory, 'readiness.sqlite') },
          useNullAsDefault: true,
        }),
      cleanup: () => fs.rm(directory, { recursive: true, force: true }),
    };
  }
  const admin = await databases.init(id);
  const connection = {
    ...(admin.client.config.connection as Knex.PgConnectionConfig),
  };
  const prefix = `readiness_shared_${process.pid}_${Date.now()}_`;
  return {
    config: {
      client: 'pg',
      // Without a database name: the backend makes one per plugin.
      connection: {
        ...connection,
        database: undefined,
      } as unknown as JsonObject,
      prefix,
    },
    openPluginDatabase: (): Knex =>
      createKnex({
        client: 'pg',
        connection: { ...connection, database: `${prefix}readiness` },
      }),
    async cleanup() {
      const { rows } = await admin.raw(
        'select datname from pg_database where datname like ?',
        [`${prefix}%`],
      );
      for (const { datname } of rows as { datname: string }[]) {
        await admin.raw('drop database if exists ?? with (force)', [datname]);
      }
      await admin.destroy();
    },
  };
}
