import fs from 'node:fs';
import path from 'node:path';
import { pgConnection } from './postgres';

/**
 * Config of an in-process benchmark backend: PostgreSQL with a database
 * prefix of its own, a static token for the driver, the generated catalog
 * files as locations and permissions off. `extra` is merged at the top level.
 */
export function benchBackendConfig(options: {
  port: number;
  prefix: string;
  token: string;
  files: string[];
  extra?: Record<string, unknown>;
}) {
  const { port, prefix, token, files, extra = {} } = options;
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
    permission: { enabled: false },
  };
}

/** Writes the config beside the catalog and hands it to createBackend. */
export function useConfig(dir: string, config: object): string {
  const file = path.join(dir, 'app-config.bench.yaml');
  fs.writeFileSync(file, JSON.stringify(config));
  process.argv.push('--config', file);
  return file;
}
