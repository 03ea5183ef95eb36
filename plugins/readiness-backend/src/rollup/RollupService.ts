import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { GroupHierarchy } from '../catalog/GroupHierarchy';
import { ALL_VISIBLE, VisibleEntities } from '../catalog/VisibleEntities';
import { RollupRow, ScorecardStore } from '../store';
import {
  aggregateRollup,
  RollupGroup,
  RollupGroupBy,
} from './aggregateRollup';

export interface RollupQuery {
  groupBy: RollupGroupBy;
  kind?: string[];
  type?: string[];
  lifecycle?: string[];
  tag?: string[];
  /** Owner groups; an entity counts when its owner is one of them or below one. */
  owner?: string[];
}

export interface RollupResponse {
  groupBy: RollupGroupBy;
  tiers: string[];
  stuckAfterDays: number;
  total: RollupGroup;
  groups: RollupGroup[];
}

/**
 * Readiness across the organisation, from the stored results of the last
 * recompute, restricted to the entities the caller may read in the catalog:
 * hidden entities count in no number, list or group.
 */
export class RollupService {
  private readonly visibility: VisibleEntities;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      store: ScorecardStore;
      visibility: VisibleEntities;
      tiers: () => string[];
      stuckAfterDays: number;
      clock?: () => Date;
    },
  ) {
    this.visibility = deps.visibility;
  }

  async getRollup(
    query: RollupQuery,
    credentials: BackstageCredentials,
  ): Promise<RollupResponse> {
    const [visible, hierarchy, rows] = await Promise.all([
      this.visibility.of(credentials),
      GroupHierarchy.load(this.deps.catalog, credentials),
      this.deps.store.listRollupRows({
        kind: query.kind,
        type: query.type,
        lifecycle: query.lifecycle,
      }),
    ]);
    const readable = rows.filter(
      row =>
        (visible === ALL_VISIBLE || visible.has(row.entityRef)) &&
        matchesTags(row, query.tag) &&
        matchesOwner(row, query.owner, hierarchy),
    );
    const tiers = this.deps.tiers();
    const { groups, total } = aggregateRollup(readable, {
      groupBy: query.groupBy,
      tiers,
      stuckAfterDays: this.deps.stuckAfterDays,
      now: (this.deps.clock ?? (() => new Date()))(),
      ownerChain: ref => {
        const chain = hierarchy.chainOf(ref);
        // An owner the caller cannot see as a group is still a key: its
        // entities are readable, and the ref is written on each of them.
        return chain.length ? chain : [ref.toLocaleLowerCase('en-US')];
      },
      titleOf: key => hierarchy.titleOf(key),
    });
    return {
      groupBy: query.groupBy,
      tiers,
      stuckAfterDays: this.deps.stuckAfterDays,
      total,
      groups,
    };
  }
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
