/*
 * Smoke test: starts the real backend of packages/backend (not a test
 * backend) on a free port with the example catalog, then asks the catalog for
 * the example entities and the readiness plugin for its health.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

jest.setTimeout(300_000);

const TOKEN = 'smoke-test-static-token-0123456789';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, output: string[]) {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`backend exited with ${child.exitCode}:\n${output.join('')}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise(r => setTimeout(r, 1000));
  }
  throw new Error(`backend did not answer ${url} in time:\n${output.join('')}`);
}

async function catalogEntities(baseUrl: string, filter: string) {
  const response = await fetch(
    `${baseUrl}/api/catalog/entities/by-query?filter=${encodeURIComponent(filter)}&limit=500`,
    { headers: { Authorization: `Bearer ${TOKEN}` } },
  );
  expect(response.status).toBe(200);
  const body = (await response.json()) as { items: { metadata: { name: string } }[] };
  return body.items.map(e => e.metadata.name);
}

describe('packages/backend', () => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  });

  it('starts with the example catalog and the readiness plugin', async () => {
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const backendDir = path.resolve(__dirname, '..');
    const repoRoot = path.resolve(backendDir, '../..');
    const overrides = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-smoke-')),
      'app-config.smoke.yaml',
    );
    fs.writeFileSync(
      overrides,
      [
        'backend:',
        `  baseUrl: ${baseUrl}`,
        `  listen: { port: ${port} }`,
        '  auth:',
        '    externalAccess:',
        '      - type: static',
        `        options: { token: ${TOKEN}, subject: smoke-test }`,
        '',
      ].join('\n'),
    );

    const output: string[] = [];
    child = spawn(
      process.execPath,
      [
        require.resolve('@backstage/cli/bin/backstage-cli'),
        'package',
        'start',
        '--config',
        path.join(repoRoot, 'app-config.yaml'),
        '--config',
        overrides,
      ],
      { cwd: backendDir, detached: true, env: { ...process.env, FORCE_COLOR: '0' } },
    );
    child.stdout?.on('data', d => output.push(String(d)));
    child.stderr?.on('data', d => output.push(String(d)));

    await waitFor(`${baseUrl}/api/readiness/health`, child, output);

    const health = await fetch(`${baseUrl}/api/readiness/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    // The catalog ingests the example files shortly after start.
    let components: string[] = [];
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      components = await catalogEntities(baseUrl, 'kind=component');
      if (components.includes('readiness-scorecards') && components.length >= 15) break;
      await new Promise(r => setTimeout(r, 1000));
    }
    expect(components).toContain('readiness-scorecards');
    expect(components.length).toBeGreaterThanOrEqual(15);
    const groups = await catalogEntities(baseUrl, 'kind=group');
    expect(groups.length).toBeGreaterThanOrEqual(7);
    const users = await catalogEntities(baseUrl, 'kind=user');
    expect(users.length).toBeGreaterThanOrEqual(10);

    // Without credentials, only health answers.
    const anonymous = await fetch(`${baseUrl}/api/readiness/checks`);
    expect(anonymous.status).toBe(401);
  });
});
