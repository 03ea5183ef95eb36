/*
 * Initiative notices over a real recompute on a real database (SQLite and
 * PostgreSQL): each team with work left is told once when an initiative
 * starts, before its deadline and when it is missed, across restarts and
 * racing replicas; a team with nothing left is not told.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import type { Initiative } from '@readiness-scorecards/plugin-readiness-common';
import { GroupHierarchy } from '../catalog/GroupHierarchy';
import { createRecomputeHarness } from '../__testUtils__/recomputeHarness';
import { service, smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseNotificationLog } from './DatabaseNotificationLog';
import { InitiativeNotifier } from './InitiativeNotifier';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();

const PILOT = ['owner'];
const BETA = ['owner', 'runbook', 'on-call'];

function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
  };
}

/** A service of `team` with `t/<id>` set for each check id given. */
function owned(name: string, team: string, checks: string[]): Entity {
  const entity = service(name, checks);
  const owner = `group:default/${team}`;
  return { ...entity, spec: { ...entity.spec, owner }, relations: [{ type: 'ownedBy', targetRef: owner }] };
}

const GROUPS = [
  group('engineering'),
  group('payments-team', 'engineering'),
  group('platform-team', 'engineering'),
  group('other-team'),
];

// The harness's clock starts on 2026-11-21 at 08:00, the start day.
const BETA_BY_SOLSTICE: Initiative = {
  id: 'beta-by-solstice',
  title: 'Every engineering service reaches beta',
  target: { tier: 'beta' },
  scope: { owner: ['group:default/engineering'], kind: ['Component'] },
  startDate: '2026-11-21',
  deadline: '2026-12-21',
};

describe.each(ids)('InitiativeNotifier on %s', databaseId => {
  async function setup() {
    const harness = await createRecomputeHarness(await databases.init(databaseId));
    const sent: NotificationSendOptions[] = [];
    let failing = false;
    const notifications: NotificationService = {
      send: async notification => {
        if (failing) throw new Error('notifications backend unreachable');
        sent.push(notification);
      },
    };
    // A new notifier per call, as after a restart or on another replica; its memory is the database.
    const notifier = async () =>
      new InitiativeNotifier({
        initiatives: [BETA_BY_SOLSTICE],
        rows: () => harness.store.listRollupRows(),
        rubric: smallRubricInForce,
        notifications,
        log: await DatabaseNotificationLog.create({ database: harness.database }),
        reminderDaysBeforeDeadline: 14,
        logger: mockServices.logger.mock(),
      });
    const recompute = async (levels: Record<string, string[]>) =>
      harness.run(
        [
          ...GROUPS,
          owned('a', 'payments-team', levels.a),
          owned('b', 'payments-team', levels.b),
          owned('c', 'platform-team', levels.c),
          owned('other', 'other-team', PILOT),
        ],
        [await notifier()],
      );
    const told = () =>
      sent.map(n => [(n.recipients as { entityRef: string }).entityRef, n.payload.title]);
    return {
      harness,
      sent,
      told,
      notifier,
      recompute,
      setFailing: (value: boolean) => {
        failing = value;
      },
    };
  }

  it('tells each team with work left once when it starts, before the deadline and when it is missed, across restarts', async () => {
    const { harness, sent, told, recompute } = await setup();
    const payments = 'group:default/payments-team';

    // 2026-11-21, the start: a is at pilot; b and c (all of platform-team's) at beta.
    await recompute({ a: PILOT, b: BETA, c: BETA });
    expect(told()).toEqual([[payments, 'Initiative started: Every engineering service reaches beta']]);
    expect(sent[0].payload).toMatchObject({
      description:
        "1 of your team's 2 entities in scope must reach beta by 2026-12-21. Still to do: a (runbook, on-call).",
      link: '/readiness/initiatives/beta-by-solstice',
      severity: 'normal',
      topic: 'Production readiness',
      metadata: { initiativeId: 'beta-by-solstice', kind: 'started', entityRefs: ['component:default/a'] },
    });
    // Restarts and later runs repeat nothing; other-team is out of scope.
    await recompute({ a: PILOT, b: BETA, c: BETA });
    harness.advanceDays(1);
    await recompute({ a: PILOT, b: BETA, c: BETA });
    expect(sent).toHaveLength(1);

    // 2026-12-07, 14 days before the deadline: payments-team is reminded; platform-team, all done, is not.
    harness.advanceDays(15);
    await recompute({ a: PILOT, b: BETA, c: BETA });
    harness.advanceDays(1);
    await recompute({ a: PILOT, b: BETA, c: BETA });
    expect(told().slice(1)).toEqual([[payments, 'Every engineering service reaches beta: 14 days left']]);

    // 2026-12-22, the day after the deadline: missed, once.
    harness.advanceDays(14);
    await recompute({ a: PILOT, b: BETA, c: BETA });
    harness.advanceDays(1);
    await recompute({ a: PILOT, b: BETA, c: BETA });
    expect(told().slice(2)).toEqual([[payments, 'Every engineering service reaches beta: deadline missed']]);
    expect(sent[2].payload).toMatchObject({
      description:
        "The deadline was 2026-12-21; 1 of your team's 2 entities in scope did not reach beta. Still to do: a (runbook, on-call).",
      severity: 'high',
    });
    expect(sent).toHaveLength(3);
  });

  it('tells a team that falls behind later, and no team whose entities are all done', async () => {
    const { harness, told, recompute } = await setup();
    await recompute({ a: BETA, b: BETA, c: BETA });
    expect(told()).toEqual([]);
    // 2026-12-10: c drops to pilot within the reminder period.
    harness.advanceDays(19);
    await recompute({ a: BETA, b: BETA, c: PILOT });
    expect(told()).toEqual([
      ['group:default/platform-team', 'Initiative started: Every engineering service reaches beta'],
      ['group:default/platform-team', 'Every engineering service reaches beta: 11 days left'],
    ]);
  });

  it('sends each notice once when two replicas finish at the same time', async () => {
    const { harness, sent, told, notifier } = await setup();
    // Results stored with no listener; then both replicas' notifiers run at once.
    await harness.run(
      [
        ...GROUPS,
        owned('a', 'payments-team', PILOT),
        owned('c', 'platform-team', PILOT),
      ],
      [],
    );
    const run = { now: harness.now(), groups: new GroupHierarchy(GROUPS) };
    const [first, second] = [await notifier(), await notifier()];
    await Promise.all([first.onRunFinished(run), second.onRunFinished(run)]);
    expect(told().sort()).toEqual([
      ['group:default/payments-team', 'Initiative started: Every engineering service reaches beta'],
      ['group:default/platform-team', 'Initiative started: Every engineering service reaches beta'],
    ]);
    await Promise.all([first.onRunFinished(run), second.onRunFinished(run)]);
    expect(sent).toHaveLength(2);
  });

  it('tries a notice whose send failed again on the next run', async () => {
    const { told, recompute, setFailing } = await setup();
    setFailing(true);
    await recompute({ a: PILOT, b: BETA, c: BETA });
    expect(told()).toEqual([]);
    setFailing(false);
    await recompute({ a: PILOT, b: BETA, c: BETA });
    await recompute({ a: PILOT, b: BETA, c: BETA });
    expect(told()).toEqual([
      ['group:default/payments-team', 'Initiative started: Every engineering service reaches beta'],
    ]);
  });
});
