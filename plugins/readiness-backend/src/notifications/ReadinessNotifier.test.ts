import { mockServices } from '@backstage/backend-test-utils';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import { createRecomputeHarness } from '../__testUtils__/recomputeHarness';
import { service } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseNotificationLog } from './DatabaseNotificationLog';
import { ReadinessNotifier } from './ReadinessNotifier';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();
const waiver = (until: string) =>
  `until=${until}; approver=user:default/compliance; reason=runbook being migrated`;

describe.each(ids)('ReadinessNotifier across recomputes on %s', databaseId => {
  async function setup() {
    const harness = await createRecomputeHarness(
      await databases.init(databaseId),
    );
    const sent: NotificationSendOptions[] = [];
    let failing = false;
    const notifications: NotificationService = {
      send: async notification => {
        if (failing) throw new Error('notifications backend unreachable');
        sent.push(notification);
      },
    };
    // A new notifier per call, as after a restart; its memory is the database.
    const notifier = async () =>
      new ReadinessNotifier({
        notifications,
        log: await DatabaseNotificationLog.create({
          database: harness.database,
        }),
        tiers: harness.tiers,
        waiverExpiryDaysAhead: 7,
        logger: mockServices.logger.mock(),
      });
    const titles = () => sent.map(n => n.payload.title);
    return {
      harness,
      sent,
      titles,
      notifier,
      setFailing: (value: boolean) => {
        failing = value;
      },
    };
  }

  it('tells the owner group once when a service drops a tier or gains a blocker', async () => {
    const { harness, sent, titles, notifier } = await setup();
    const listener = await notifier();
    const api = service('payments-api', ['owner', 'runbook', 'on-call']);
    const worker = service('payments-worker', ['owner', 'runbook', 'on-call']);
    const run = async () => {
      harness.advanceDays(1);
      await harness.run([api, worker], [listener]);
    };

    await run();
    await run();
    expect(sent).toEqual([]); // new results are not news

    delete api.metadata.annotations!['t/runbook'];
    await run();
    await run();
    await run();
    expect(sent).toHaveLength(1);
    expect(sent[0].recipients).toEqual({
      type: 'entity',
      entityRef: 'group:default/payments-team',
    });
    expect(sent[0].payload).toMatchObject({
      title: 'payments-api dropped from beta to pilot',
      severity: 'high',
      link: '/catalog/default/component/payments-api/readiness',
      topic: 'Production readiness',
    });
    expect(sent[0].payload.description).toContain('Check runbook');

    // Same tier, one more blocker.
    delete api.metadata.annotations!['t/on-call'];
    await run();
    await run();
    expect(titles()).toEqual([
      'payments-api dropped from beta to pilot',
      'payments-api has a new blocker for beta',
    ]);
    expect(sent[1].payload.description).toContain('Check on-call');
    expect(sent[1].payload.description).not.toContain('Check runbook');

    // Getting better tells no one; a restart does not repeat anything.
    api.metadata.annotations!['t/runbook'] = 'yes';
    api.metadata.annotations!['t/on-call'] = 'yes';
    await run();
    await harness.run([api, worker], [await notifier()]);
    expect(sent).toHaveLength(2);
  });

  it('warns once per waiver before it expires, across runs and restarts', async () => {
    const { harness, sent, titles, notifier } = await setup();
    // 2026-11-22 after the first advance: this waiver ends in 5 days, the other in 40.
    const worker = service('payments-worker', ['owner', 'on-call'], {
      'readiness/waiver.runbook': waiver('2026-11-27'),
    });
    const later = service('ledger', ['owner', 'on-call'], {
      'readiness/waiver.runbook': waiver('2027-01-01'),
    });
    const run = async () => {
      harness.advanceDays(1);
      await harness.run([worker, later], [await notifier()]);
    };

    await run();
    expect(titles()).toEqual([
      'Waiver for Check runbook on payments-worker expires in 5 days',
    ]);
    expect(sent[0].recipients).toEqual({
      type: 'entity',
      entityRef: 'group:default/payments-team',
    });
    expect(sent[0].payload.description).toContain('until 2026-11-27');
    await run();
    await run();
    expect(sent).toHaveLength(1);

    // A renewed waiver is a new one; it is announced when it comes close.
    worker.metadata.annotations!['readiness/waiver.runbook'] =
      waiver('2026-11-28');
    await run();
    expect(titles()).toEqual([
      'Waiver for Check runbook on payments-worker expires in 5 days',
      'Waiver for Check runbook on payments-worker expires in 3 days',
    ]);
    await run();
    expect(sent).toHaveLength(2);
  });

  it('sends a waiver warning that failed on a later run, but a change only once', async () => {
    const { harness, sent, titles, notifier, setFailing } = await setup();
    const listener = await notifier();
    const api = service('payments-api', ['owner', 'runbook', 'on-call']);
    await harness.run([api], [listener]);

    setFailing(true);
    delete api.metadata.annotations!['t/runbook'];
    delete api.metadata.annotations!['t/on-call'];
    api.metadata.annotations!['readiness/waiver.on-call'] =
      waiver('2026-11-25');
    await harness.run([api], [listener]);
    expect(sent).toEqual([]);

    setFailing(false);
    await harness.run([api], [listener]);
    await harness.run([api], [listener]);
    expect(titles()).toEqual([
      'Waiver for Check on-call on payments-api expires in 4 days',
    ]);
  });
});
