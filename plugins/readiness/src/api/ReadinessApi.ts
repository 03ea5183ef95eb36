import { createApiRef } from '@backstage/core-plugin-api';
import type { CompoundEntityRef } from '@backstage/catalog-model';
import type {
  HistoryOptions,
  HistoryResponse,
  RubricResponse,
  ScorecardResponse,
} from './types';

/**
 * Reads readiness scorecards from the readiness backend, with the signed-in
 * user's credentials: an entity they cannot see in the catalog is a 404.
 *
 * @public
 */
export interface ReadinessApi {
  /** The live scorecard of an entity, with its people and stored tier age. */
  getScorecard(
    entityRef: string | CompoundEntityRef,
  ): Promise<ScorecardResponse>;
  /** The entity's tier and score over time, oldest first. */
  getHistory(
    entityRef: string | CompoundEntityRef,
    options?: HistoryOptions,
  ): Promise<HistoryResponse>;
  /** The rubric in force: tiers (lowest first), categories and checks. */
  getRubric(): Promise<RubricResponse>;
}

/**
 * The reference apps and tests use to provide or replace the readiness client.
 * Created with core-plugin-api so the same ref works in the legacy and the new
 * frontend system.
 *
 * @public
 */
export const readinessApiRef = createApiRef<ReadinessApi>({
  id: 'plugin.readiness.service',
});
