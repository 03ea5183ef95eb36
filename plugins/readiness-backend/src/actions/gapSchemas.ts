import type { ActionsRegistryActionOptions } from '@backstage/backend-plugin-api/alpha';

/** The zod the actions registry hands to schema functions. */
type ActionZod = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/** What z.object takes. */
type ActionZodShape = Parameters<ActionZod['object']>[0];

/**
 * The zod shape of a GapSummary (see describeGaps), for action outputs. Typed
 * loosely: the registry's zod is a copy of its own, whose types cannot be
 * named here; the outputs are still validated field by field at run time.
 */
export function gapSummaryShape(z: ActionZod): ActionZodShape {
  return {
    tier: z
      .string()
      .nullable()
      .describe('Highest tier reached; null below the first tier'),
    nextTier: z.string().nullable(),
    score: z.number().describe('Weighted score 0..100'),
    targetTier: z.string().describe('The tier the gaps are counted against'),
    reachesTarget: z.boolean(),
    blocking: z
      .array(
        z.object({
          checkId: z.string(),
          title: z.string(),
          tier: z.string(),
          severity: z.string(),
          status: z.string(),
          message: z.string().optional(),
          fixYaml: z
            .string()
            .optional()
            .describe('YAML to merge into catalog-info.yaml to close the gap'),
          docUrl: z.string().optional(),
        }),
      )
      .describe(
        'Blocker and major checks of the target tier and below that are not met',
      ),
    advisory: z
      .array(
        z.object({ checkId: z.string(), title: z.string(), tier: z.string() }),
      )
      .describe('Failing minor checks: advice, they block no tier'),
    summary: z.string(),
  };
}
