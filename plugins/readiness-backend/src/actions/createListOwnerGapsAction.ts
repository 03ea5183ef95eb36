import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CompiledRubric } from '@readiness-scorecards/plugin-readiness-common';
import { normalizeRef } from '../catalog/entityRefs';
import { sortByReadiness } from '../rollup/listStoredResults';
import type { RollupService } from '../rollup/RollupService';
import type { ScorecardStore } from '../store';
import { entityRefInput, tierInput } from './actionInputs';
import { describeGaps } from './describeGaps';
import { gapSummaryShape } from './gapSchemas';
import { storedScorecard } from './storedScorecard';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

/**
 * `list-owner-gaps`: the entities of an owner group (and, by default, of the
 * teams below it) that have open gaps, least ready first, from the last
 * recompute. Only entities the caller may read are listed or counted.
 */
export function createListOwnerGapsAction(options: {
  actionsRegistry: ActionsRegistryService;
  rollups: RollupService;
  store: ScorecardStore;
  tiers: () => string[];
  /** The rubric in force: stored results keep statuses, the rubric the rest. */
  rubric: () => CompiledRubric;
}) {
  const { actionsRegistry, rollups, store, tiers, rubric } = options;
  actionsRegistry.register({
    name: 'list-owner-gaps',
    title: 'List open production-readiness gaps of a team',
    description: `
Lists the services (and other scored entities) owned by a group, including the groups below it unless includeSubTeams is false, that have open production-readiness gaps, least ready first.
For each: its tier, score, the checks that block its next tier (or targetTier) with the catalog-info.yaml snippet that closes each, and failing minor checks.
Results come from the last scheduled recompute; call get-scorecard for one entity's live result with messages. Only entities the caller may see are listed or counted.
    `.trim(),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          owner: z
            .string()
            .min(1)
            .describe(
              'Owner group ref, e.g. group:default/payments-team; a bare name means a group in the default namespace',
            ),
          includeSubTeams: z
            .boolean()
            .optional()
            .describe(
              'Include entities owned by groups below the owner (default true)',
            ),
          targetTier: z
            .string()
            .optional()
            .describe(
              "Count gaps against this tier, e.g. production; default: each entity's next tier",
            ),
          limit: z
            .number()
            .int()
            .min(1)
            .max(MAX_LIMIT)
            .optional()
            .describe(
              `How many entities to return at most (default ${DEFAULT_LIMIT})`,
            ),
        }),
      output: z =>
        z.object({
          owner: z.string(),
          includeSubTeams: z.boolean(),
          entityCount: z
            .number()
            .describe('Scored entities of the owner the caller may see'),
          entitiesWithGaps: z.number(),
          truncated: z
            .boolean()
            .describe('True when more entities have gaps than were returned'),
          entities: z.array(
            z.object({
              entityRef: z.string(),
              owner: z.string().optional(),
              ...gapSummaryShape(z),
            }),
          ),
        }),
    },
    examples: [
      {
        title: 'Open gaps of the payments team and its sub-teams',
        input: { owner: 'group:default/payments-team' },
      },
    ],
    action: async ({ input, credentials }) => {
      const owner = entityRefInput(input.owner, 'group');
      const includeSubTeams = input.includeSubTeams ?? true;
      const targetTier = tierInput(input.targetTier, tiers());
      const limit = input.limit ?? DEFAULT_LIMIT;

      const { rows } = await rollups.readableRows(
        { owner: [owner] },
        credentials,
      );
      const owned = includeSubTeams
        ? rows
        : rows.filter(
            r => r.owner && normalizeRef(r.owner) === normalizeRef(owner),
          );
      const withGaps = sortByReadiness(
        owned.filter(r => r.failingChecks.length > 0),
        tiers(),
      );
      const states = await Promise.all(
        withGaps
          .slice(0, limit)
          .map(row => store.getEntityState(row.entityRef)),
      );
      const entities = states.flatMap(state =>
        state
          ? [
              {
                entityRef: state.entityRef,
                ...(state.owner ? { owner: state.owner } : {}),
                ...describeGaps(
                  state.entityRef,
                  storedScorecard(state, rubric()),
                  tiers(),
                  { targetTier, withMessages: false },
                ),
              },
            ]
          : [],
      );
      return {
        output: {
          owner,
          includeSubTeams,
          entityCount: owned.length,
          entitiesWithGaps: withGaps.length,
          truncated: withGaps.length > limit,
          entities,
        },
      };
    },
  });
}
