import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { CompiledRubric } from '@readiness-scorecards/plugin-readiness-common';
import { Knex } from 'knex';
import { ExpiringValue } from '../lib/ExpiringValue';
import { CheckLayouts } from './CheckLayouts';
import {
  categoryScoresOf,
  encodeStatuses,
  failingChecksOf,
  statusesInRubricOrder,
  summarizeStoredResult,
} from './compactResult';
import {
  EntityScoreRecord,
  HistoryPoint,
  RollupFilter,
  RollupRow,
  ScorecardStore,
  StoredEntityState,
  StoredEntitySummary,
  UpsertSummary,
} from './ScorecardStore';

const migrationsDir = resolvePackagePath(
  '@readiness-scorecards/plugin-readiness-backend',
  'migrations',
);

const STATE_TABLE = 'readiness_entity_state';
const HISTORY_TABLE = 'readiness_history';
/** Keeps each statement under SQLite's and PostgreSQL's bind-parameter limits. */
const CHUNK_SIZE = 200;

type Timestamp = Date | string | number;

/** A stored result in its compact form (state and history rows alike). */
type CompactColumns = {
  tier: string | null;
  score: number;
  blocker_count: number;
  /** One status character per check of the layout (see compactResult). */
  checks: string | null;
  /** readiness_check_layouts.id */
  layout: number | string | null;
};

type StateRow = CompactColumns & {
  entity_ref: string;
  kind: string;
  type: string | null;
  lifecycle: string | null;
  owner: string | null;
  operational_owner: string | null;
  system: string | null;
  domain: string | null;
  tags: string | null;
  fingerprint: string;
  tier_since: Timestamp;
  changed_at: Timestamp;
};

/** A history point: a superseded result, or the current one. */
type PointRow = CompactColumns & {
  entity_ref: string;
  recorded_at: Timestamp;
};

/** How late another replica's writes may show in getVersion(). */
const VERSION_TTL_MS = 1000;

/** Refs per query: SQLite allows 999 bound parameters. */
const SUMMARY_CHUNK = 500;

/**
 * Stores readiness results in the plugin's database (SQLite or PostgreSQL),
 * compactly: a status character per check instead of the scorecard, read
 * back with the rubric in force. History holds superseded results only; the
 * current one is the state row.
 */
