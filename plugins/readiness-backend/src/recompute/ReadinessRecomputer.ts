import {
  AuthService,
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { createHash } from 'node:crypto';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { scorecardFingerprint } from '@readiness-scorecards/plugin-readiness-common';
import { CatalogIndex } from '../catalog/CatalogIndex';
import { ownerGroupRef } from '../catalog/RelatedEntityLoader';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { DEFAULT_RETRY, RetryOptions } from '../lib/retry';
import { EntityScoreRecord, ScorecardStore, UpsertSummary } from '../store';
import {
  FinishedRecompute,
  RecomputeBatch,
  RecomputeListener,
  ScorecardChange,
} from './ScorecardChange';
import { retryingCatalog } from './retryingCatalog';

/** Hex characters of a stored fingerprint (the migration cut older ones to it). */
const FINGERPRINT_LENGTH = 16;

/** Days ahead a recompute looks for what stops holding, unless configured. */
const DEFAULT_EXPIRING_WITHIN_DAYS = 30;

/** Kinds the scheduled recompute scores. */
export const SCORED_KINDS = ['Component', 'Resource', 'API'];

export interface RecomputeSummary {
  scored: number;
  /** Entities of the scored kinds that no check applies to. */
  skipped: number;
  created: number;
  changed: number;
  unchanged: number;
  deleted: number;
  prunedHistory: number;
  durationMs: number;
}

/**
 * Scores the whole catalog with the plugin's own credentials, one page at a
 * time, and stores results that changed. A failure part-way leaves what was
 * stored before untouched: each page is one transaction, and deletions happen
 * only after the whole catalog was read.
 *
 * Catalog reads are retried with back-off, page by page (a page that hangs
 * counts as failed). An aborted signal (the scheduler's timeout, or its lock
 * lost) stops the run before the next page and before any deletion, so a run
 * that outlives its lock cannot overlap the next one.
 *
 * Listeners (events, notifications) hear after each stored page which
 * results were new or changed, with the result stored before, and at the end
 * which were removed: once per change, never once per run.
 */
export class ReadinessRecomputer {
  constructor(
    private readonly deps: {
      catalog: CatalogService;
      auth: AuthService;
      store: ScorecardStore;
      scorer: ReadinessScorer;
      logger: LoggerService;
      pageSize: number;
      historyRetentionDays: number;
      /** Retries of each catalog read. Default: 4 calls, 1 s, 2 s, 4 s apart. */
      retry?: RetryOptions;
      clock?: () => Date;
      /**
       * Told what changed after each stored page (events, notifications),
       * from what the store says it replaced.
       */
      listeners?: RecomputeListener[];
      /**
       * Days ahead the recompute looks for waivers and dated evidence that
       * stop holding (readiness.attention.expiringWithinDays). Default 30.
       */
      expiringWithinDays?: number;
    },
  ) {}

  async run(options?: { signal?: AbortSignal }): Promise<RecomputeSummary> {
    const { auth, store, logger, pageSize } = this.deps;
    const signal = options?.signal;
    const catalog = retryingCatalog(this.deps.catalog, {
      ...(this.deps.retry ?? DEFAULT_RETRY),
      signal,
      onRetry: (error, nextAttempt) =>
        logger.warn(
          `Readiness recompute: catalog read failed, attempt ${nextAttempt} follows: ${error}`,
        ),
    });
    const started = Date.now();
    const now = (this.deps.clock ?? (() => new Date()))();
    const credentials = await auth.getOwnServiceCredentials();
    const index = await CatalogIndex.load(catalog, credentials);

    const summary: RecomputeSummary = {
      scored: 0,
      skipped: 0,
      created: 0,
      changed: 0,
      unchanged: 0,
      deleted: 0,
      prunedHistory: 0,
      durationMs: 0,
    };
    const seen = new Set<string>();
    const storePage = async (records: EntityScoreRecord[]) => {
      const result = await store.upsertResults(records, now);
      summary.created += result.created;
      summary.changed += result.changed;
      summary.unchanged += result.unchanged;
      if (this.deps.listeners?.length) {
        await this.tellListeners({
          now,
          results: records,
          changes: changesOf(records, result),
        });
      }
    };
    // One page is stored while the next is read and scored: the database
    // and the catalog wait on each other no more. Pages are still stored in
    // order, one at a time.
    let storing: Promise<void> = Promise.resolve();
    try {
      await this.scorePages(catalog, credentials, pageSize, async page => {
        const records = page
          .map(entity => this.toRecord(entity, index, now))
          .filter(record => record.scorecard.inScope !== false);
        records.forEach(record => seen.add(record.entityRef));
        summary.scored += records.length;
        summary.skipped += page.length - records.length;
        await storing;
        storing = storePage(records);
        // Its failure is thrown by the await above or below, not reported
        // as unhandled while the next page is read.
        storing.catch(() => {});
      });
    } catch (error) {
      // A failed read must not return while a write is still under way.
      await storing.catch(() => {});
      throw error;
    }
    await storing;

    // Deleting what this run did not see is right only after a full read.
    signal?.throwIfAborted();
    const gone = (await store.listEntityRefs()).filter(ref => !seen.has(ref));
    const removed = gone.length > 0 ? await store.deleteEntities(gone) : [];
    summary.deleted = removed.length;
    await this.tellListeners({
      now,
      results: [],
      changes: removed.map(stored => ({
        entityRef: stored.entityRef,
        change: 'deleted' as const,
        owner: stored.owner,
        previous: stored.summary,
      })),
    });
    const cutoff = new Date(
      now.getTime() - this.deps.historyRetentionDays * 24 * 60 * 60 * 1000,
    );
    summary.prunedHistory = await store.pruneHistory(cutoff);
    if (this.deps.listeners?.some(l => l.onRunFinished)) {
      await this.tellRunFinished({ now, groups: index.groupHierarchy() });
    }
    summary.durationMs = Date.now() - started;
    logger.info(
      `Readiness recompute scored ${summary.scored} entities in ${summary.durationMs} ms: ` +
        `${summary.created} new, ${summary.changed} changed, ${summary.unchanged} unchanged, ` +
        `${summary.deleted} removed`,
    );
    return summary;
  }

  /** Streams the scored kinds page by page into `onPage`. */
  private async scorePages(
    catalog: CatalogService,
    credentials: BackstageCredentials,
    pageSize: number,
    onPage: (page: Entity[]) => Promise<void>,
  ): Promise<void> {
    for await (const page of catalog.streamEntities(
      { filter: { kind: SCORED_KINDS }, pageSize },
      { credentials },
    )) {
      // Entities no check applies to (per the rubric's appliesTo) are not
      // stored (filtered in onPage), so rollups count only what it scores.
      await onPage(page);
    }
  }

  private async tellListeners(batch: RecomputeBatch): Promise<void> {
    if (batch.changes.length === 0 && batch.results.length === 0) return;
    for (const listener of this.deps.listeners ?? []) {
      try {
        await listener.onBatch?.(batch);
      } catch (error) {
        this.deps.logger.warn(
          `Readiness recompute listener ${listener.name} failed: ${error}`,
        );
      }
    }
  }

  private async tellRunFinished(run: FinishedRecompute): Promise<void> {
    for (const listener of this.deps.listeners ?? []) {
      try {
        await listener.onRunFinished?.(run);
      } catch (error) {
        this.deps.logger.warn(
          `Readiness recompute listener ${listener.name} failed at the end of the run: ${error}`,
        );
      }
    }
  }

  private toRecord(
    entity: Entity,
    index: CatalogIndex,
    now: Date,
  ): EntityScoreRecord {
    const related = index.relatedOf(entity);
    const scorecard = this.deps.scorer.score(entity, related, now);
    const attention = this.deps.scorer.attentionFacts(
      entity,
      related,
      now,
      scorecard,
      this.deps.expiringWithinDays ?? DEFAULT_EXPIRING_WITHIN_DAYS,
    );
    const spec = entity.spec ?? {};
    const grouping = {
      kind: entity.kind,
      type: typeof spec.type === 'string' ? spec.type : undefined,
      lifecycle: typeof spec.lifecycle === 'string' ? spec.lifecycle : undefined,
      owner: ownerGroupRef(entity),
      tags: (entity.metadata.tags ?? []).filter(
        (t): t is string => typeof t === 'string',
      ),
      system: index.systemOf(entity),
      domain: index.domainOf(entity),
    };
    const title = entity.metadata.title;
    return {
      entityRef: stringifyEntityRef(entity),
      // Not in the fingerprint: a renamed entity has no new result.
      ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}),
      ...grouping,
      scorecard,
      attention,
      // Hashed so the column has a fixed width whatever the rubric's size;
      // 64 bits tell one entity's results apart well enough. The attention
      // facts hold absolute dates, so they change when the descriptor does
      // (or something enters the expiry window), not as days pass. What the
      // rollups group by is hashed too, so a new owner, system or lifecycle
      // alone rewrites the stored row.
      fingerprint: createHash('sha256')
        .update(scorecardFingerprint(scorecard))
        .update(JSON.stringify(attention))
        .update(JSON.stringify(grouping))
        .digest('hex')
        .slice(0, FINGERPRINT_LENGTH),
    };
  }
}

/** The page's new and changed results, in the page's order. */
function changesOf(
  records: EntityScoreRecord[],
  stored: Pick<UpsertSummary, 'createdRefs' | 'replaced'>,
): ScorecardChange[] {
  const created = new Set(stored.createdRefs);
  const changes: ScorecardChange[] = [];
  for (const record of records) {
    const base = {
      entityRef: record.entityRef,
      owner: record.owner,
      current: record.scorecard,
    };
    if (created.has(record.entityRef)) {
      changes.push({ ...base, change: 'created' });
    } else {
      const previous = stored.replaced.get(record.entityRef);
      if (previous) {
        changes.push({ ...base, change: 'changed', previous: previous.summary });
      }
    }
  }
  return changes;
}
