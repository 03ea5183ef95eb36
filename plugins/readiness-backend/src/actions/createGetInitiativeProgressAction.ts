import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { InitiativeService } from '../initiatives/InitiativeService';
import { entityRefInput } from './actionInputs';

const DEFAULT_LIMIT = 25;

/**
 * `get-initiative-progress`: one initiative's progress for a team (and the
 * groups below it): its numbers, the checks that remain, and its entities
 * with work remaining, counting only entities the caller may read.
 */
export function createGetInitiativeProgressAction(options: {
  actionsRegistry: ActionsRegistryService;
  initiatives: InitiativeService;
}) {
  const { actionsRegistry, initiatives } = options;
  actionsRegistry.register({
    name: 'get-initiative-progress',
    title: "Get a team's progress on a readiness initiative",
    description: `
Answers "what must my team still do for initiative X?". Give the initiative id (readiness:list-initiatives lists them) and a team (owner group; the groups below it count too).
Returns the initiative's overall state and progress, the team's numbers (in scope, done, remaining), the target checks the team's entities still fail with how many entities each, and the team's entities with work remaining (most remaining checks first) with the checks each must still pass.
Only entities the caller may see count. From the last scheduled recompute.
    `.trim(),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          initiative: z.string().describe('The initiative id, e.g. beta-by-march'),
          team: z.string().describe('Owner group ref or name, e.g. group:default/payments-team'),
          limit: z.number().int().min(1).max(200).optional().describe(`At most this many entities (default ${DEFAULT_LIMIT})`),
        }),
      output: z =>
        z.object({
          initiative: z.object({
            id: z.string(),
            title: z.string(),
            target: z.object({ tier: z.string().optional(), checks: z.array(z.string()).optional() }),
            deadline: z.string(),
            state: z.string(),
            inScope: z.number(),
            done: z.number(),
            remaining: z.number(),
            daysLeft: z.number(),
          }),
          team: z.string(),
          inScope: z.number(),
          done: z.number(),
          remaining: z.number(),
          remainingChecks: z.array(z.object({ checkId: z.string(), title: z.string().optional(), entityCount: z.number() })),
          truncated: z.boolean(),
          entities: z.array(
            z.object({
              entityRef: z.string(),
              owner: z.string().optional(),
              tier: z.string().nullable(),
              remainingChecks: z.array(z.string()),
            }),
          ),
        }),
    },
    examples: [
      {
        title: 'What must payments-team still do for the beta initiative?',
        input: { initiative: 'beta-by-march', team: 'group:default/payments-team' },
      },
    ],
    action: async ({ input, credentials }) => {
      const team = entityRefInput(input.team, 'group').toLocaleLowerCase('en-US');
      const limit = input.limit ?? DEFAULT_LIMIT;
      const result = await initiatives.teamProgress(input.initiative, team, credentials, limit);
      const { initiative, progress } = result.summary;
      return {
        output: {
          initiative: {
            id: initiative.id,
            title: initiative.title,
            target: initiative.target,
            deadline: initiative.deadline,
            state: progress.state,
            inScope: progress.inScope,
            done: progress.done,
            remaining: progress.remaining,
            daysLeft: progress.daysLeft,
          },
          team,
          inScope: result.team.inScope,
          done: result.team.done,
          remaining: result.team.remaining,
          remainingChecks: result.team.remainingChecks,
          truncated: result.team.remaining > result.entities.length,
          entities: result.entities.map(e => ({
            entityRef: e.entityRef,
            ...(e.owner ? { owner: e.owner } : {}),
            tier: e.tier,
            remainingChecks: e.remainingChecks,
          })),
        },
      };
    },
  });
}
