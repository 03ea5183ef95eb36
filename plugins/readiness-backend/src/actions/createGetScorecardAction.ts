import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ScorecardService } from '../service/ScorecardService';
import { entityRefInput, tierInput } from './actionInputs';
import { describeGaps } from './describeGaps';
import { gapSummaryShape } from './gapSchemas';

/**
 * `get-scorecard`: an entity's live scorecard as the caller sees it, with
 * what blocks a tier and the YAML that closes each gap. An entity the caller
 * may not read is reported exactly like a missing one.
 */
export function createGetScorecardAction(options: {
  actionsRegistry: ActionsRegistryService;
  scorecards: ScorecardService;
  tiers: () => string[];
}) {
  const { actionsRegistry, scorecards, tiers } = options;
  actionsRegistry.register({
    name: 'get-scorecard',
    title: 'Get production-readiness scorecard',
    description: `
Returns the production-readiness scorecard of one catalog entity (a service, API or resource): the tier it has reached, its score, and the checks that block a tier, each with a message and the catalog-info.yaml snippet that closes the gap.
Use it to answer "what blocks payments-api from production?" (entityRef "component:default/payments-api", targetTier "production").
Without targetTier the gaps are those of the entity's next tier. Entities the caller may not see are reported as not found.
    `.trim(),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .min(1)
            .describe(
              'Entity ref, e.g. component:default/payments-api; a bare name means a component in the default namespace',
            ),
          targetTier: z
            .string()
            .optional()
            .describe(
              'The tier to list the gaps for, e.g. production; default: the next tier',
            ),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          ...gapSummaryShape(z),
          decision: z.object({
            state: z.string(),
            message: z.string(),
            due: z.string().optional(),
          }),
          expiringWaivers: z.array(
            z.object({
              checkId: z.string(),
              until: z.string(),
              daysLeft: z.number().optional(),
              approver: z.string(),
            }),
          ),
          owner: z.string().optional(),
          operationalOwner: z.string().optional(),
          tierSince: z.string().optional(),
        }),
    },
    examples: [
      {
        title: 'What blocks payments-api from production?',
        input: {
          entityRef: 'component:default/payments-api',
          targetTier: 'production',
        },
      },
    ],
    action: async ({ input, credentials }) => {
      const entityRef = entityRefInput(input.entityRef, 'component');
      const targetTier = tierInput(input.targetTier, tiers());
      const { scorecard, stored } = await scorecards.getScorecard(
        entityRef,
        credentials,
      );
      const ref = scorecard.entityRef;
      return {
        output: {
          entityRef: ref,
          ...describeGaps(ref, scorecard, tiers(), {
            targetTier,
            withMessages: true,
          }),
          decision: scorecard.decision,
          expiringWaivers: scorecard.checks.flatMap(({ checkId, waiver }) =>
            waiver?.applied && waiver.state === 'expiring'
              ? [
                  {
                    checkId,
                    until: waiver.until,
                    daysLeft: waiver.daysLeft,
                    approver: waiver.approver,
                  },
                ]
              : [],
          ),
          ...(scorecard.owner ? { owner: scorecard.owner } : {}),
          ...(scorecard.operationalOwner
            ? { operationalOwner: scorecard.operationalOwner }
            : {}),
          ...(stored.tierSince ? { tierSince: stored.tierSince } : {}),
        },
      };
    },
  });
}
