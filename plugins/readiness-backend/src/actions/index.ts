import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { CompiledRubric } from '@readiness-scorecards/plugin-readiness-common';
import type { RollupService } from '../rollup/RollupService';
import type { ScorecardService } from '../service/ScorecardService';
import type { ScorecardStore } from '../store';
import { createGetRollupAction } from './createGetRollupAction';
import { createGetScorecardAction } from './createGetScorecardAction';
import { createListOwnerGapsAction } from './createListOwnerGapsAction';
import { createListAttentionAction } from './createListAttentionAction';
import type { AttentionService } from '../attention/AttentionService';
import type { InitiativeService } from '../initiatives/InitiativeService';
import { createListInitiativesAction } from './createListInitiativesAction';
import { createGetInitiativeProgressAction } from './createGetInitiativeProgressAction';

/**
 * Registers the readiness actions (`readiness:get-scorecard`,
 * `readiness:list-owner-gaps`, `readiness:get-rollup`,
 * `readiness:list-attention`, `readiness:list-initiatives`,
 * `readiness:get-initiative-progress`) in the actions
 * registry, which the MCP actions backend serves to AI assistants. Each runs
 * with the caller's credentials.
 */
export function registerReadinessActions(options: {
  actionsRegistry: ActionsRegistryService;
  /** Read with each caller's credentials (the caller's groups). */
  catalog: Pick<CatalogService, 'getEntityByRef'>;
  scorecards: ScorecardService;
  rollups: RollupService;
  store: ScorecardStore;
  tiers: () => string[];
  /** The rubric in force, to describe stored results. */
  rubric: () => CompiledRubric;
  /** Registers `readiness:list-attention` when given. */
  attention?: AttentionService;
  /** Registers `readiness:list-initiatives` and `readiness:get-initiative-progress` when given. */
  initiatives?: InitiativeService;
}) {
  createGetScorecardAction(options);
  createListOwnerGapsAction(options);
  createGetRollupAction(options);
  if (options.attention) {
    createListAttentionAction({ ...options, attention: options.attention });
  }
  if (options.initiatives) {
    createListInitiativesAction({ ...options, initiatives: options.initiatives });
    createGetInitiativeProgressAction({ ...options, initiatives: options.initiatives });
  }
}
