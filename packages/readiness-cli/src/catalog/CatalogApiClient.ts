import type { Entity } from '@backstage/catalog-model';
import { getRelatedEntityRefs } from '@readiness-scorecards/plugin-readiness-common';
import type { RelatedEntities } from '@readiness-scorecards/plugin-readiness-common';
import { requestJson } from './requestJson';

/**
 * The two catalog calls the CLI needs, over the Backstage REST API with plain
 * fetch: no @backstage/catalog-client, so `npx` stays light.
 */
export class CatalogApiClient {
  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly token: string | undefined,
    private readonly fetchImpl: typeof fetch = globalThis.fetch,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  /** POST /api/catalog/entities/by-refs: one entry per ref, null when missing. */
  async getEntitiesByRefs(refs: string[]): Promise<(Entity | null)[]> {
    if (refs.length === 0) {
      return [];
    }
    const json = await requestJson<{ items?: (Entity | null)[] }>(
      'the catalog',
      `${this.baseUrl}/api/catalog/entities/by-refs`,
      {
        token: this.token,
        fetchImpl: this.fetchImpl,
        method: 'POST',
        body: { entityRefs: refs },
      },
    );
    return json.items ?? [];
  }

  /**
   * The owner group, its members and the operational owner, as the backend's
   * RelatedEntityLoader gathers them, so both score the same.
   */
  async loadRelated(entity: Entity): Promise<RelatedEntities> {
    const refs = getRelatedEntityRefs(entity);
    const wanted = [refs.ownerGroup, refs.operationalOwner].filter(
      (r): r is string => typeof r === 'string',
    );
    const found = await this.lookup(wanted);
    const byRef = new Map(wanted.map((ref, i) => [ref, found[i]]));
    const ownerGroup = refs.ownerGroup ? byRef.get(refs.ownerGroup) : undefined;
    const operationalOwner = refs.operationalOwner
      ? byRef.get(refs.operationalOwner)
      : undefined;
    const memberRefs = (ownerGroup?.relations ?? [])
      .filter(r => r.type === 'hasMember')
      .map(r => r.targetRef);
    const members = await this.lookup(memberRefs);
    return {
      ownerGroup,
      ownerGroupMembers: members.filter((e): e is Entity => !!e),
      operationalOwner,
    };
  }

  private async lookup(refs: string[]): Promise<(Entity | undefined)[]> {
    const items = await this.getEntitiesByRefs(refs);
    return refs.map((_, i) => items[i] ?? undefined);
  }
}
