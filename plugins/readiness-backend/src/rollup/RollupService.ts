import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { AttentionSettings } from '../attention/attentionConfig';
import { GroupHierarchy } from '../catalog/GroupHierarchy';
import { GroupHierarchyCache } from '../catalog/GroupHierarchyCache';
import { ALL_VISIBLE, VisibleEntities } from '../catalog/VisibleEntities';
import { KeyedMemo } from '../lib/KeyedMemo';
import { CachedRollupRows, RollupRow, ScorecardStore } from '../store';
import {
  aggregateRollup,
  NO_TIER,
  RollupGroup,
  RollupGroupBy,
} from './aggregateRollup';
import { rollupHistory, RollupHistoryPoint } from './rollupHistory';

/** Filters on stored results; each list matches any of its values. */
export interface StoredResultFilter {
  kind?: string[];
  type?: string[];
  lifecycle?: string[];
  tag?: string[];
  /** Owner groups; an entity counts when its owner is one of them or below one. */
  owner?: string[];
  system?: string[];
  domain?: string[];
  /** Tier ids, or NO_TIER. */
  tier?: string[];
}

export interface RollupQuery extends StoredResultFilter {
  groupBy: RollupGroupBy;
}

export interface RollupResponse {
  groupBy: RollupGroupBy;
  tiers: string[];
  stuckAfterDays: number;
  total: RollupGroup;
  /** Groups in all; `groups` may be one page of them. */
  groupCount: number;
  offset: number;
  groups: RollupGroup[];
}

/** A page of groups, in key order. */
export interface RollupPage {
  offset: number;
  limit: number;
}

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
   * What callers who may read everything share, by group hierarchy and
   * query, while the store version it was made from is current (see
   * sharedKeyOf). Callers the policy restricts get theirs made per request.
   */
  private readonly sharedRollups = new KeyedMemo<string, RollupResponse>({
    name: 'shared rollups',
    maxEntries: 100,
  });
  private readonly sharedHistories = new KeyedMemo<
    string,
    Promise<RollupHistoryResponse>
  >({ name: 'shared rollup histories', maxEntries: 20 });

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
    filter: StoredResultFilter,
    credentials: BackstageCredentials,
  ): Promise<{
    rows: RollupRow[];
    hierarchy: GroupHierarchy;
    /** Set when the caller may read every entity: the result is the same for all such callers. */
    sharedVersion?: string;
  }> {
    const scope = await this.scopeOf(filter, credentials);
    return {
      rows: this.readable(scope, filter),
      hierarchy: scope.hierarchy,
      sharedVersion: scope.sharedVersion,
    };
  }

  /** What the caller may see and the stored rows, before filtering. */
  private async scopeOf(
    filter: StoredResultFilter,
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
    return {
      visible,
      hierarchy,
      rows,
      sharedVersion: visible === ALL_VISIBLE ? version : undefined,
    };
  }

  private readable(
    { visible, hierarchy, rows }: ReadableScope,
    filter: StoredResultFilter,
  ): RollupRow[] {
    return rows.filter(
      row =>
        (visible === ALL_VISIBLE || visible.has(row.entityRef)) &&
        matchesTags(row, filter.tag) &&
        matchesOwner(row, filter.owner, hierarchy) &&
        matchesRef(row.system, filter.system) &&
        matchesRef(row.domain, filter.domain) &&
        (!filter.tier?.length || filter.tier.includes(row.tier ?? NO_TIER)),
    );
  }

  /** The rollup per day; each point holds one page of groups (all by default). */
  async getRollupHistory(
    query: RollupQuery & { days: number },
    credentials: BackstageCredentials,
    page?: { offset: number; limit: number },
  ): Promise<RollupHistoryResponse> {
    const scope = await this.scopeOf(query, credentials);
    // Replaying the history of 10,000 entities over 90 days is the costly
    // part: callers who may read everything share it until the next recompute.
    const replay = () => this.replayHistory(scope, query);
    const shared = sharedKeyOf(scope, query);
    const history = await (shared
      ? this.sharedHistories.getOrLoad(shared.key, replay, shared.version)
      : replay());
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
    query: RollupQuery & { days: number },
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
        now: (this.deps.clock ?? (() => new Date()))(),
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

  /** The rollup with every group, or one page of groups. */
  async getRollup(
    query: RollupQuery,
    credentials: BackstageCredentials,
    page?: RollupPage,
  ): Promise<RollupResponse> {
    return (await this.getRollupWithKey(query, credentials, page)).rollup;
  }

  /**
   * As getRollup, with a key when every caller who may read everything gets
   * this same answer until the next recompute (the store version, the group
   * hierarchy, the query and the page), so the router can serialise it once.
   */
  async getRollupWithKey(
    query: RollupQuery,
    credentials: BackstageCredentials,
    page?: RollupPage,
  ): Promise<{ rollup: RollupResponse; sharedKey?: string }> {
    const scope = await this.scopeOf(query, credentials);
    // Aggregating 10,000 rows per request is what the shared cache saves;
    // filtering them is skipped too.
    const shared = sharedKeyOf(scope, query);
    const all = shared
      ? this.sharedRollups.getOrLoad(
          shared.key,
          () => this.aggregate(scope, query),
          shared.version,
        )
      : this.aggregate(scope, query);
    const sharedKey = shared && `${shared.version}|${shared.key}`;
    if (!page) return { rollup: all, sharedKey };
    return {
      rollup: {
        ...all,
        offset: page.offset,
        groups: all.groups.slice(page.offset, page.offset + page.limit),
      },
      sharedKey: sharedKey && `${sharedKey}|${page.offset}|${page.limit}`,
    };
  }

  private aggregate(scope: ReadableScope, query: RollupQuery): RollupResponse {
    const { hierarchy } = scope;
    const tiers = this.deps.tiers();
    const { groups, total } = aggregateRollup(this.readable(scope, query), {
      groupBy: query.groupBy,
      tiers,
      stuckAfterDays: this.deps.stuckAfterDays,
      now: (this.deps.clock ?? (() => new Date()))(),
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
 * How a result every caller who may read everything shares is cached: by
 * the group hierarchy and the query, valid while the stored rows' version
 * is current. None for callers the policy restricts.
 */
function sharedKeyOf(
  scope: ReadableScope,
  query: object,
): { key: string; version: string } | undefined {
  return scope.sharedVersion
    ? {
        key: `${scope.hierarchy.fingerprint()}|${JSON.stringify(query)}`,
        version: scope.sharedVersion,
      }
    : undefined;
}

interface ReadableScope {
  visible: Set<string> | typeof ALL_VISIBLE;
  hierarchy: GroupHierarchy;
  rows: RollupRow[];
  sharedVersion?: string;
}

export interface RollupHistoryResponse {
  groupBy: RollupGroupBy;
  tiers: string[];
  groupCount: number;
  points: RollupHistoryPoint[];
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
