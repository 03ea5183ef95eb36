import knexFactory, { Knex } from 'knex';

const POSTGRES = new URL(
  process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432',
);

/** A knex/pg connection object for the benchmark's PostgreSQL server. */
export function pgConnection(database?: string) {
  return {
    host: POSTGRES.hostname,
    port: Number(POSTGRES.port || 5432),
    user: decodeURIComponent(POSTGRES.username || 'postgres'),
    password: decodeURIComponent(POSTGRES.password || ''),
    ...(database ? { database } : {}),
  };
}

/** A knex client on one database of the benchmark's server. */
export function connectDatabase(database: string): Knex {
  return knexFactory({
    client: 'pg',
    connection: pgConnection(database),
    pool: { min: 0, max: 2 },
  });
}

/** A unique database prefix per run, so runs never share data. */
export function uniquePrefix(name: string): string {
  return `${name}_${Date.now()}_`;
}

/** Bytes on disk of the given tables, indexes and TOAST included. */
export async function tableBytes(db: Knex, tables: string[]): Promise<number> {
  const { rows } = await db.raw(
    `select coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint as bytes
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relname = any(?)`,
    [tables],
  );
  return Number(rows[0].bytes);
}

/** Drops every database whose name starts with the prefix. */
export async function dropDatabases(prefix: string): Promise<string[]> {
  const admin = connectDatabase('postgres');
  try {
    const { rows } = await admin.raw(
      'select datname from pg_database where datname like ?',
      [`${prefix}%`],
    );
    const names = (rows as { datname: string }[]).map(r => r.datname);
    for (const name of names) {
      await admin.raw('drop database if exists ?? with (force)', [name]);
    }
    return names;
  } finally {
    await admin.destroy();
  }
}

/** Drops the benchmark's databases when it is interrupted (Ctrl-C, kill). */
export function dropDatabasesOnSignal(prefix: string): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      process.stderr.write(`${signal}: dropping the benchmark's databases\n`);
      await dropDatabases(prefix).catch(() => []);
      process.exit(1);
    });
  }
}