export class DatabaseScorecardStore implements ScorecardStore {
  static async create(options: {
    database: DatabaseService;
    /** The rubric in force: readers rebuild scores, tiers and blockers with it. */
    rubric: () => CompiledRubric;
    skipMigrations?: boolean;
  }): Promise<DatabaseScorecardStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip && !options.skipMigrations) {
      try {
        await client.migrate.latest({ directory: migrationsDir });
      } catch (error) {
        // Replicas starting together race to create knex's own tables
        // ("knex_migrations already exists"); the loser finds them on a
        // second try, and a real failure fails again.
        await new Promise(resolve => setTimeout(resolve, 1000));
        await client.migrate.latest({ directory: migrationsDir });
      }
    }
    return new DatabaseScorecardStore(client, options.rubric);
  }

  /**
   * The version is an aggregate over every row, asked by every rollup
   * request; under load those queries queue on the pool. Another replica's
   * recompute shows within a second; this store's own writes at once.
   */
  private readonly version: ExpiringValue<string>;
  private readonly layouts: CheckLayouts;

  private constructor(
    private readonly db: Knex,
    private readonly rubric: () => CompiledRubric,
    versionTtlMs = VERSION_TTL_MS,
  ) {
    this.version = new ExpiringValue(() => this.readVersion(), versionTtlMs);
    this.layouts = new CheckLayouts(db);
  }

  async upsertResults(
    records: EntityScoreRecord[],
    now: Date,
  ): Promise<UpsertSummary> {
    const summary: UpsertSummary = { created: 0, changed: 0, unchanged: 0 };
    for (let i = 0; i < records.length; i += CHUNK_SIZE) {
      const chunk = records.slice(i, i + CHUNK_SIZE);
      // Outside the transaction (see CheckLayouts.idOf); one per rubric.
      const layouts: number[] = [];
      for (const record of chunk) {
        layouts.push(
          await this.layouts.idOf(record.scorecard.checks.map(c => c.checkId)),
        );
      }
      await this.db.transaction(async tx => {
        const existing: StateRow[] = await tx<StateRow>(STATE_TABLE)
          .whereIn(
            'entity_ref',
            chunk.map(r => r.entityRef),
          )
          .select(
            'entity_ref',
            'fingerprint',
            'tier',
            'score',
            'blocker_count',
            'checks',
            'layout',
            'tier_since',
            'changed_at',
          );
        const byRef = new Map(existing.map(row => [row.entity_ref, row]));

        const rows: Record<string, unknown>[] = [];
        const superseded: Record<string, unknown>[] = [];
        chunk.forEach((record, index) => {
          const previous = byRef.get(record.entityRef);
          if (previous && previous.fingerprint === record.fingerprint) {
            // Untouched: rewriting unchanged rows would cost every run a
            // full table of dead rows (PostgreSQL) for nothing.
            summary.unchanged += 1;
            return;
          }
          const tierSince =
            previous && previous.tier === record.scorecard.tier
              ? toDate(previous.tier_since)
              : now;
          rows.push(toStateRow(record, layouts[index], tierSince, now));
          if (!previous) {
            summary.created += 1;
            return;
          }
          summary.changed += 1;
          superseded.push({
            entity_ref: record.entityRef,
            recorded_at: toDate(previous.changed_at),
            tier: previous.tier,
            score: previous.score,
            blocker_count: previous.blocker_count,
            checks: previous.checks,
            layout: previous.layout,
          });
        });
        if (rows.length > 0) {
          // One statement for the chunk's new and changed rows.
          await tx(STATE_TABLE).insert(rows).onConflict('entity_ref').merge();
        }
        if (superseded.length > 0) {
          await tx(HISTORY_TABLE).insert(superseded);
        }
      });
    }
    if (summary.created + summary.changed > 0) this.version.clear();
    return summary;
  }

  async getEntityState(
    entityRef: string,
  ): Promise<StoredEntityState | undefined> {
    const row: StateRow | undefined = await this.db<StateRow>(STATE_TABLE)
      .where('entity_ref', entityRef)
      .first();
    if (!row) return undefined;
    const checkIdsOf = await this.layouts.resolver([row.layout]);
    return {
      entityRef: row.entity_ref,
      kind: row.kind,
      type: row.type ?? undefined,
      lifecycle: row.lifecycle ?? undefined,
      owner: row.owner ?? undefined,
      operationalOwner: row.operational_owner ?? undefined,
      system: row.system ?? undefined,
      domain: row.domain ?? undefined,
      tags: row.tags ? JSON.parse(row.tags) : [],
      ...summarizeStoredResult(this.rubric(), {
        tier: row.tier,
        score: Number(row.score),
        result: { layout: checkIdsOf(row.layout), codes: row.checks ?? '' },
      }),
      blockerCount: Number(row.blocker_count),
      fingerprint: row.fingerprint,
      tierSince: toDate(row.tier_since),
      changedAt: toDate(row.changed_at),
    };
  }

  async getEntitySummaries(
    entityRefs: string[],
  ): Promise<Map<string, StoredEntitySummary>> {
    const summaries = new Map<string, StoredEntitySummary>();
    for (let i = 0; i < entityRefs.length; i += SUMMARY_CHUNK) {
      const rows: StateRow[] = await this.db<StateRow>(STATE_TABLE)
        .whereIn('entity_ref', entityRefs.slice(i, i + SUMMARY_CHUNK))
        .select(
          'entity_ref',
          'owner',
          'operational_owner',
          'tier_since',
          'changed_at',
        );
      for (const row of rows) {
        summaries.set(row.entity_ref, {
          owner: row.owner ?? undefined,
          operationalOwner: row.operational_owner ?? undefined,
          tierSince: toDate(row.tier_since),
          computedAt: toDate(row.changed_at),
        });
      }
    }
    return summaries;
  }

  async getHistory(
    entityRef: string,
    options?: { since?: Date; limit?: number },
  ): Promise<HistoryPoint[]> {
    let query = this.points(entityRef, options?.since)
      .orderBy('recorded_at', 'asc')
      .orderBy('is_current', 'asc')
      .orderBy('id', 'asc');
    if (options?.limit) {
      query = query.limit(options.limit);
    }
    const rows: PointRow[] = await query;
    return this.toHistoryPoints(rows);
  }

  async listAllHistory(): Promise<Array<HistoryPoint & { entityRef: string }>> {
    const rows: PointRow[] = await this.points()
      .orderBy('entity_ref', 'asc')
      .orderBy('recorded_at', 'asc')
      .orderBy('is_current', 'asc')
      .orderBy('id', 'asc');
    const points = await this.toHistoryPoints(rows);
    return points.map((point, i) => ({
      entityRef: rows[i].entity_ref,
      ...point,
    }));
  }

  /**
   * Superseded results and current ones as history points, in one
   * statement, so a recompute in between cannot show a result twice or not
   * at all. At the same moment the superseded result comes first.
   */
  private points(entityRef?: string, since?: Date): Knex.QueryBuilder {
    const columns = [
      'entity_ref',
      'tier',
      'score',
      'blocker_count',
      'checks',
      'layout',
    ];
    let superseded = this.db(HISTORY_TABLE).select(
      ...columns,
      'recorded_at',
      this.db.raw('0 as is_current'),
      'id',
    );
    let current = this.db(STATE_TABLE).select(
      ...columns,
      { recorded_at: 'changed_at' },
      this.db.raw('1 as is_current'),
      this.db.raw('0 as id'),
    );
    if (entityRef !== undefined) {
      superseded = superseded.where('entity_ref', entityRef);
      current = current.where('entity_ref', entityRef);
    }
    if (since) {
      superseded = superseded.where('recorded_at', '>=', since);
      current = current.where('changed_at', '>=', since);
    }
    return this.db.select('*').from(superseded.unionAll(current).as('points'));
  }

  private async toHistoryPoints(rows: PointRow[]): Promise<HistoryPoint[]> {
    const checkIdsOf = await this.layouts.resolver(
      new Set(rows.map(row => row.layout)),
    );
    return rows.map(row => ({
      recordedAt: toDate(row.recorded_at),
      tier: row.tier,
      score: Number(row.score),
      blockerCount: Number(row.blocker_count),
      failingChecks: failingChecksOf({
        layout: checkIdsOf(row.layout),
        codes: row.checks ?? '',
      }),
    }));
  }

  async listRollupRows(filter: RollupFilter = {}): Promise<RollupRow[]> {
    let query = this.db<StateRow>(STATE_TABLE).select(
      'entity_ref',
      'kind',
      'type',
      'lifecycle',
      'owner',
      'system',
      'domain',
      'tags',
      'tier',
      'score',
      'blocker_count',
      'checks',
      'layout',
      'tier_since',
      'changed_at',
    );
    // Bound parameters only; values come from validated query strings.
    if (filter.kind?.length) query = query.whereIn('kind', filter.kind);
    if (filter.type?.length) query = query.whereIn('type', filter.type);
    if (filter.lifecycle?.length) {
      query = query.whereIn('lifecycle', filter.lifecycle);
    }
    const rows = await query;
    const checkIdsOf = await this.layouts.resolver(
      new Set(rows.map(row => row.layout)),
    );
    const compiled = this.rubric();
    return rows.map(row => {
      const result = {
        layout: checkIdsOf(row.layout),
        codes: row.checks ?? '',
      };
      return {
        entityRef: row.entity_ref,
        kind: row.kind,
        type: row.type ?? undefined,
        lifecycle: row.lifecycle ?? undefined,
        owner: row.owner ?? undefined,
        system: row.system ?? undefined,
        domain: row.domain ?? undefined,
        tags: row.tags ? JSON.parse(row.tags) : [],
        tier: row.tier,
        score: Number(row.score),
        blockerCount: Number(row.blocker_count),
        failingChecks: failingChecksOf(result),
        categoryScores: categoryScoresOf(
          compiled,
          statusesInRubricOrder(compiled, result),
        ),
        tierSince: toDate(row.tier_since),
        changedAt: toDate(row.changed_at),
      };
    });
  }

  getVersion(): Promise<string> {
    return this.version.get();
  }

  private async readVersion(): Promise<string> {
    const [row] = await this.db(STATE_TABLE)
      .max({ latest: 'changed_at' })
      .count({ count: '*' });
    const latest = row?.latest
      ? toDate(row.latest as Timestamp).toISOString()
      : '';
    return `${latest}|${row?.count ?? 0}`;
  }

  async listEntityRefs(): Promise<string[]> {
    const rows = await this.db<StateRow>(STATE_TABLE).select('entity_ref');
    return rows.map(row => row.entity_ref);
  }

  async deleteEntities(entityRefs: string[]): Promise<number> {
    let deleted = 0;
    for (let i = 0; i < entityRefs.length; i += CHUNK_SIZE) {
      const chunk = entityRefs.slice(i, i + CHUNK_SIZE);
      deleted += await this.db.transaction(async tx => {
        await tx(HISTORY_TABLE).whereIn('entity_ref', chunk).delete();
        const count: number = await tx(STATE_TABLE)
          .whereIn('entity_ref', chunk)
          .delete();
        return count;
      });
    }
    if (deleted > 0) this.version.clear();
    return deleted;
  }

  async pruneHistory(cutoff: Date): Promise<number> {
    return this.db(HISTORY_TABLE).where('recorded_at', '<', cutoff).delete();
  }
}

function toStateRow(
  record: EntityScoreRecord,
  layout: number,
  tierSince: Date,
  now: Date,
): StateRow {
  const { scorecard } = record;
  return {
    entity_ref: record.entityRef,
    kind: record.kind,
    type: record.type ?? null,
    lifecycle: record.lifecycle ?? null,
    owner: record.owner ?? null,
    operational_owner: record.operationalOwner ?? null,
    system: record.system ?? null,
    domain: record.domain ?? null,
    tags: record.tags?.length ? JSON.stringify(record.tags) : null,
    tier: scorecard.tier,
    score: scorecard.score,
    blocker_count: scorecard.blockers.length,
    fingerprint: record.fingerprint,
    checks: encodeStatuses(scorecard.checks.map(c => c.status)),
    layout,
    tier_since: tierSince,
    changed_at: now,
  };
}

/** SQLite returns timestamps as numbers or strings, PostgreSQL as Dates. */
function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}
