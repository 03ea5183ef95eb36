import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { RollupService } from '../rollup/RollupService';
import { entityRefInput, tierInput } from './actionInputs';

const GROUP_BY = ['owner', 'system', 'domain', 'lifecycle', 'type'] as const;
const DEFAULT_LIMIT = 25;

/**
 * `get-rollup`: readiness across the organisation (tiers, mean score, open
 * blockers, stuck entities, top failing checks) grouped by owner, system,
 * domain, lifecycle or type, counting only entities the caller may read.
 */
export function createGetRollupAction(options: {
  actionsRegistry: ActionsRegistryService;
  rollups: RollupService;
  tiers: () => string[];
}) {
  const { actionsRegistry, rollups, tiers } = options;
  actionsRegistry.register({
    name: 'get-rollup',
    title: 'Get the production-readiness rollup',
    description: `
Summarises production readiness across many entities, grouped by owner (following the group hierarchy: a department counts its teams' services), system, domain, lifecycle or type.
Per group: entity count per tier, mean score, open blockers, entities stuck below the top tier, and the most common failing checks. Filters narrow the entities counted.
Counts only include entities the caller may see. Results come from the last scheduled recompute.
    `.trim(),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          groupBy: z.enum(GROUP_BY).optional().describe('Default owner'),
          owner: z
            .array(z.string())
            .optional()
            .describe(
              'Only entities owned by these groups or groups below them',
            ),
          system: z.array(z.string()).optional(),
          domain: z.array(z.string()).optional(),
          lifecycle: z.array(z.string()).optional(),
          type: z.array(z.string()).optional(),
          tier: z
            .array(z.string())
            .optional()
            .describe('Only entities at these tiers ("none": below the first)'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(500)
            .optional()
            .describe(
              `Largest groups to return at most (default ${DEFAULT_LIMIT})`,
            ),
        }),
      output: z => {
        const group = z.object({
          key: z.string(),
          title: z.string().optional(),
          entityCount: z.number(),
          tiers: z
            .record(z.number())
            .describe('Entities per tier; "none" is below the first tier'),
          meanScore: z.number(),
          openBlockers: z.number(),
          stuckBelowTop: z.number(),
          overdueDecisions: z.number().optional().describe('Undecided past the decision due date'),
          oldPilotsWithoutDecision: z.number().optional(),
          claimedAboveEarned: z
            .number()
            .optional()
            .describe('spec.lifecycle claims a tier above the one earned'),
          expiringSoon: z.number().optional(),
          topFailingChecks: z.array(
            z.object({ checkId: z.string(), count: z.number() }),
          ),
          categoryScores: z.record(z.number()),
        });
        return z.object({
          groupBy: z.enum(GROUP_BY),
          tiers: z.array(z.string()).describe('Tier ids, lowest first'),
          stuckAfterDays: z.number(),
          total: group,
          groups: z.array(group),
          truncated: z.boolean(),
        });
      },
    },
    examples: [
      { title: 'Readiness per team', input: { groupBy: 'owner' } },
      {
        title: 'Production services of the engineering department, per system',
        input: {
          groupBy: 'system',
          owner: ['group:default/engineering'],
          lifecycle: ['production'],
        },
      },
    ],
    action: async ({ input, credentials }) => {
      const limit = input.limit ?? DEFAULT_LIMIT;
      const tierIds = tiers();
      const rollup = await rollups.getRollup(
        {
          groupBy: input.groupBy ?? 'owner',
          owner: input.owner?.map(o => entityRefInput(o, 'group')),
          system: input.system?.map(s => entityRefInput(s, 'system')),
          domain: input.domain?.map(d => entityRefInput(d, 'domain')),
          lifecycle: input.lifecycle,
          type: input.type,
          tier: input.tier?.map(t =>
            t === 'none' ? t : tierInput(t, tierIds) ?? t,
          ),
        },
        credentials,
      );
      const groups = [...rollup.groups].sort(
        (a, b) => b.entityCount - a.entityCount || a.key.localeCompare(b.key),
      );
      return {
        output: {
          groupBy: rollup.groupBy,
          tiers: rollup.tiers,
          stuckAfterDays: rollup.stuckAfterDays,
          total: rollup.total,
          groups: groups.slice(0, limit),
          truncated: groups.length > limit,
        },
      };
    },
  });
}
