import {
  HttpAuthService,
  LoggerService,
  PermissionsService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  readinessRefreshPermission,
  summarizeFirstRun,
} from '@readiness-scorecards/plugin-readiness-common';
import type {
  HistoryResponse,
  RollupResponse,
  RollupSort,
  ScorecardListResponse,
  SummaryResponse,
} from '@readiness-scorecards/plugin-readiness-common';
import express from 'express';
import { spec } from '../schema/openapi.generated';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { ScorecardService } from './ScorecardService';
import { SerializedJson, sendSerializedJson } from './SerializedJson';
import { cachedRecomputeState } from './recomputeState';
import type { RecomputeStatus } from '../store/RecomputeRunStore';
import { RollupService } from '../rollup/RollupService';
import { AttentionService } from '../attention/AttentionService';
import { addAttentionRoutes } from '../attention/attentionRoutes';
import type { InitiativeService } from '../initiatives/InitiativeService';
import { addInitiativeRoutes } from '../initiatives/initiativeRoutes';
import { KeyedMemo } from '../lib/KeyedMemo';
import { RequestPacer } from '../lib/RequestPacer';
import { principalKey } from '../catalog/principalKey';
import { toCsv } from '../rollup/listStoredResults';

export const RECOMPUTE_TASK_ID = 'readiness-recompute';
/** Groups per rollup response unless the caller asks for another page size. */
export const DEFAULT_ROLLUP_GROUPS = 100;
/** Bounds the CSV export's memory and response size. */
export const MAX_EXPORT_ROWS = 50_000;

export interface RouterOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  scheduler: SchedulerService;
  logger: LoggerService;
  scorecards: ScorecardService;
  rollups: RollupService;
  scorer: ReadinessScorer;
  /** Whether the stored results are current; rollups and lists say so. */
  runs: { getStatus(): Promise<RecomputeStatus> };
  /** Paces each caller's requests to the organisation-wide views. */
  orgViewPacer?: RequestPacer;
  /** GET /attention, and the attention columns of GET /scorecards and the CSV. */
  attention?: AttentionService;
  /** GET /initiatives and below. */
  initiatives?: InitiativeService;
}

