import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import { Knex } from 'knex';
import { ExpiringValue } from '../lib/ExpiringValue';
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

type StateRow = {
  entity_ref: string;
  kind: string;
  type: string | null;
  lifecycle: string | null;
  owner: string | null;
  operational_owner: string | null;
  related_refs: string | null;
  system: string | null;
  domain: string | null;
  tier: string | null;
  score: number;
  blocker_count: number;
  failing_checks: string;
  tags: string | null;
  category_scores: string | null;
  fingerprint: string;
  scorecard: string;
  tier_since: Date | string;
  changed_at: Date | string;
  computed_at: Date | string;
};

type HistoryRow = {
  recorded_at: Date | string;
  tier: string | null;
  score: number;
  blocker_count: number;
  failing_checks: string;
};

/** How late another replica's writes may show in getVersion(). */
const VERSION_TTL_MS = 1000;

/** Refs per query: SQLite allows 999 bound parameters. */
const SUMMARY_CHUNK = 500;

/** Stores readiness results in the plugin's database (SQLite or PostgreSQL). */
export class DatabaseScorecardStore implements ScorecardStore {
  static async create(options: {
    database: DatabaseService;
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
    return new DatabaseScorecardStore(client);
  }

  /**
   * The version is an aggregate over every row, asked by every rollup
   * request; under load those queries queue on the pool. Another replica's
   * recompute shows within a second; this store's own writes at once.
   */
  private readonly version: ExpiringValue<string>;

  private constructor(
    private readonly db: Knex,
    versionTtlMs = VERSION_TTL_MS,
  ) {
    this.version = new ExpiringValue(() => this.readVersion(), versionTtlMs);
  }

  async upsertResults(
    records: EntityScoreRecord[],
    now: Date,
  ): Promise<UpsertSummary> {
    const summary: UpsertSummary = { created: 0, changed: 0, unchanged: 0 };
    for (let i = 0; i < records.length; i += CHUNK_SIZE) {
      const chunk = records.slice(i, i + CHUNK_SIZE);
      await this.db.transaction(async tx => {
        const existing = await tx<StateRow>(STATE_TABLE)
          .whereIn(
            'entity_ref',
            chunk.map(r => r.entityRef),
          )
          .select('entity_ref', 'fingerprint', 'tier', 'tier_since');
        const byRef = new Map(existing.map(row => [row.entity_ref, row]));

        const rows: Record<string, unknown>[] = [];
        const history: Record<string, unknown>[] = [];
        for (const record of chunk) {
          const previous = byRef.get(record.entityRef);
          if (previous && previous.fingerprint === record.fingerprint) {
            // Untouched: rewriting unchanged rows would cost every run a
            // full table of dead rows (PostgreSQL) for nothing.
            summary.unchanged += 1;
            continue;
          }
          const tierSince =
            previous && previous.tier === record.scorecard.tier
              ? toDate(previous.tier_since)
              : now;
          rows.push(toStateRow(record, tierSince, now));
          if (previous) summary.changed += 1;
          else summary.created += 1;
          history.push({
            entity_ref: record.entityRef,
            recorded_at: now,
            tier: record.scorecard.tier,
            score: record.scorecard.score,
            blocker_count: record.scorecard.blockers.length,
            failing_checks: JSON.stringify(failingChecks(record.scorecard)),
          });
        }
        if (rows.length > 0) {
          // One statement for the chunk's new and changed rows.
          await tx(STATE_TABLE).insert(rows).onConflict('entity_ref').merge();
        }
        if (history.length > 0) {
          await tx(HISTORY_TABLE).insert(history);
        }
      });
    }
    if (summary.created + summary.changed > 0) this.version.clear();
    return summary;
  }

  async getEntityState(
    entityRef: string,
  ): Promise<StoredEntityState | undefined> {
    const row = await this.db<StateRow>(STATE_TABLE)
      .where('entity_ref', entityRef)
      .first();
    return row ? fromStateRow(row) : undefined;
  }

  async getEntitySummaries(
    entityRefs: string[],
  ): Promise<Map<string, StoredEntitySummary>> {
    const summaries = new Map<string, StoredEntitySummary>();
    for (let i = 0; i < entityRefs.length; i += SUMMARY_CHUNK) {
      const rows = await this.db<StateRow>(STATE_TABLE)
        .whereIn('entity_ref', entityRefs.slice(i, i + SUMMARY_CHUNK))
        .select('entity_ref', 'owner', 'operational_owner', 'related_refs', 'tier_since', 'computed_at');
      for (const row of rows) {
        summaries.set(row.entity_ref, {
          owner: row.owner ?? undefined,
          operationalOwner: row.operational_owner ?? undefined,
          relatedRefs: row.related_refs ? JSON.parse(row.related_refs) : [],
          tierSince: toDate(row.tier_since),
          computedAt: toDate(row.computed_at),
        });
      }
    }
    return summaries;
  }

  async getHistory(
    entityRef: string,
    options?: { since?: Date; limit?: number },
  ): Promise<HistoryPoint[]> {
    let query = this.db<HistoryRow>(HISTORY_TABLE)
      .where('entity_ref', entityRef)
      .select('recorded_at', 'tier', 'score', 'blocker_count', 'failing_checks')
      .orderBy('recorded_at', 'asc')
      .orderBy('id', 'asc');
    if (options?.since) {
      query = query.where('recorded_at', '>=', options.since);
    }
    if (options?.limit) {
      query = query.limit(options.limit);
    }
    const rows = await query;
    return rows.map(row => ({
      recordedAt: toDate(row.recorded_at),
      tier: row.tier,
      score: Number(row.score),
      blockerCount: Number(row.blocker_count),
      failingChecks: JSON.parse(row.failing_checks),
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
      'failing_checks',
      'category_scores',
      'tier_since',
    );
    // Bound parameters only; values come from validated query strings.
    if (filter.kind?.length) query = query.whereIn('kind', filter.kind);
    if (filter.type?.length) query = query.whereIn('type', filter.type);
    if (filter.lifecycle?.length) {
      query = query.whereIn('lifecycle', filter.lifecycle);
    }
    const rows = await query;
    return rows.map(row => ({
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
      failingChecks: JSON.parse(row.failing_checks),
      categoryScores: row.category_scores ? JSON.parse(row.category_scores) : {},
      tierSince: toDate(row.tier_since),
    }));
  }

  getVersion(): Promise<string> {
    return this.version.get();
  }

  private async readVersion(): Promise<string> {
    const [row] = await this.db(STATE_TABLE)
      .max({ latest: 'computed_at' })
      .count({ count: '*' });
    const latest = row?.latest ? toDate(row.latest as Date | string).toISOString() : '';
    return `${latest}|${row?.count ?? 0}`;
  }

  async listAllHistory(): Promise<Array<HistoryPoint & { entityRef: string }>> {
    const rows = await this.db<HistoryRow & { entity_ref: string }>(HISTORY_TABLE)
      .select('entity_ref', 'recorded_at', 'tier', 'score', 'blocker_count', 'failing_checks')
      .orderBy('entity_ref', 'asc')
      .orderBy('recorded_at', 'asc')
      .orderBy('id', 'asc');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      recordedAt: toDate(row.recorded_at),
      tier: row.tier,
      score: Number(row.score),
      blockerCount: Number(row.blocker_count),
      failingChecks: JSON.parse(row.failing_checks),
    }));
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

function failingChecks(scorecard: Scorecard): string[] {
  return scorecard.checks
    .filter(c => c.status === 'fail' || c.status === 'invalid')
    .map(c => c.checkId);
}

function toStateRow(
  record: EntityScoreRecord,
  tierSince: Date,
  now: Date,
): StateRow {
  return {
    entity_ref: record.entityRef,
    kind: record.kind,
    type: record.type ?? null,
    lifecycle: record.lifecycle ?? null,
    owner: record.owner ?? null,
    operational_owner: record.operationalOwner ?? null,
    related_refs: record.relatedRefs ? JSON.stringify(record.relatedRefs) : null,
    system: record.system ?? null,
    domain: record.domain ?? null,
    tier: record.scorecard.tier,
    score: record.scorecard.score,
    blocker_count: record.scorecard.blockers.length,
    failing_checks: JSON.stringify(failingChecks(record.scorecard)),
    tags: JSON.stringify(record.tags ?? []),
    category_scores: JSON.stringify(
      Object.fromEntries(
        record.scorecard.categories.map(c => [c.category, c.score]),
      ),
    ),
    fingerprint: record.fingerprint,
    scorecard: JSON.stringify(record.scorecard),
    tier_since: tierSince,
    changed_at: now,
    computed_at: now,
  };
}

function fromStateRow(row: StateRow): StoredEntityState {
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    type: row.type ?? undefined,
    lifecycle: row.lifecycle ?? undefined,
    owner: row.owner ?? undefined,
    system: row.system ?? undefined,
    domain: row.domain ?? undefined,
    tier: row.tier,
    score: Number(row.score),
    blockerCount: Number(row.blocker_count),
    failingChecks: JSON.parse(row.failing_checks),
    fingerprint: row.fingerprint,
    scorecard: JSON.parse(row.scorecard),
    tierSince: toDate(row.tier_since),
    changedAt: toDate(row.changed_at),
    computedAt: toDate(row.computed_at),
  };
}

/** SQLite returns timestamps as numbers or strings, PostgreSQL as Dates. */
function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}
