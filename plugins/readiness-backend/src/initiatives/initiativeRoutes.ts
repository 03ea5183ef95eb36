import { HttpAuthService } from '@backstage/backend-plugin-api';
import type { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import type {
  InitiativeEntitiesResponse,
  InitiativeListResponse,
  InitiativeResponse,
  RecomputeState,
} from '@readiness-scorecards/plugin-readiness-common';
import type { spec } from '../schema/openapi.generated';
import { KeyedMemo } from '../lib/KeyedMemo';
import { SerializedJson, sendSerializedJson } from '../service/SerializedJson';
import { DEFAULT_ENTITY_PAGE, DEFAULT_TEAM_PAGE, InitiativeService } from './InitiativeService';
import { toInitiativeCsv } from './initiativeCsv';

type ReadinessRouter = ReturnType<typeof createValidatedOpenApiRouter<typeof spec>>;

/** GET /initiatives and below (openapi.yaml), on the plugin's validated router. */
export function addInitiativeRoutes(
  router: ReadinessRouter,
  options: {
    initiatives: InitiativeService;
    /** The caller of an organisation-wide view, once their pace allows it. */
    orgViewCredentials: (
      req: Parameters<HttpAuthService['credentials']>[0],
    ) => ReturnType<HttpAuthService['credentials']>;
    recomputeState: () => Promise<RecomputeState>;
  },
): void {
  const { initiatives, orgViewCredentials, recomputeState } = options;
  const csvExports = new KeyedMemo<string, Promise<SerializedJson>>({
    name: 'initiative CSV exports',
    maxEntries: 20,
  });

  router.get('/initiatives', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    const body: InitiativeListResponse = {
      ...(await initiatives.list(credentials, { entityRef: req.query.entityRef, owner: req.query.owner })),
      recompute: await recomputeState(),
    };
    res.json(body);
  });

  router.get('/initiatives/:id', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    const { offset = 0, limit = DEFAULT_TEAM_PAGE } = req.query;
    const body: InitiativeResponse = {
      ...(await initiatives.get(req.params.id, credentials, { offset, limit })),
      recompute: await recomputeState(),
    };
    res.json(body);
  });

  router.get('/initiatives/:id/entities', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    const { owner, offset = 0, limit = DEFAULT_ENTITY_PAGE } = req.query;
    const page = await initiatives.entities(req.params.id, credentials, { owner, offset, limit });
    const body: InitiativeEntitiesResponse = {
      initiativeId: req.params.id,
      ...page,
      offset,
      limit,
      recompute: await recomputeState(),
    };
    res.json(body);
  });

  router.get('/initiatives/:id/history', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    res.json(await initiatives.history(req.params.id, credentials));
  });

  router.get('/initiatives/:id/export.csv', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    const { id } = req.params;
    // Serialised and compressed once per view: thousands of rows each.
    const csv = await csvExports.getOrLoad(`${await initiatives.viewKey(credentials)}|${id}`, async () =>
      SerializedJson.ofText(
        toInitiativeCsv(await initiatives.allEntities(id, credentials)),
        'text/csv; charset=utf-8',
        'fastest',
      ),
    );
    res.setHeader('Content-Disposition', `attachment; filename="initiative-${req.params.id}.csv"`);
    await sendSerializedJson(req, res, csv);
  });
}