/** The HTTP API of openapi.yaml; requests that do not match it get a 400. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, scheduler, scorecards, scorer } = options;
  const router = createValidatedOpenApiRouter<typeof spec>(spec, {
    validatorOptions: {
      validateRequests: {
        // 'array' also turns a single ?kind=Component into ['Component'].
        coerceTypes: 'array',
        allowUnknownQueryParameters: false,
      },
    },
  });

  const recomputeState = cachedRecomputeState(options.runs);
  // A rollup page is the same for every request with its key until the
  // next recompute: serialise and compress it once, by its key, while the
  // recompute state it carries is the same.
  const rollupBodies = new KeyedMemo<string, SerializedJson>({
    name: 'rollup bodies',
    maxEntries: 200,
  });

  // An export is the same for every request with its list's key.
  const csvExports = new KeyedMemo<string, SerializedJson>({
    name: 'CSV exports',
    maxEntries: 20,
  });

  /** The caller of an organisation-wide view, once their pace allows it. */
  const orgViewCredentials = async (
    req: Parameters<HttpAuthService['credentials']>[0],
  ) => {
    const credentials = await httpAuth.credentials(req);
    await options.orgViewPacer?.wait(principalKey(credentials));
    return credentials;
  };

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/checks', async (req, res) => {
    await httpAuth.credentials(req);
    res.json(scorer.describeRubric());
  });

  router.get('/scorecards/:namespace/:kind/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { namespace, kind, name } = req.params;
    const result = await scorecards.getScorecard(
      `${kind}:${namespace}/${name}`,
      credentials,
    );
    // Computed for this request alone: compress fastest.
    await sendSerializedJson(req, res, SerializedJson.of(result, 'fastest'));
  });

  router.get('/scorecards/:namespace/:kind/:name/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { namespace, kind, name } = req.params;
    const since = req.query.since ? new Date(req.query.since) : undefined;
    const result = await scorecards.getHistory(
      `${kind}:${namespace}/${name}`,
      credentials,
      { since, limit: req.query.limit },
    );
    const body: HistoryResponse = {
      entityRef: result.entityRef,
      points: result.points.map(p => ({
        ...p,
        recordedAt: p.recordedAt.toISOString(),
      })),
    };
    res.json(body);
  });

  const { attention } = options;
  if (attention) {
    addAttentionRoutes(router, { attention, orgViewCredentials, recomputeState });
  }
  if (options.initiatives) {
    addInitiativeRoutes(router, {
      initiatives: options.initiatives,
      orgViewCredentials,
      recomputeState,
    });
  }

  router.get('/rollup', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    const { groupBy, kind, type, lifecycle, tag, owner } = req.query;
    const { offset = 0, limit = DEFAULT_ROLLUP_GROUPS, sort, order } = req.query;
    const { rollup, cacheKey } = await options.rollups.getRollupWithKey(
      { groupBy, kind, type, lifecycle, tag, owner },
      credentials,
      { offset, limit },
      // The spec's pattern admits the keys; the service checks the tier ids.
      { sort: sort as RollupSort | undefined, order },
    );
    const recompute = await recomputeState();
    const serialize = () => {
      const body: RollupResponse = { ...rollup, recompute };
      return SerializedJson.of(body);
    };
    const payload = rollupBodies.getOrLoad(
      cacheKey,
      serialize,
      JSON.stringify(recompute),
    );
    await sendSerializedJson(req, res, payload);
  });

  router.get('/summary', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    const summary = await options.rollups.derivedView(
      req.query,
      credentials,
      'summary',
      rows =>
        summarizeFirstRun(
          scorer.compiledRubric(),
          rows.map(row => ({
            entityRef: row.entityRef,
            tier: row.tier,
            lifecycle: row.lifecycle,
            failingChecks: row.failingChecks,
          })),
        ),
    );
    const body: SummaryResponse = {
      summary,
      recompute: await recomputeState(),
    };
    res.json(body);
  });

  router.get('/filter-values', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    res.json(await options.rollups.filterValues(credentials));
  });

  router.get('/rollup/history', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    const { days = 90, offset = 0, limit = DEFAULT_ROLLUP_GROUPS, ...query } = req.query;
    res.json(
      await options.rollups.getRollupHistory({ ...query, days }, credentials, {
        offset,
        limit,
      }),
    );
  });

  router.get('/scorecards', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    const { offset = 0, limit = 50, ...filter } = req.query;
    const { items } = await options.rollups.sortedSummaries(filter, credentials);
    const body: ScorecardListResponse = {
      total: items.length,
      offset,
      recompute: await recomputeState(),
      items: items.slice(offset, offset + limit),
    };
    res.json(body);
  });

  router.get('/export.csv', async (req, res) => {
    const credentials = await orgViewCredentials(req);
    const { items, cacheKey } = await options.rollups.sortedSummaries(
      req.query,
      credentials,
    );
    if (items.length > MAX_EXPORT_ROWS) {
      throw new InputError(
        `The export would hold ${items.length} rows, more than ${MAX_EXPORT_ROWS}: narrow it with filters (kind, type, lifecycle, tag, owner, system, domain, tier)`,
      );
    }
    // Serialised and compressed once: a 10,000-row export is about a megabyte.
    const csv = csvExports.getOrLoad(cacheKey, () =>
      SerializedJson.ofText(toCsv(items), 'text/csv; charset=utf-8'),
    );
    res.setHeader('Content-Disposition', 'attachment; filename="readiness.csv"');
    await sendSerializedJson(req, res, csv);
  });

  router.post('/refresh', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize(
      [{ permission: readinessRefreshPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        'You need the readiness.refresh permission to trigger a recompute',
      );
    }
    await scheduler.triggerTask(RECOMPUTE_TASK_ID);
    res.status(202).json({ status: 'triggered' });
  });

  return router;
}
