import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import type { Scorecard } from '@readiness-scorecards/plugin-readiness-common';
import type { AttentionSettings } from '../attention/attentionConfig';
import { EntityAttention, entityAttentionOf } from '../attention/entityAttention';
import { RelatedEntityLoader } from '../catalog/RelatedEntityLoader';
import { ReadinessScorer } from '../engine/ReadinessScorer';
import { CachedRollupRows, HistoryPoint, ScorecardStore } from '../store';

export interface PersonSummary {
  entityRef: string;
  title?: string;
  email?: string;
  members?: PersonSummary[];
}

export interface LiveScorecard {
  scorecard: Scorecard;
  /** The verdict beyond the scorecard; set when attention settings are given. */
  attention?: EntityAttention;
  people: { ownerGroup?: PersonSummary; operationalOwner?: PersonSummary };
  stored: { tierSince?: string; computedAt?: string };
}

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
  ): Promise<LiveScorecard> {
    // The stored part (since when, last change) is a lookup in memory; the
    // live scorecard does not depend on it, so a store that cannot be read
    // leaves it out instead of failing the request.
    const [stored, { entity, related }] = await Promise.all([
      this.storedRows.byRef(normalizeRef(entityRef)).catch(() => undefined),
      this.related.loadEntity(entityRef, credentials),
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

function summarize(entity: Entity): PersonSummary {
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
