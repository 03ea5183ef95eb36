import fs from 'node:fs';
import path from 'node:path';
import { pgConnection } from './postgres';
import { guestSignInConfig } from './restrictedUser';

/**
 * The catalog re-reads every entity every 100-150 s by default; with 12,000
 * entities each wave (YAML parsing, stitching) landed inside a 20 s load
 * phase of bench:backend in some runs and not in others, and in a 5-minute
 * soak each cost a third of the scorecard throughput for a window and
 * stepped RSS up ~80 MiB (native buffers of its YAML parsing) while every
 * heap stayed flat. Load phases start after ingestion and judge the
 * readiness plugin, so a 30-minute interval keeps the waves out of them.
 */
export const QUIET_CATALOG = { processingInterval: { minutes: 30 } };

/** A readiness schedule that waits a day: the benchmarks trigger runs by hand. */
export const HAND_TRIGGERED_RECOMPUTE = {
  schedule: { frequency: { hours: 24 }, timeout: { minutes: 30 }, initialDelay: { seconds: 1 } },
};

/**
 * Config of an in-process benchmark backend: PostgreSQL with a database
 * prefix of its own, a static token for the driver, the generated catalog
 * files as locations. Permissions are off unless `signInAs` names the user
 * the guest provider signs in (then the permission backend's policy
 * decides, and the backend needs the auth and permission plugins).
 * `extra` is merged at the top level.
 */
export function benchBackendConfig(options: {
  port: number;
  prefix: string;
  token: string;
  files: string[];
  signInAs?: string;
  extra?: Record<string, unknown>;
}) {
  const { port, prefix, token, files, signInAs, extra = {} } = options;
  const catalogExtra = (extra.catalog ?? {}) as Record<string, unknown>;
  return {
    ...extra,
    backend: {
      baseUrl: `http://localhost:${port}`,
      listen: { port },
      database: { client: 'pg', connection: pgConnection(), prefix },
      auth: { externalAccess: [{ type: 'static', options: { token, subject: 'bench' } }] },
    },
    catalog: {
      rules: [{ allow: ['Component', 'System', 'API', 'Resource', 'Location', 'Domain', 'Group', 'User'] }],
      locations: files.map(target => ({ type: 'file', target })),
      ...catalogExtra,
    },
    permission: { enabled: signInAs !== undefined },
    // The auth backend needs the app's address (its sign-in redirects).
    ...(signInAs ? { app: { baseUrl: `http://localhost:${port}` }, auth: guestSignInConfig(signInAs) } : {}),
  };
}

/** Writes the config beside the catalog and hands it to createBackend. */
export function useConfig(dir: string, config: object): string {
  const file = path.join(dir, 'app-config.bench.yaml');
  fs.writeFileSync(file, JSON.stringify(config));
  process.argv.push('--config', file);
  return file;
}
