import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { GroupHierarchy } from './GroupHierarchy';
import { principalKey } from './principalKey';

/**
 * The group hierarchy as each principal sees it, kept for a few seconds.
 * Loading every group is one catalog request per rollup otherwise; a group
 * whose visibility changes shows up (or goes) within `ttlMs`. Only group
 * structure is cached here; which entities count is decided per request.
 */
export class GroupHierarchyCache {
  private readonly entries = new Map<
    string,
    { expires: number; hierarchy: Promise<GroupHierarchy> }
  >();

  constructor(
    private readonly catalog: CatalogService,
    private readonly ttlMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  load(credentials: BackstageCredentials): Promise<GroupHierarchy> {
    const key = principalKey(credentials);
    const entry = this.entries.get(key);
    if (entry && entry.expires > this.now()) {
      return entry.hierarchy;
    }
    if (this.entries.size >= 1000) this.entries.clear();
    const hierarchy = GroupHierarchy.load(this.catalog, credentials);
    this.entries.set(key, { expires: this.now() + this.ttlMs, hierarchy });
    hierarchy.catch(() => this.entries.delete(key));
    return hierarchy;
  }
}
