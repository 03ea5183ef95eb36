import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  EntitySummary,
  ScorecardResponse,
  RelatedEntities,
} from '@readiness-scorecards/plugin-readiness-common';
import type { AttentionSettings } from '../attention/attentionConfig';
import { entityAttentionOf } from '../attention/entityAttention';
import { RelatedEntityLoader } from '../catalog/RelatedEntityLoader';
import { ALL_VISIBLE, VisibleEntities } from '../catalog/VisibleEntities';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { CachedRollupRows, HistoryPoint, ScorecardStore } from '../store';

/**
 * Scorecards as one caller sees them: every catalog read uses the caller's
 * credentials, so an entity hidden from them is indistinguishable from one
 * that does not exist.
 */
export class ScorecardService {
  private readonly related: RelatedEntityLoader;
  private readonly storedRows: CachedRollupRows;

  constructor(
    private readonly deps: {
      catalog: CatalogService;
      store: ScorecardStore;
      scorer: ReadinessScorer;
      /** The stored results in memory, shared with the rollups. */
      storedRows: CachedRollupRows;
      /**
       * With both: a caller whose reads the policy's decision covers
       * (everything, or their visible set at hand) gets entities read with
       * the plugin's own credentials, see loadAsCallerMayRead. Without:
       * every read is with the caller's.
       */
      visibility?: VisibleEntities;
      serviceCredentials?: () => Promise<BackstageCredentials>;
      clock?: () => Date;
      /** Adds each scorecard's verdict (see entityAttentionOf). */
      attention?: AttentionSettings;
    },
  ) {
    this.related = new RelatedEntityLoader(deps.catalog);
    this.storedRows = deps.storedRows;
  }

  async getScorecard(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<ScorecardResponse> {
    // The stored part (since when, last change) is a lookup in memory; the
    // live scorecard does not depend on it, so a store that cannot be read
    // leaves it out instead of failing the request.
    const [stored, { entity, related }] = await Promise.all([
      this.storedRows.byRef(normalizeRef(entityRef)).catch(() => undefined),
      this.loadAsCallerMayRead(entityRef, credentials),
    ]);
    const now = (this.deps.clock ?? (() => new Date()))();
    const scorecard = this.deps.scorer.score(entity, related, now);
    const attention = this.deps.attention
      ? entityAttentionOf({
          compiled: this.deps.scorer.compiledRubric(),
          entity,
          related,
          scorecard,
          stored,
          settings: this.deps.attention,
          tiers: this.deps.scorer.tierIds(),
          now,
        })
      : undefined;
    return {
      scorecard,
      ...(attention ? { attention } : {}),
      people: {
        ownerGroup: related.ownerGroup
          ? {
              ...summarize(related.ownerGroup),
              members: (related.ownerGroupMembers ?? []).map(summarize),
            }
          : undefined,
        operationalOwner: related.operationalOwner
          ? summarize(related.operationalOwner)
          : undefined,
      },
      stored: {
        tierSince: stored?.tierSince.toISOString(),
        computedAt: stored?.changedAt.toISOString(),
      },
    };
  }

  /**
   * The entity and its people as the caller may read them. When the
   * policy's decision covers them without a catalog call (it allows every
   * read, or the caller's visible set is at hand), they are read with the
   * plugin's own credentials, in batches shared by every caller and with no
   * permission check per catalog call, and what the caller may not read is
   * dropped: the entity is then not found, a person is left out, as the
   * catalog does with the caller's credentials. Otherwise (and for kinds
   * the visible sets do not hold) they are read with the caller's.
   */
  private async loadAsCallerMayRead(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<{ entity: Entity; related: RelatedEntities }> {
    const { visibility, serviceCredentials } = this.deps;
    // Whatever keeps the decision or the set from being known (the store
    // cannot be read, say) leaves the read to the catalog, as before.
    const visible =
      visibility &&
      serviceCredentials &&
      (await visibility.atHand(credentials).catch(() => undefined));
    if (!visible || !serviceCredentials) {
      return this.related.loadEntity(entityRef, credentials);
    }
    if (visible !== ALL_VISIBLE && visible.refs.size === 0) {
      throw new NotFoundError(`No entity ${entityRef} found in the catalog`);
    }
    const loaded = await this.related.loadEntity(
      entityRef,
      await serviceCredentials(),
    );
    if (visible === ALL_VISIBLE) return loaded;
    const { entity, related } = loaded;
    const refs = [entity, related.ownerGroup, related.operationalOwner, ...(related.ownerGroupMembers ?? [])]
      .filter((e): e is Entity => !!e)
      .map(e => stringifyEntityRef(e));
    if (!refs.every(ref => visibility!.holdsKindOf(ref))) {
      return this.related.loadEntity(entityRef, credentials);
    }
    const mayRead = (e: Entity | undefined) =>
      e && visible.refs.has(stringifyEntityRef(e)) ? e : undefined;
    if (!mayRead(entity)) {
      throw new NotFoundError(`No entity ${entityRef} found in the catalog`);
    }
    const ownerGroup = mayRead(related.ownerGroup);
    return {
      entity,
      related: {
        ownerGroup,
        // Members are found through the group: none when it is hidden.
        ownerGroupMembers: ownerGroup
          ? (related.ownerGroupMembers ?? []).filter(member => mayRead(member))
          : [],
        operationalOwner: mayRead(related.operationalOwner),
      },
    };
  }

  async getHistory(
    entityRef: string,
    credentials: BackstageCredentials,
    options: { since?: Date; limit?: number },
  ): Promise<{ entityRef: string; points: HistoryPoint[] }> {
    const entity = await this.getVisibleEntity(entityRef, credentials);
    const ref = stringifyEntityRef(entity);
    return { entityRef: ref, points: await this.deps.store.getHistory(ref, options) };
  }

  private async getVisibleEntity(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity> {
    const entity = await this.deps.catalog.getEntityByRef(entityRef, {
      credentials,
    });
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef} found in the catalog`);
    }
    return entity;
  }
}

/** Stored refs use stringifyEntityRef's form: lowercase kind, names as written. */
function normalizeRef(entityRef: string): string {
  return stringifyEntityRef(parseEntityRef(entityRef));
}

function summarize(entity: Entity): EntitySummary {
  const profile = (entity.spec?.profile ?? {}) as {
    displayName?: string;
    email?: string;
  };
  return {
    entityRef: stringifyEntityRef(entity),
    title: profile.displayName ?? entity.metadata.title ?? entity.metadata.name,
    email: profile.email,
  };
}
