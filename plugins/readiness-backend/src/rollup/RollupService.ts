import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  compareRollupGroups,
  DEFAULT_ROLLUP_SORT,
  naturalRollupOrder,
  problemOfRollupSort,
} from '@readiness-scorecards/plugin-readiness-common';
import type {
  FilterValuesResponse,
  RollupGroupBy,
  RollupHistoryPoint,
  RollupHistoryResponse,
  RollupPageRequest,
  RollupResponse,
  RollupSortRequest,
  ScorecardFilters,
  StoredScorecardSummary,
} from '@readiness-scorecards/plugin-readiness-common';
import type { AttentionSettings } from '../attention/attentionConfig';
import { GroupHierarchy } from '../catalog/GroupHierarchy';
import { GroupHierarchyCache } from '../catalog/GroupHierarchyCache';
import {
  ALL_VISIBLE,
  VisibleEntities,
  VisibleSet,
} from '../catalog/VisibleEntities';
import { KeyedMemo } from '../lib/KeyedMemo';
import { CachedRollupRows, RollupRow, ScorecardStore } from '../store';
import { aggregateRollup, NO_TIER } from './aggregateRollup';
import { rollupHistory } from './rollupHistory';
import { OrderedRows, orderRows, pageOfRows } from './groupRows';
import { sortByReadiness, toSummary } from './listStoredResults';

/**
 * What the service rolls up: a grouping and any filter of stored results
 * (GET /rollup takes some of them, the get-rollup action all).
 */
export type StoredRollupQuery = ScorecardFilters & { groupBy: RollupGroupBy };

/**
 * The stored results a caller may read under a filter, and what they were
 * chosen by, for services that cache what they derive from them.
 */
export interface ReadableView {
  /** The rows (filtered on the first call). */
  rows(): RollupRow[];
  hierarchy: GroupHierarchy;
  /** The policy lets the caller read every entity: organisation-wide records are theirs too. */
  readsEverything: boolean;
  /** The stored rows' version. */
  version: string;
  /** Changes with the version, what the caller sees, the group hierarchy and the filter. */
  cacheKey: string;
}

/** GET /rollup before the router adds the recompute state. */
export type StoredRollup = Omit<RollupResponse, 'recompute'>;

/** Every group of a rollup, in key order, before it is sorted into rows. */
type AggregatedRollup = Omit<StoredRollup, 'rowCount'>;

/**
 * Readiness across the organisation, from the stored results of the last
 * recompute, restricted to the entities the caller may read in the catalog:
 * hidden entities count in no number, list or group.
 */
export class RollupService {
  private readonly visibility: VisibleEntities;
  private readonly rows: CachedRollupRows;
  private readonly hierarchies: GroupHierarchyCache;
  /**
   * Rollups by what the caller may see (everything, or one read of a
   * restricted caller's visible set), group hierarchy and query, while the
   * store version they were made from is current (see cacheKeyOf).
   */
  private readonly rollups = new KeyedMemo<string, AggregatedRollup>({
    name: 'rollups',
    maxEntries: 200,
  });
  /** A rollup's groups sorted into rows, keyed as the rollups plus the sort: pages are slices of it. */
  private readonly orderedRows = new KeyedMemo<string, OrderedRows>({
    name: 'sorted rollup rows',
    maxEntries: 200,
  });
  private readonly histories = new KeyedMemo<
    string,
    Promise<RollupHistoryResponse>
  >({ name: 'rollup histories', maxEntries: 20 });
  /** The list and CSV export's rows, least ready first, keyed as the rollups. */
  private readonly lists = new KeyedMemo<string, StoredScorecardSummary[]>({
    name: 'stored result lists',
    maxEntries: 50,
  });

