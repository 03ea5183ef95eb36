import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import type {
  AttentionFacts,
  CompiledRubric,
} from '@readiness-scorecards/plugin-readiness-common';
import { Knex } from 'knex';
import { KeyedMemo } from '../lib/KeyedMemo';
import { CheckLayouts } from './CheckLayouts';
import {
  categoryScoresOf,
  encodeStatuses,
  failingChecksOf,
  statusesInRubricOrder,
  summarizeStoredResult,
} from './compactResult';
import {
  appendHistory,
  decodeHistory,
  HistoryEntry,
  MalformedHistoryError,
  pruneHistoryValue,
} from './historyColumn';
import { decodeAttention, encodeAttention } from './attentionColumn';
import {
  EntityScoreRecord,
  HistoryPoint,
  PreviousResult,
  RollupFilter,
  RollupRow,
  ScorecardStore,
  StoredEntityState,
  UpsertSummary,
} from './ScorecardStore';

const migrationsDir = resolvePackagePath(
  '@readiness-scorecards/plugin-readiness-backend',
  'migrations',
);

const STATE_TABLE = 'readiness_entity_state';
/** Keeps each statement under SQLite's and PostgreSQL's bind-parameter limits. */
const CHUNK_SIZE = 200;
/** Rows with a history read at a time by pruneHistory. */
const PRUNE_PAGE = 500;

type Timestamp = Date | string | number;

/** A stored result in its compact form. */
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
  /** metadata.title; see migration 20270110000000_entity_title.js. */
  title: string | null;
  kind: string;
  type: string | null;
  lifecycle: string | null;
  owner: string | null;
  system: string | null;
  domain: string | null;
  tags: string | null;
  fingerprint: string;
  tier_since: Timestamp;
  /** See migration 20261230000000_attention.js (SQLite gives 0/1). */
  tier_first_record: boolean | number;
  /** AttentionFacts as JSON; NULL until scored with them. */
  attention: string | null;
  changed_at: Timestamp;
  /** The superseded results (see historyColumn); NULL when none. */
  history: string | null;
};

/** What a replaced or removed result is told from. */
type PreviousRow = CompactColumns & Pick<StateRow, 'entity_ref' | 'owner'>;

/** What history readers need of a state row. */
type HistoryRow = CompactColumns &
  Pick<StateRow, 'entity_ref' | 'changed_at' | 'history'>;

/** A stored result with what rollups group and filter on; no fingerprint, no history. */
const RESULT_COLUMNS = [
  'entity_ref',
  'title',
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
  'tier_first_record',
  'attention',
  'changed_at',
];

const HISTORY_COLUMNS = [
  'entity_ref',
  'tier',
  'score',
  'blocker_count',
  'checks',
  'layout',
  'changed_at',
  'history',
];

/** A history point before its failing checks are read from its layout. */
type CompactPoint = Omit<HistoryEntry, 'recordedAt'> & {
  recordedAt: Date;
  /** The state row's result (sorts after a superseded one of the same time). */
  current: boolean;
};

/** How late another replica's writes may show in getVersion(). */
const VERSION_TTL_MS = 1000;

