import { HttpAuthService } from '@backstage/backend-plugin-api';
import type { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import type { spec } from '../schema/openapi.generated';
import type { RecomputeState } from '@readiness-scorecards/plugin-readiness-common';
import { AttentionService } from './AttentionService';

type ReadinessRouter = ReturnType<typeof createValidatedOpenApiRouter<typeof spec>>;

/** GET /attention (openapi.yaml: ListAttention), on the plugin's validated router. */
export function addAttentionRoutes(
  router: ReadinessRouter,
  options: {
    attention: AttentionService;
    /** The caller of an organisation-wide view, once their pace allows it. */
    orgViewCredentials: (
      req: Parameters<HttpAuthService['credentials']>[0],
    ) => ReturnType<HttpAuthService['credentials']>;
    recomputeState: () => Promise<RecomputeState>;
  },
): void {
  router.get('/attention', async (req, res) => {
    const credentials = await options.orgViewCredentials(req);
    const page = await options.attention.list(req.query, credentials);
    res.json({ ...page, recompute: await options.recomputeState() });
  });
}
