import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import readinessPlugin from '@readiness-scorecards/plugin-readiness-backend';
import type {
  Scorecard,
  ScorecardResponse,
} from '@readiness-scorecards/plugin-readiness-common';
import request from 'supertest';
import { parse } from 'yaml';
import { FIXTURES, runCli } from '../__testUtils__/runCli';

const component = parse(
  readFileSync(join(FIXTURES, 'production-ready/catalog-info.yaml'), 'utf8'),
) as Entity;

const user = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: ['payments-team'] },
  relations: [{ type: 'memberOf', targetRef: 'group:default/payments-team' }],
});

const entities: Entity[] = [
  {
    ...component,
    metadata: { namespace: 'default', ...component.metadata },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: [{ type: 'hasMember', targetRef: 'user:default/priya-raman' }],
  },
  user('priya-raman'),
];

const refOf = (e: Entity) =>
  `${e.kind}:${e.metadata.namespace ?? 'default'}/${
    e.metadata.name
  }`.toLowerCase();

/**
 * The catalog REST API's by-refs endpoint over the same entities the backend
 * sees. The test backend runs catalogServiceMock (no HTTP catalog), so the
 * CLI's --backstage-url path is served by this fake fetch instead.
 */
const requests: { url: string; auth?: string }[] = [];
const fakeFetch = (async (url: string, init: RequestInit) => {
  requests.push({
    url,
    auth: (init.headers as Record<string, string>).Authorization,
  });
  const { entityRefs } = JSON.parse(String(init.body));
  const items = entityRefs.map(
    (ref: string) => entities.find(e => refOf(e) === ref.toLowerCase()) ?? null,
  );
  return new Response(JSON.stringify({ items }), { status: 200 });
}) as unknown as typeof fetch;

describe('CLI and backend agree', () => {
  it('gives the same tier, score and check statuses as the backend for the same entity', async () => {
    const { server } = await startTestBackend({
      features: [
        readinessPlugin,
        mockServices.rootConfig.factory({
          data: {
            readiness: {
              schedule: {
                frequency: { minutes: 30 },
                timeout: { minutes: 5 },
                initialDelay: { hours: 1 },
              },
            },
          },
        }),
        catalogServiceMock.factory({ entities }),
      ],
    });
    const response = await request(server)
      .get('/api/readiness/scorecards/default/component/payments-api')
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(200);
    const backend = (response.body as ScorecardResponse).scorecard;

    // Same day as the backend's clock: no --now.
    const cli = await runCli(
      [
        'lint',
        'production-ready/catalog-info.yaml',
        '--backstage-url',
        'http://backstage.test/',
        '--format',
        'json',
      ],
      { fetch: fakeFetch, env: { READINESS_BACKSTAGE_TOKEN: 'secret' } },
    );
    expect(cli.stderr).toBe('');
    const [entity] = JSON.parse(cli.stdout).entities;
    const local: Scorecard = entity.scorecard;

    expect(requests[0]).toEqual({
      url: 'http://backstage.test/api/catalog/entities/by-refs',
      auth: 'Bearer secret',
    });
    expect(local.tier).toBe(backend.tier);
    expect(local.score).toBe(backend.score);
    const statuses = (s: Scorecard) =>
      s.checks.map(c => [c.checkId, c.status, !!c.unverifiable]);
    expect(statuses(local)).toEqual(statuses(backend));
    // With the catalog nothing is left unverifiable.
    expect(entity.unverifiable).toEqual([]);
    expect(local.checks.find(c => c.checkId === 'owner-group')?.status).toBe(
      'pass',
    );
  });

  it('exits 2 with a hint when the catalog refuses the token', async () => {
    const refusing = (async () =>
      new Response('{"error":{"name":"AuthenticationError"}}', {
        status: 401,
      })) as unknown as typeof fetch;
    const { code, stderr } = await runCli(
      [
        'lint',
        'production-ready/catalog-info.yaml',
        '--backstage-url',
        'http://backstage.test',
      ],
      { fetch: refusing },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('answered 401 (set READINESS_BACKSTAGE_TOKEN');
  });
});