/**
 * Stores readiness results in the plugin's database (SQLite or PostgreSQL),
 * compactly: a status character per check instead of the scorecard, read
 * back with the rubric in force. An entity's superseded results are kept in
 * its own state row (the `history` column); the current one is the row.
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
  private readonly version: KeyedMemo<'version', Promise<string>>;
  private readonly layouts: CheckLayouts;

  private constructor(
    private readonly db: Knex,
    private readonly rubric: () => CompiledRubric,
    versionTtlMs = VERSION_TTL_MS,
  ) {
    this.version = new KeyedMemo({
      name: 'store version',
      maxEntries: 1,
      ttlMs: versionTtlMs,
    });
    this.layouts = new CheckLayouts(db);
  }

  async upsertResults(
    records: EntityScoreRecord[],
    now: Date,
  ): Promise<UpsertSummary> {
    const summary: UpsertSummary = {
      created: 0,
      changed: 0,
      unchanged: 0,
      createdRefs: [],
      replaced: new Map(),
    };
    const replacedRows: PreviousRow[] = [];
    let titlesChanged = false;
    for (let i = 0; i < records.length; i += CHUNK_SIZE) {
      const chunk = records.slice(i, i + CHUNK_SIZE);
      // Outside the transaction (see CheckLayouts.idOf); one per rubric.
      const layouts: number[] = [];
      for (const record of chunk) {
        layouts.push(
          await this.layouts.idOf(record.scorecard.checks.map(c => c.checkId)),
        );
      }
      const retitledCount = await this.db.transaction(async tx => {
        const existing: StateRow[] = await tx<StateRow>(STATE_TABLE)
          .whereIn(
            'entity_ref',
            chunk.map(r => r.entityRef),
          )
          .select(
            'entity_ref',
            'title',
            'owner',
            'fingerprint',
            'tier',
            'score',
            'blocker_count',
            'checks',
            'layout',
            'tier_since',
            'tier_first_record',
            'changed_at',
            'history',
          );
        const byRef = new Map(existing.map(row => [row.entity_ref, row]));

        const rows: StateRow[] = [];
        const retitled: Array<{ entityRef: string; title: string | null }> = [];
        chunk.forEach((record, index) => {
          const previous = byRef.get(record.entityRef);
          if (previous && previous.fingerprint === record.fingerprint) {
            // Untouched: rewriting unchanged rows would cost every run a
            // full table of dead rows (PostgreSQL) for nothing. A new
            // title alone is written by itself (it is no new result).
            summary.unchanged += 1;
            const title = record.title ?? null;
            if ((previous.title ?? null) !== title) {
              retitled.push({ entityRef: record.entityRef, title });
            }
            return;
          }
          const sameTier =
            previous !== undefined && previous.tier === record.scorecard.tier;
          const tierSince = sameTier ? toDate(previous.tier_since) : now;
          // The tier of a first result was reached at some unknown time
          // before it; it stays "at least since" until the tier changes.
          const tierFirstRecord = previous
            ? sameTier && Boolean(previous.tier_first_record)
            : true;
          // A changed result goes to the end of the row's history.
          const history = previous
            ? appendHistory(record.entityRef, previous.history, {
                recordedAt: toDate(previous.changed_at).getTime(),
                tier: previous.tier,
                score: Number(previous.score),
                blockerCount: Number(previous.blocker_count),
                layout:
                  previous.layout === null ? null : Number(previous.layout),
                checks: previous.checks,
              })
            : null;
          rows.push(
            toStateRow(record, layouts[index], { tierSince, tierFirstRecord }, now, history),
          );
          if (previous) {
            summary.changed += 1;
            replacedRows.push(previous);
          } else {
            summary.created += 1;
            summary.createdRefs.push(record.entityRef);
          }
        });
        if (rows.length > 0) {
          // One statement for the chunk's new and changed rows, history and all.
          await tx(STATE_TABLE).insert(rows).onConflict('entity_ref').merge();
        }
        // Rare after the first run with titles; title_changed_at moves the version.
        for (const { entityRef, title } of retitled) {
          await tx(STATE_TABLE)
            .where('entity_ref', entityRef)
            .update({ title, title_changed_at: now });
        }
        return retitled.length;
      });
      titlesChanged ||= retitledCount > 0;
    }
    if (summary.created + summary.changed > 0 || titlesChanged) {
      this.version.clear();
    }
    // Outside the transactions: reading layouts may need a connection.
    for (const previous of await this.previousResults(replacedRows)) {
      summary.replaced.set(previous.entityRef, previous);
    }
    return summary;
  }

  /** Stored rows as results without their messages, under the rubric in force. */
  private async previousResults(rows: PreviousRow[]): Promise<PreviousResult[]> {
    if (rows.length === 0) return [];
    const checkIdsOf = await this.layouts.resolver(
      new Set(rows.map(row => row.layout)),
    );
    const compiled = this.rubric();
    return rows.map(row => {
      const { checks: _checks, ...summary } = summarizeStoredResult(compiled, {
        tier: row.tier,
        score: Number(row.score),
        result: { layout: checkIdsOf(row.layout), codes: row.checks ?? '' },
      });
      return {
        entityRef: row.entity_ref,
        owner: row.owner ?? undefined,
        summary,
      };
    });
  }

  async getEntityState(
    entityRef: string,
  ): Promise<StoredEntityState | undefined> {
    // Not the history: this read is for the current result.
    const row: Omit<StateRow, 'history'> | undefined = await this.db<StateRow>(
      STATE_TABLE,
    )
      .where('entity_ref', entityRef)
      .first(...RESULT_COLUMNS, 'fingerprint');
    if (!row) return undefined;
    const checkIdsOf = await this.layouts.resolver([row.layout]);
    return {
      entityRef: row.entity_ref,
      kind: row.kind,
      type: row.type ?? undefined,
      lifecycle: row.lifecycle ?? undefined,
      owner: row.owner ?? undefined,
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

  async getHistory(
    entityRef: string,
    options?: { since?: Date; limit?: number },
  ): Promise<HistoryPoint[]> {
    const row: HistoryRow | undefined = await this.db<StateRow>(STATE_TABLE)
      .where('entity_ref', entityRef)
      .first(...HISTORY_COLUMNS);
    if (!row) return [];
    // Unreadable history fails this entity's read, naming it.
    let points = pointsOf(row, decodeHistory(entityRef, row.history));
    if (options?.since) {
      const since = options.since.getTime();
      points = points.filter(p => p.recordedAt.getTime() >= since);
    }
    if (options?.limit) points = points.slice(0, options.limit);
    return this.toHistoryPoints(points);
  }

  async listAllHistory(): Promise<Array<HistoryPoint & { entityRef: string }>> {
    const rows: HistoryRow[] = await this.db<StateRow>(STATE_TABLE)
      .select(...HISTORY_COLUMNS)
      .orderBy('entity_ref', 'asc');
    const refs: string[] = [];
    const points: CompactPoint[] = [];
    for (const row of rows) {
      let superseded: HistoryEntry[];
      try {
        superseded = decodeHistory(row.entity_ref, row.history);
      } catch (error) {
        // One unreadable row must not take every rollup over time down:
        // the entity counts from its current result (getHistory names it).
        if (!(error instanceof MalformedHistoryError)) throw error;
        superseded = [];
      }
      for (const point of pointsOf(row, superseded)) {
        refs.push(row.entity_ref);
        points.push(point);
      }
    }
    const history = await this.toHistoryPoints(points);
    return history.map((point, i) => ({ entityRef: refs[i], ...point }));
  }

  private async toHistoryPoints(
    points: CompactPoint[],
  ): Promise<HistoryPoint[]> {
    const checkIdsOf = await this.layouts.resolver(
      new Set(points.map(point => point.layout)),
    );
    return points.map(point => ({
      recordedAt: point.recordedAt,
      tier: point.tier,
      score: point.score,
      blockerCount: point.blockerCount,
      failingChecks: failingChecksOf({
        layout: checkIdsOf(point.layout),
        codes: point.checks ?? '',
      }),
    }));
  }

  async listRollupRows(filter: RollupFilter = {}): Promise<RollupRow[]> {
    let query = this.db<StateRow>(STATE_TABLE).select(...RESULT_COLUMNS);
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
        ...(row.title ? { title: row.title } : {}),
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
        tierFirstRecord: Boolean(row.tier_first_record),
        ...attentionOf(row),
        changedAt: toDate(row.changed_at),
      };
    });
  }

  getVersion(): Promise<string> {
    return this.version.getOrLoad('version', () => this.readVersion());
  }

  private async readVersion(): Promise<string> {
    const [row] = await this.db(STATE_TABLE)
      .max({ latest: 'changed_at', retitled: 'title_changed_at' })
      .count({ count: '*' });
    const iso = (value: unknown) =>
      value ? toDate(value as Timestamp).toISOString() : '';
    const retitled = iso(row?.retitled);
    return `${iso(row?.latest)}|${row?.count ?? 0}${retitled ? `|${retitled}` : ''}`;
  }

  async listEntityRefs(): Promise<string[]> {
    const rows = await this.db<StateRow>(STATE_TABLE).select('entity_ref');
    return rows.map(row => row.entity_ref);
  }

  async deleteEntities(entityRefs: string[]): Promise<PreviousResult[]> {
    const removed: PreviousRow[] = [];
    for (let i = 0; i < entityRefs.length; i += CHUNK_SIZE) {
      const chunk = entityRefs.slice(i, i + CHUNK_SIZE);
      await this.db.transaction(async tx => {
        const rows: PreviousRow[] = await tx(STATE_TABLE)
          .whereIn('entity_ref', chunk)
          .select('entity_ref', 'owner', 'tier', 'score', 'blocker_count', 'checks', 'layout');
        // The history goes with its row.
        await tx(STATE_TABLE).whereIn('entity_ref', chunk).delete();
        removed.push(...rows);
      });
    }
    if (removed.length > 0) this.version.clear();
    return this.previousResults(removed);
  }

  /**
   * Rewrites only the rows that lose entries, and only their history:
   * changed_at stays, so the store version does too. A row whose history
   * changed since it was read (a recompute appended to it) is left for the
   * next prune rather than written over.
   */
  async pruneHistory(cutoff: Date): Promise<number> {
    let removed = 0;
    let after: string | undefined;
    for (;;) {
      let query = this.db<StateRow>(STATE_TABLE)
        .whereNotNull('history')
        .orderBy('entity_ref', 'asc')
        .limit(PRUNE_PAGE)
        .select('entity_ref', 'history');
      if (after !== undefined) query = query.where('entity_ref', '>', after);
      const rows: Array<Pick<StateRow, 'entity_ref' | 'history'>> = await query;
      if (rows.length === 0) return removed;
      after = rows[rows.length - 1].entity_ref;

      const rewrites: Array<{
        row: (typeof rows)[number];
        history: string | null;
        removed: number;
      }> = [];
      for (const row of rows) {
        let pruned: ReturnType<typeof pruneHistoryValue>;
        try {
          pruned = pruneHistoryValue(row.entity_ref, row.history, cutoff);
        } catch (error) {
          // Unreadable: left as it is (getHistory names the entity).
          if (!(error instanceof MalformedHistoryError)) throw error;
          continue;
        }
        if (pruned.history !== undefined) {
          rewrites.push({
            row,
            history: pruned.history,
            removed: pruned.removed,
          });
        }
      }
      if (rewrites.length > 0) {
        removed += await this.db.transaction(async tx => {
          let count = 0;
          for (const rewrite of rewrites) {
            const written: number = await tx(STATE_TABLE)
              .where('entity_ref', rewrite.row.entity_ref)
              .where('history', rewrite.row.history)
              .update({ history: rewrite.history });
            if (written > 0) count += rewrite.removed;
          }
          return count;
        });
      }
    }
  }
}