  /** Views derived from the readable rows (attention lists, the summary), keyed as the rollups. */
  private readonly derived = new KeyedMemo<string, unknown>({
    name: 'derived views',
    maxEntries: 200,
  });

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      store: ScorecardStore;
      visibility: VisibleEntities;
      tiers: () => string[];
      stuckAfterDays: number;
      /** Fills the groups' attention counts (see aggregateRollup). */
      attention?: AttentionSettings;
      /** The stored results in memory, shared with the live scorecards. */
      rows: CachedRollupRows;
      clock?: () => Date;
    },
  ) {
    this.visibility = deps.visibility;
    this.rows = deps.rows;
    this.hierarchies = new GroupHierarchyCache(deps.catalog);
  }

  /**
   * Stored results that match the filter and that the caller may read. Every
   * endpoint that returns stored results goes through here.
   */
  async readableRows(
    filter: ScorecardFilters,
    credentials: BackstageCredentials,
  ): Promise<{
    rows: RollupRow[];
    hierarchy: GroupHierarchy;
  }> {
    const scope = await this.scopeOf(filter, credentials);
    return {
      rows: this.readable(scope, filter),
      hierarchy: scope.hierarchy,
    };
  }

  /**
   * A view computed from the rows the caller may read under `filter`, kept
   * for every caller with the same visible set, filter and `variant` until
   * the next recompute or the next UTC day (views that count days, such as
   * days overdue, move with the calendar).
   */
  async derivedView<T>(
    filter: ScorecardFilters,
    credentials: BackstageCredentials,
    variant: string,
    compute: (rows: RollupRow[], hierarchy: GroupHierarchy) => T,
  ): Promise<T> {
    const scope = await this.scopeOf(filter, credentials);
    const { key, version } = cacheKeyOf(scope, filter);
    const today = this.now().toISOString().slice(0, 10);
    return this.derived.getOrLoad(
      `${variant}|${key}`,
      () => compute(this.readable(scope, filter), scope.hierarchy),
      `${version}|${today}`,
    ) as T;
  }

  /** As readableRows, lazily, with the keys of what the rows were chosen by. */
  async readableView(
    filter: ScorecardFilters,
    credentials: BackstageCredentials,
  ): Promise<ReadableView> {
    const scope = await this.scopeOf(filter, credentials);
    const { key, version } = cacheKeyOf(scope, filter);
    let rows: RollupRow[] | undefined;
    return {
      rows: () => (rows ??= this.readable(scope, filter)),
      hierarchy: scope.hierarchy,
      readsEverything: scope.visible === ALL_VISIBLE,
      version,
      cacheKey: `${version}|${key}`,
    };
  }

  /** Every value of each filter among the stored results the caller may read, sorted. */
  async filterValues(
    credentials: BackstageCredentials,
  ): Promise<FilterValuesResponse> {
    const { rows, hierarchy } = await this.readableRows({}, credentials);
    const values = {
      kind: new Set<string>(),
      type: new Set<string>(),
      lifecycle: new Set<string>(),
      tag: new Set<string>(),
      owner: new Set<string>(),
      system: new Set<string>(),
      domain: new Set<string>(),
    };
    const add = (set: Set<string>, value: string | undefined) => {
      if (value) set.add(value);
    };
    for (const row of rows) {
      add(values.kind, row.kind);
      add(values.type, row.type);
      add(values.lifecycle, row.lifecycle);
      row.tags.forEach(tag => add(values.tag, tag));
      // The owner filter takes sub-teams: the groups above an owner are values too.
      if (row.owner) hierarchy.ownerKeysOf(row.owner).forEach(o => add(values.owner, o));
      add(values.system, row.system);
      add(values.domain, row.domain);
    }
    const sorted = (set: Set<string>) => [...set].sort();
    const ownerTitles = Object.fromEntries(
      [...values.owner].flatMap(ref => {
        const title = hierarchy.titleOf(ref);
        return title ? [[ref, title]] : [];
      }),
    );
    return {
      ownerTitles,
      kind: sorted(values.kind),
      type: sorted(values.type),
      lifecycle: sorted(values.lifecycle),
      tag: sorted(values.tag),
      owner: sorted(values.owner),
      system: sorted(values.system),
      domain: sorted(values.domain),
    };
  }

  /**
   * As readableRows, least ready first and summarised for the list and the
   * CSV export, with the key of this exact list: every request with the
   * same key gets it until the next recompute, so it is sorted once.
   */
  async sortedSummaries(
    filter: ScorecardFilters,
    credentials: BackstageCredentials,
  ): Promise<{ items: StoredScorecardSummary[]; cacheKey: string }> {
    const scope = await this.scopeOf(filter, credentials);
    const { key, version } = cacheKeyOf(scope, filter);
    const now = this.now();
    const attention = this.deps.attention && {
      settings: this.deps.attention,
      tiers: this.deps.tiers(),
      now,
    };
    // Days overdue and time in tier move with the calendar: a list lives
    // until the next recompute or the next day, whichever comes first.
    const versionToday = `${version}|${now.toISOString().slice(0, 10)}`;
    const items = this.lists.getOrLoad(
      key,
      () =>
        sortByReadiness(this.readable(scope, filter), this.deps.tiers()).map(
          row => toSummary(row, attention),
        ),
      versionToday,
    );
    return { items, cacheKey: `${versionToday}|${key}` };
  }

  private now(): Date {
    return (this.deps.clock ?? (() => new Date()))();
  }

  /** What the caller may see and the stored rows, before filtering. */
  private async scopeOf(
    filter: ScorecardFilters,
    credentials: BackstageCredentials,
  ): Promise<ReadableScope> {
    const [visible, hierarchy, { rows, version }] = await Promise.all([
      this.visibility.of(credentials),
      this.hierarchies.load(credentials),
      this.rows.listWithVersion({
        kind: filter.kind,
        type: filter.type,
        lifecycle: filter.lifecycle,
      }),
    ]);
    return { visible, hierarchy, rows, version };
  }

  private readable(
    { visible, hierarchy, rows }: ReadableScope,
    filter: ScorecardFilters,
  ): RollupRow[] {
    return rows.filter(
      row =>
        (visible === ALL_VISIBLE || visible.refs.has(row.entityRef)) &&
        matchesTags(row, filter.tag) &&
        matchesOwner(row, filter.owner, hierarchy) &&
        matchesRef(row.system, filter.system) &&
        matchesRef(row.domain, filter.domain) &&
        (!filter.tier?.length || filter.tier.includes(row.tier ?? NO_TIER)),
    );
  }

  /** The rollup per day; each point holds one page of groups (all by default). */
  async getRollupHistory(
    query: StoredRollupQuery & { days: number },
    credentials: BackstageCredentials,
    page?: RollupPageRequest,
  ): Promise<RollupHistoryResponse> {
    const scope = await this.scopeOf(query, credentials);
    // Replaying the history of 10,000 entities over 90 days is the costly
    // part: callers who see the same entities share it until the next recompute.
    const { key, version } = cacheKeyOf(scope, query);
    const history = await this.histories.getOrLoad(
      key,
      () => this.replayHistory(scope, query),
      version,
    );
    if (!page) return history;
    const keys = new Set(
      pageOfKeys(history.points, page.offset, page.limit),
    );
    return {
      ...history,
      points: history.points.map(point => ({
        ...point,
        groups: point.groups.filter(g => keys.has(g.key)),
      })),
    };
  }

  private async replayHistory(
    scope: ReadableScope,
    query: StoredRollupQuery & { days: number },
  ): Promise<RollupHistoryResponse> {
    const { hierarchy } = scope;
    const tiers = this.deps.tiers();
    const points = rollupHistory(
      this.readable(scope, query),
      await this.deps.store.listAllHistory(),
      {
        groupBy: query.groupBy,
        tiers,
        stuckAfterDays: this.deps.stuckAfterDays,
        now: this.now(),
        days: query.days,
        ownerChain: ref => hierarchy.ownerKeysOf(ref),
      },
    );
    return {
      groupBy: query.groupBy,
      tiers,
      groupCount: new Set(points.flatMap(p => p.groups.map(g => g.key))).size,
      points,
    };
  }

  /** The rollup with every group, or one page of rows, most urgent first unless `order` says otherwise. */
  async getRollup(
    query: StoredRollupQuery,
    credentials: BackstageCredentials,
    page?: RollupPageRequest,
    order?: RollupSortRequest,
  ): Promise<StoredRollup> {
    return (await this.getRollupWithKey(query, credentials, page, order))
      .rollup;
  }

  /**
   * As getRollup, with the key of this exact answer: every request with the
   * same key gets it until the next recompute (the store version, what the
   * caller may see, the group hierarchy, the query, the sort and the page),
   * so the router can serialise it once. Grouped by owner a row is a
   * top-level group with every group below it, so a page never splits a
   * department from its teams. Throws InputError for a sort by a tier the
   * rubric does not have.
   */
  async getRollupWithKey(
    query: StoredRollupQuery,
    credentials: BackstageCredentials,
    page?: RollupPageRequest,
    order?: RollupSortRequest,
  ): Promise<{ rollup: StoredRollup; cacheKey: string }> {
    const scope = await this.scopeOf(query, credentials);
    // Aggregating 10,000 rows per request is what the cache saves;
    // filtering them is skipped too.
    const { key, version } = cacheKeyOf(scope, query);
    const all = this.rollups.getOrLoad(
      key,
      () => this.aggregate(scope, query),
      version,
    );
    const sort = order?.sort ?? DEFAULT_ROLLUP_SORT;
    const direction = order?.order ?? naturalRollupOrder(sort);
    const problem = problemOfRollupSort(sort, all.tiers);
    if (problem) throw new InputError(problem);
    // Sorted once per rollup and sort; every page is a slice of it.
    const sortKey = `${key}|${sort}|${direction}`;
    const rows = this.orderedRows.getOrLoad(
      sortKey,
      () =>
        orderRows(
          all.groups,
          compareRollupGroups(sort, direction, all.tiers),
          query.groupBy === 'owner',
        ),
      version,
    );
    const cacheKey = `${version}|${sortKey}`;
    const rowCount = rows.rowStarts.length;
    if (!page) {
      return { rollup: { ...all, rowCount, groups: rows.groups }, cacheKey };
    }
    return {
      rollup: {
        ...all,
        rowCount,
        offset: page.offset,
        groups: pageOfRows(rows, page.offset, page.limit),
      },
      cacheKey: `${cacheKey}|${page.offset}|${page.limit}`,
    };
  }

  private aggregate(scope: ReadableScope, query: StoredRollupQuery): AggregatedRollup {
    const { hierarchy } = scope;
    const tiers = this.deps.tiers();
    const { groups, total } = aggregateRollup(this.readable(scope, query), {
      groupBy: query.groupBy,
      tiers,
      stuckAfterDays: this.deps.stuckAfterDays,
      now: this.now(),
      ownerChain: ref => hierarchy.ownerKeysOf(ref),
      titleOf: key => hierarchy.titleOf(key),
      attention: this.deps.attention,
    });
    return {
      groupBy: query.groupBy,
      tiers,
      stuckAfterDays: this.deps.stuckAfterDays,
      total,
      groupCount: groups.length,
      offset: 0,
      groups,
    };
  }
}

