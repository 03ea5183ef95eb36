import { mockCredentials, mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import readinessPlugin from '@readiness-scorecards/plugin-readiness-backend';
import request from 'supertest';
import { readinessModuleTeamSize } from './module';

function group(name: string, members: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: members.map(m => ({ type: 'hasMember', targetRef: `user:default/${m}` })),
  };
}

function user(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: {},
  };
}

function service(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner: `group:default/${owner}` },
    relations: [{ type: 'ownedBy', targetRef: `group:default/${owner}` }],
  };
}

async function teamSizeResult(entityName: string, minMembers?: number) {
  const { server } = await startTestBackend({
    features: [
      readinessPlugin,
      readinessModuleTeamSize,
      mockServices.rootConfig.factory({
        data: {
          readiness: {
            schedule: { frequency: { hours: 1 }, timeout: { minutes: 5 }, initialDelay: { hours: 1 } },
            ...(minMembers ? { teamSize: { minMembers } } : {}),
          },
        },
      }),
      catalogServiceMock.factory({
        entities: [
          group('duo', ['ana', 'ben']),
          group('solo', ['cleo']),
          user('ana'),
          user('ben'),
          user('cleo'),
          service('duo-service', 'duo'),
          service('solo-service', 'solo'),
        ],
      }),
    ],
  });
  const response = await request(server)
    .get(`/api/readiness/scorecards/default/component/${entityName}`)
    .set('Authorization', mockCredentials.user.header());
  expect(response.status).toBe(200);
  return response.body.scorecard.checks.find(
    (c: { checkId: string }) => c.checkId === 'team-size',
  );
}

describe('readinessModuleTeamSize', () => {
  it('passes a service whose team has two members', async () => {
    const result = await teamSizeResult('duo-service');
    expect(result).toMatchObject({ status: 'pass', tier: 'beta', severity: 'major' });
    expect(result.message).toContain('2 members');
  });

  it('fails a service that depends on one person', async () => {
    const result = await teamSizeResult('solo-service');
    expect(result.status).toBe('fail');
    expect(result.message).toContain('1 member');
  });

  it('takes the minimum from config', async () => {
    const result = await teamSizeResult('duo-service', 3);
    expect(result.status).toBe('fail');
    expect(result.message).toContain('at least 3');
  });
});
