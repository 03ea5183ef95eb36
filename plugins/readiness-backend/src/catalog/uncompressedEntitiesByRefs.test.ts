import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { uncompressedEntitiesByRefs } from './uncompressedEntitiesByRefs';

describe('uncompressedEntitiesByRefs', () => {
  let server: Server;
  const seen: Array<{ encoding?: string; authorization?: string; refs: string[] }> = [];
  let baseUrl = '';

  beforeAll(async () => {
    const app = express();
    app.use(express.json());
    app.post('/api/catalog/entities/by-refs', (req, res) => {
      seen.push({
        encoding: req.headers['accept-encoding'],
        authorization: req.headers.authorization,
        refs: req.body.entityRefs,
      });
      res.json({
        items: req.body.entityRefs.map((ref: string) =>
          ref === 'component:default/hidden'
            ? null
            : {
                apiVersion: 'backstage.io/v1alpha1',
                kind: 'Component',
                metadata: { name: ref.split('/')[1], namespace: 'default' },
              },
        ),
      });
    });
    server = app.listen(0);
    await new Promise(resolve => server.once('listening', resolve));
    baseUrl = `http://localhost:${(server.address() as AddressInfo).port}/api/catalog`;
  });

  afterAll(() => new Promise(resolve => server.close(resolve)));

  it('asks for an uncompressed answer with a token on behalf of the caller', async () => {
    const byRefs = uncompressedEntitiesByRefs({
      discovery: {
        getBaseUrl: async () => baseUrl,
        getExternalBaseUrl: async () => baseUrl,
      },
      auth: mockServices.auth({ pluginId: 'readiness' }),
    });
    const { items } = await byRefs.getEntitiesByRefs(
      { entityRefs: ['component:default/payments-api', 'component:default/hidden'] },
      { credentials: mockCredentials.user('user:default/ada') },
    );
    expect(items.map(item => item?.metadata.name ?? null)).toEqual([
      'payments-api',
      null,
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0].encoding).toBe('identity');
    expect(seen[0].refs).toEqual([
      'component:default/payments-api',
      'component:default/hidden',
    ]);
    // mockServices.auth issues a token naming the user it acts for.
    expect(seen[0].authorization).toBe(
      mockCredentials.service.header({
        onBehalfOf: mockCredentials.user('user:default/ada'),
        targetPluginId: 'catalog',
      }),
    );
  });
});
