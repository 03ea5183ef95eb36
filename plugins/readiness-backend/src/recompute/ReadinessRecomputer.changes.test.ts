import { mockServices } from '@backstage/backend-test-utils';
import { EventParams } from '@backstage/plugin-events-node';
import { ScorecardEventPublisher } from '../events/ScorecardEventPublisher';
import {
  READINESS_SCORECARD_CHANGED_TOPIC,
  ScorecardChangedEvent,
} from '../events/ScorecardChangedEvent';
import { createRecomputeHarness } from '../__testUtils__/recomputeHarness';
import { service } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { RecomputeBatch, RecomputeListener } from './ScorecardChange';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();

function recorder() {
  const batches: RecomputeBatch[] = [];
  const listener: RecomputeListener = {
    name: 'recorder',
    onBatch: async batch => {
      batches.push(batch);
    },
  };
  const changes = () =>
    batches
      .flatMap(b => b.changes)
      .map(c => [c.change, c.entityRef, c.previous?.tier, c.current?.tier]);
  return { listener, batches, changes, clear: () => batches.splice(0) };
}

describe.each(ids)('ReadinessRecomputer change reports on %s', databaseId => {
  it('reports each change once across several recomputes, with the result stored before', async () => {
    const harness = await createRecomputeHarness(
      await databases.init(databaseId),
    );
    const rec = recorder();
    const api = service('payments-api', ['owner', 'runbook', 'on-call']);
    const worker = service('payments-worker', ['owner']);
    const ledger = service('ledger', []);

    await harness.run([api, worker, ledger], [rec.listener]);
    expect(rec.changes().sort()).toEqual([
      ['created', 'component:default/ledger', undefined, null],
      ['created', 'component:default/payments-api', undefined, 'beta'],
      ['created', 'component:default/payments-worker', undefined, 'pilot'],
    ]);
    // Every page is reported with all of its results, changed or not.
    expect(rec.batches.flatMap(b => b.results).length).toBe(3);

    for (let run = 0; run < 3; run++) {
      rec.clear();
      harness.advanceDays(1);
      await harness.run([api, worker, ledger], [rec.listener]);
      expect(rec.changes()).toEqual([]);
    }

    rec.clear();
    delete api.metadata.annotations!['t/runbook'];
    await harness.run([api, worker, ledger], [rec.listener]);
    expect(rec.changes()).toEqual([
      ['changed', 'component:default/payments-api', 'beta', 'pilot'],
    ]);
    const change = rec.batches.flatMap(b => b.changes)[0];
    expect(change.owner).toBe('group:default/payments-team');
    expect(change.previous!.blockers).toEqual(['slo']);
    expect(change.current!.blockers).toEqual(['runbook']);

    rec.clear();
    await harness.run([api, worker, ledger], [rec.listener]);
    expect(rec.changes()).toEqual([]);

    rec.clear();
    await harness.run([api, ledger], [rec.listener]);
    expect(rec.changes()).toEqual([
      ['deleted', 'component:default/payments-worker', 'pilot', undefined],
    ]);
  });

  it('keeps recomputing when a listener fails', async () => {
    const harness = await createRecomputeHarness(
      await databases.init(databaseId),
    );
    const rec = recorder();
    const failing: RecomputeListener = {
      name: 'failing',
      onBatch: async () => {
        throw new Error('listener down');
      },
    };
    const summary = await harness.run(
      [service('a', ['owner'])],
      [failing, rec.listener],
    );
    expect(summary.created).toBe(1);
    expect(rec.changes()).toEqual([
      ['created', 'component:default/a', undefined, 'pilot'],
    ]);
  });

  it('publishes readiness.scorecard.changed on the events service for every change', async () => {
    const harness = await createRecomputeHarness(
      await databases.init(databaseId),
    );
    const events = mockServices.events();
    const received: EventParams[] = [];
    await events.subscribe({
      id: 'test',
      topics: [READINESS_SCORECARD_CHANGED_TOPIC],
      onEvent: async event => {
        received.push(event);
      },
    });
    const publisher = new ScorecardEventPublisher({
      events,
      tiers: harness.tiers,
    });
    const api = service('payments-api', ['owner', 'runbook', 'on-call', 'slo']);

    await harness.run([api], [publisher]);
    await harness.run([api], [publisher]);
    expect(received).toHaveLength(1);
    expect(received[0].eventPayload).toMatchObject({
      entityRef: 'component:default/payments-api',
      change: 'created',
      owner: 'group:default/payments-team',
      previous: null,
      current: { tier: 'production', nextTier: null, blockers: [] },
      tierDropped: false,
      newBlockers: [],
    });

    delete api.metadata.annotations!['t/slo'];
    harness.advanceDays(1);
    await harness.run([api], [publisher]);
    await harness.run([api], [publisher]);
    expect(received).toHaveLength(2);
    const dropped = received[1].eventPayload as ScorecardChangedEvent;
    expect(dropped).toEqual({
      entityRef: 'component:default/payments-api',
      change: 'changed',
      owner: 'group:default/payments-team',
      computedAt: harness.now().toISOString(),
      previous: expect.objectContaining({ tier: 'production', blockers: [] }),
      current: {
        tier: 'beta',
        nextTier: 'production',
        score: expect.any(Number),
        blockers: ['slo'],
        failingChecks: ['style', 'slo'],
      },
      tierDropped: true,
      newBlockers: ['slo'],
    });
    // Plain JSON, so it can cross an event bus.
    expect(JSON.parse(JSON.stringify(dropped))).toEqual(dropped);

    await harness.run([], [publisher]);
    expect(received).toHaveLength(3);
    expect(received[2].eventPayload).toMatchObject({
      change: 'deleted',
      current: null,
      previous: { tier: 'beta' },
    });
  });
});