/**
 * An entity's points, oldest first: its superseded results, then its current
 * one; of the same time, superseded first, each in the order it was kept.
 */
function pointsOf(row: HistoryRow, superseded: HistoryEntry[]): CompactPoint[] {
  const points: CompactPoint[] = superseded.map(entry => ({
    ...entry,
    recordedAt: new Date(entry.recordedAt),
    current: false,
  }));
  points.push({
    recordedAt: toDate(row.changed_at),
    tier: row.tier,
    score: Number(row.score),
    blockerCount: Number(row.blocker_count),
    layout: row.layout === null ? null : Number(row.layout),
    checks: row.checks,
    current: true,
  });
  // Stable: entries of one time keep their order.
  return points.sort(
    (a, b) =>
      a.recordedAt.getTime() - b.recordedAt.getTime() ||
      Number(a.current) - Number(b.current),
  );
}

function toStateRow(
  record: EntityScoreRecord,
  layout: number,
  { tierSince, tierFirstRecord }: { tierSince: Date; tierFirstRecord: boolean },
  now: Date,
  history: string | null,
): StateRow {
  const { scorecard } = record;
  return {
    entity_ref: record.entityRef,
    title: record.title ?? null,
    kind: record.kind,
    type: record.type ?? null,
    lifecycle: record.lifecycle ?? null,
    owner: record.owner ?? null,
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
    tier_first_record: tierFirstRecord,
    attention: record.attention ? encodeAttention(record.attention) : null,
    changed_at: now,
    history,
  };
}

/** SQLite returns timestamps as numbers or strings, PostgreSQL as Dates. */
function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

/** The stored attention facts, when there are readable ones (see attentionColumn). */
function attentionOf(row: Pick<StateRow, 'attention'>): { attention?: AttentionFacts } {
  const attention = decodeAttention(row.attention);
  return attention ? { attention } : {};
}
