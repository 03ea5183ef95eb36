import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { InitiativeService } from '../initiatives/InitiativeService';

const STATES = ['not-started', 'on-track', 'at-risk', 'done', 'missed'] as const;

/**
 * `list-initiatives`: the organisation's readiness initiatives (a target
 * tier or checks, a scope, a deadline) with their progress and state,
 * counting only entities the caller may read.
 */
export function createListInitiativesAction(options: {
  actionsRegistry: ActionsRegistryService;
  initiatives: InitiativeService;
}) {
  const { actionsRegistry, initiatives } = options;
  actionsRegistry.register({
    name: 'list-initiatives',
    title: 'List readiness initiatives',
    description: `
Answers "which readiness initiatives are running, and are they on track?". Each initiative asks every entity in its scope to reach a tier (e.g. beta) or to meet a list of checks by a deadline.
For each: id, title, target, scope, start date, deadline, owning group, and progress over the entities the caller may see: in scope, done, remaining, percent done, days left and the state (not-started, on-track, at-risk, done, missed; on-track when the pace since the first measured day reaches every entity by the deadline).
Use readiness:get-initiative-progress for one team's share and what it must still do. From the last scheduled recompute.
    `.trim(),
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          state: z.array(z.enum(STATES)).optional().describe('Only initiatives in these states'),
        }),
      output: z =>
        z.object({
          evaluatedAt: z.string(),
          initiatives: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              description: z.string().optional(),
              target: z.object({ tier: z.string().optional(), checks: z.array(z.string()).optional() }),
              scope: z.record(z.array(z.string())),
              startDate: z.string(),
              deadline: z.string(),
              owningGroup: z.string().optional(),
              state: z.enum(STATES),
              inScope: z.number(),
              done: z.number(),
              remaining: z.number(),
              percentDone: z.number(),
              daysLeft: z.number(),
            }),
          ),
        }),
    },
    examples: [
      { title: 'Which initiatives are at risk?', input: { state: ['at-risk'] } },
      { title: 'Every readiness initiative', input: {} },
    ],
    action: async ({ input, credentials }) => {
      const { evaluatedAt, initiatives: all } = await initiatives.list(credentials);
      return {
        output: {
          evaluatedAt,
          initiatives: all
            .filter(s => !input.state?.length || input.state.includes(s.progress.state))
            .map(({ initiative, progress }) => ({
              id: initiative.id,
              title: initiative.title,
              ...(initiative.description ? { description: initiative.description } : {}),
              target: initiative.target,
              scope: initiative.scope as Record<string, string[]>,
              startDate: initiative.startDate,
              deadline: initiative.deadline,
              ...(initiative.owningGroup ? { owningGroup: initiative.owningGroup } : {}),
              state: progress.state,
              inScope: progress.inScope,
              done: progress.done,
              remaining: progress.remaining,
              percentDone: progress.percentDone,
              daysLeft: progress.daysLeft,
            })),
        },
      };
    },
  });
}
