/*
 * Smoke test: starts the real backend of packages/backend (not a test
 * backend) on a free port with the example catalog, then asks the catalog for
 * the example entities, the readiness plugin for its health, and an AI
 * assistant's questions through the MCP actions endpoint.
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { callTool, mcpRequest } from './__testUtils__/mcpClient';

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
  let baseUrl = '';

  beforeAll(async () => {
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
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
        // Jest runs the backend with NODE_ENV=test; guest sign-in gives the
        // MCP test a user token.
        'auth:',
        '  providers:',
        '    guest: { dangerouslyAllowOutsideDevelopment: true }',
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
  });

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

  it('answers an AI assistant through the MCP actions endpoint', async () => {
    const mcp = `${baseUrl}/api/mcp-actions/v1`;
    const { tools } = await mcpRequest(mcp, TOKEN, 'tools/list');
    const names = tools.map((t: { name: string }) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'readiness.get-scorecard',
        'readiness.list-owner-gaps',
        'readiness.get-rollup',
      ]),
    );
    const getScorecard = tools.find((t: { name: string }) => t.name === 'readiness.get-scorecard');
    expect(getScorecard.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    expect(getScorecard.inputSchema.required).toEqual(['entityRef']);

    // "What blocks payments-api from production?"
    const answer = await callTool(mcp, TOKEN, 'readiness.get-scorecard', {
      entityRef: 'component:default/payments-api',
      targetTier: 'production',
    });
    expect(answer.isError).toBeFalsy();
    const scorecard = JSON.parse(answer.content[0].text);
    expect(scorecard).toMatchObject({
      entityRef: 'component:default/payments-api',
      targetTier: 'production',
      owner: 'group:default/payments-team',
    });
    expect(scorecard.reachesTarget).toBe(scorecard.blocking.length === 0);
    expect(scorecard.summary).toMatch(/^payments-api /);

    const pilot = JSON.parse(
      (await callTool(mcp, TOKEN, 'readiness.get-scorecard', { entityRef: 'fraud-model-v3', targetTier: 'production' }))
        .content[0].text,
    );
    expect(pilot.reachesTarget).toBe(false);
    expect(pilot.blocking[0]).toEqual(
      expect.objectContaining({ checkId: expect.any(String), fixYaml: expect.stringContaining('metadata:') }),
    );

    // A signed-in user's token works the same; the action runs as that user.
    const session = await fetch(`${baseUrl}/api/auth/guest/refresh?env=development`, {
      headers: { 'X-Requested-With': 'XMLHttpRequest' },
    });
    expect({ status: session.status, body: session.status === 200 ? '' : await session.text() }).toEqual({
      status: 200,
      body: '',
    });
    const userToken = (await session.json()).backstageIdentity.token;
    const asUser = await callTool(mcp, userToken, 'readiness.get-scorecard', { entityRef: 'payments-api' });
    expect(asUser.isError).toBeFalsy();
    expect(JSON.parse(asUser.content[0].text).entityRef).toBe('component:default/payments-api');

    const missing = await callTool(mcp, TOKEN, 'readiness.get-scorecard', { entityRef: 'component:default/nope' });
    expect(missing.isError).toBe(true);
    expect(missing.content[0].text).toMatch(/^NotFoundError: /);
  });

  it('lists a team\'s gaps and the rollup through MCP once the recompute has run', async () => {
    const mcp = `${baseUrl}/api/mcp-actions/v1`;
    await fetch(`${baseUrl}/api/readiness/refresh`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    let rollup: any;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const result = await callTool(mcp, TOKEN, 'readiness.get-rollup', { groupBy: 'owner', limit: 100 });
      rollup = result.isError ? undefined : JSON.parse(result.content[0].text);
      if (rollup?.total.entityCount >= 20) break;
      await new Promise(r => setTimeout(r, 1000));
    }
    expect(rollup.total.entityCount).toBeGreaterThanOrEqual(20);
    expect(rollup.tiers).toEqual(['pilot', 'beta', 'production']);
    const engineering = rollup.groups.find((g: { key: string }) => g.key === 'group:default/engineering');
    const payments = rollup.groups.find((g: { key: string }) => g.key === 'group:default/payments-team');
    expect(engineering.entityCount).toBeGreaterThan(payments.entityCount);

    const gaps = JSON.parse(
      (await callTool(mcp, TOKEN, 'readiness.list-owner-gaps', { owner: 'group:default/engineering', limit: 100 }))
        .content[0].text,
    );
    expect(gaps.owner).toBe('group:default/engineering');
    expect(gaps.entityCount).toBe(engineering.entityCount);
    expect(gaps.entities.length).toBe(gaps.entitiesWithGaps);
    // Sub-teams' services are included.
    expect(gaps.entities.some((e: { owner: string }) => e.owner === 'group:default/payments-team' || e.owner === 'group:default/storefront-team')).toBe(true);
  });
});