/**
 * How a result is cached: by what the caller may see (every entity, shared
 * by all such callers, or one read of a restricted caller's visible set,
 * never shared with anyone else), the group hierarchy and the query, valid
 * while the stored rows' version is current.
 */
function cacheKeyOf(
  scope: ReadableScope,
  query: object,
): { key: string; version: string } {
  const seen = scope.visible === ALL_VISIBLE ? ALL_VISIBLE : scope.visible.key;
  return {
    key: `${seen}|${scope.hierarchy.fingerprint()}|${JSON.stringify(query)}`,
    version: scope.version,
  };
}

interface ReadableScope {
  visible: VisibleSet | typeof ALL_VISIBLE;
  hierarchy: GroupHierarchy;
  rows: RollupRow[];
  /** The store version the rows were read at. */
  version: string;
}

/** Group keys over all points, in key order, one page of them. */
function pageOfKeys(points: RollupHistoryPoint[], offset: number, limit: number): string[] {
  const keys = new Set(points.flatMap(p => p.groups.map(g => g.key)));
  return [...keys].sort((a, b) => a.localeCompare(b)).slice(offset, offset + limit);
}

function matchesRef(value: string | undefined, wanted?: string[]): boolean {
  if (!wanted?.length) return true;
  if (!value) return false;
  const normalized = value.toLocaleLowerCase('en-US');
  return wanted.some(w => w.toLocaleLowerCase('en-US') === normalized);
}

function matchesTags(row: RollupRow, tags?: string[]): boolean {
  if (!tags?.length) return true;
  const wanted = tags.map(t => t.toLocaleLowerCase('en-US'));
  return row.tags.some(t => wanted.includes(t.toLocaleLowerCase('en-US')));
}

function matchesOwner(
  row: RollupRow,
  owners: string[] | undefined,
  hierarchy: GroupHierarchy,
): boolean {
  if (!owners?.length) return true;
  if (!row.owner) return false;
  return owners.some(owner => hierarchy.isWithin(row.owner!, owner));
}
