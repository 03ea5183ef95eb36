import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type { AttentionService } from '../attention/AttentionService';
import { ATTENTION_LISTS } from '../attention/attentionLists';
import { entityRefInput } from './actionInputs';
import { callerGroups } from './callerGroups';

const DEFAULT_LIMIT = 25;

/**
 * `list-attention`: what needs a decision or an action in the caller's
 * organisation (which pilots are overdue, which old pilots have no decision,
 * which services claim production without having earned it, what expires
 * soon), with who must act, counting only entities the caller may read.
 * Without `owner`, "my organisation" is the groups the caller is a member
 * of (and the groups below them), read from the catalog as the caller.
 */
export function createListAttentionAction(options: {
  actionsRegistry: ActionsRegistryService;
  attention: AttentionService;
  catalog: Pick<CatalogService, 'getEntityByRef'>;
}) {
  const { actionsRegistry, attention, catalog } = options;
  actionsRegistry.register({
    name: 'list-attention',
    title: 'List what needs a decision or an action',
    description: `
Answers "which pilots are overdue in my organisation?" and its neighbours. Lists:
- overdue-decisions (default): undecided entities past their decision due date, most days overdue first;
- old-pilots: entities in the first tier (or below) for longer than the configured age, undecided, with no overdue due date;
- claimed-above-earned: entities whose spec.lifecycle claims a tier (e.g. production) above the tier earned;
- expiring: waivers and dated evidence that stop holding within the configured window.
Each item names the owner team, the operational owner, who acts (the owning team when the named operational owner is not in the catalog) and the days overdue or in the tier.
Without owner, answers for the caller's organisation: the groups the signed-in user is a member of in the catalog and the groups below them (a caller who is not a signed-in user, or is in no group, must pass owner).
Only entities the caller may see are listed or counted. From the last scheduled recompute, evaluated now.
    `.trim(),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          list: z.enum(ATTENTION_LISTS).optional().describe('Default overdue-decisions'),
          owner: z
            .array(z.string())
            .optional()
            .describe(
              "Only entities owned by these groups or groups below them, e.g. group:default/engineering. Default: the groups the caller is a member of",
            ),
          system: z.array(z.string()).optional(),
          lifecycle: z.array(z.string()).optional(),
          limit: z.number().int().min(1).max(200).optional().describe(`At most this many items (default ${DEFAULT_LIMIT})`),
        }),
      output: z =>
        z.object({
          list: z.enum(ATTENTION_LISTS),
          owner: z.array(z.string()).describe('The groups answered for (with the groups below them)'),
          total: z.number().describe('Entries of the list the caller may read'),
          counts: z.record(z.number()).describe('The size of every list under the same filters'),
          evaluatedAt: z.string(),
          items: z.array(
            z.object({
              entityRef: z.string(),
              owner: z.string().optional(),
              ownerTitle: z.string().optional(),
              operationalOwner: z.string().optional(),
              whoActs: z.string().optional(),
              whoActsNote: z.string().optional(),
              tier: z.string().nullable(),
              blockerCount: z.number(),
              decisionState: z.string().optional(),
              decisionDue: z.string().optional(),
              daysOverdue: z.number().optional(),
              daysInTier: z.number(),
              tierSinceSource: z.string(),
              claimedTier: z.string().optional(),
              expiring: z.array(z.object({ checkId: z.string(), kind: z.string(), dropsOn: z.string() })),
            }),
          ),
        }),
    },
    examples: [
      { title: 'Which pilots are overdue in my organisation?', input: {} },
      { title: 'Which pilots are overdue in engineering?', input: { owner: ['group:default/engineering'] } },
      { title: 'Services running as production without production readiness', input: { list: 'claimed-above-earned' } },
    ],
    action: async ({ input, credentials }) => {
      const owner = input.owner?.length
        ? input.owner.map(o => entityRefInput(o, 'group'))
        : await callerGroups(catalog, credentials);
      const page = await attention.list(
        {
          list: input.list ?? 'overdue-decisions',
          owner,
          system: input.system?.map(s => entityRefInput(s, 'system')),
          lifecycle: input.lifecycle,
          limit: input.limit ?? DEFAULT_LIMIT,
        },
        credentials,
      );
      return {
        output: {
          list: page.list,
          owner,
          total: page.total,
          counts: page.counts,
          evaluatedAt: page.evaluatedAt,
          items: page.items.map(item => ({
            entityRef: item.entityRef,
            ...(item.owner ? { owner: item.owner } : {}),
            ...(item.ownerTitle ? { ownerTitle: item.ownerTitle } : {}),
            ...(item.operationalOwner ? { operationalOwner: item.operationalOwner } : {}),
            ...(item.whoActs ? { whoActs: item.whoActs } : {}),
            ...(item.whoActsNote ? { whoActsNote: item.whoActsNote } : {}),
            tier: item.tier,
            blockerCount: item.blockerCount,
            ...(item.decisionState ? { decisionState: item.decisionState } : {}),
            ...(item.decisionDue ? { decisionDue: item.decisionDue } : {}),
            ...(item.daysOverdue !== undefined ? { daysOverdue: item.daysOverdue } : {}),
            daysInTier: item.timeInTier.days,
            tierSinceSource: item.timeInTier.source,
            ...(item.claimedTier ? { claimedTier: item.claimedTier } : {}),
            expiring: item.expiring.map(({ checkId, kind, dropsOn }) => ({ checkId, kind, dropsOn })),
          })),
        },
      };
    },
  });
}
