import type { RollupRow } from '../store';
import { DEFAULT_ATTENTION_SETTINGS } from '../attention/attentionConfig';
import { attentionDigests } from './attentionDigest';
import { ConfigReader } from '@backstage/config';
import { readReadinessConfig } from '../config';
import {
  ATTENTION_DIGEST_CHECK_FREQUENCY,
  attentionDigestTask,
  scheduleAttentionDigest,
} from './attentionDigestTask';
import type { LoggedNotification } from './NotificationLog';

/** The notification log's claim and forget, in memory. */
function memoryLog() {
  const entries = new Map<string, LoggedNotification>();
  return {
    claim: async (n: LoggedNotification) => {
      if (entries.has(n.key)) return false;
      entries.set(n.key, n);
      return true;
    },
    forget: async (now: Date) => {
      const old = [...entries.values()].filter(n => n.forgetAfter < now);
      old.forEach(n => entries.delete(n.key));
      return old.length;
    },
  };
}

const NOW = new Date('2026-11-21T10:00:00Z');
const day = (offset: number) => new Date(NOW.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

function row(name: string, owner: string, overrides: Partial<RollupRow> = {}): RollupRow {
  return {
    entityRef: `component:default/${name}`,
    kind: 'Component',
    lifecycle: 'experimental',
    owner,
    tags: [],
    tier: 'pilot',
    score: 40,
    blockerCount: 3,
    failingChecks: [],
    categoryScores: {},
    tierSince: NOW,
    changedAt: NOW,
    attention: { decision: { state: 'undecided' }, expiring: [] },
    ...overrides,
  };
}

const ML = 'group:default/ml-team';
const DATA = 'group:default/data-and-ai';
const context = { settings: DEFAULT_ATTENTION_SETTINGS, tiers: ['pilot', 'beta', 'production'], now: NOW };
const rows = [
  row('fraud-model-v3', ML, { attention: { decision: { state: 'undecided', due: day(-144) }, expiring: [] } }),
  row('dispute-agent', ML, { attention: { decision: { state: 'overdue', due: day(-174) }, expiring: [] } }),
  row('refund-worker', 'group:default/payments-team', { lifecycle: 'production', tier: 'beta' }),
  row(
    'scoring',
    DATA,
    {
      tier: 'production',
      attention: {
        decision: { state: 'ship' },
        expiring: [{ checkId: 'ai-drift-review', severity: 'major', checkTier: 'production', kind: 'evidence', dropsOn: day(27) }],
      },
    },
  ),
  row('quiet', 'group:default/quiet-team', { attention: { decision: { state: 'extend' }, expiring: [] } }),
];

describe('attentionDigests', () => {
  it("sends each owner group one digest of its own entities' overdue decisions, claims and expiries", () => {
    const digests = attentionDigests(rows, context);
    expect(digests.map(d => (d.recipients as { entityRef: string }).entityRef)).toEqual([
      DATA,
      ML,
      'group:default/payments-team',
    ]);
    const ml = digests[1];
    expect(ml.payload).toMatchObject({
      title: 'Readiness: 2 overdue decisions',
      description: 'Overdue decisions: dispute-agent (174 days), fraud-model-v3 (144 days).',
      severity: 'high',
      scope: `readiness-digest:${ML}`,
      link: `/readiness?groupBy=owner&owner=${encodeURIComponent(ML)}`,
    });
    expect(digests[2].payload.description).toBe(
      'Running as production without meeting its criteria: refund-worker.',
    );
    expect(digests[0].payload.description).toBe(
      `Expiring within 30 days: scoring (ai-drift-review on ${day(27)}).`,
    );
  });

  it('names only entities a group owns directly: a department hears nothing of its teams', () => {
    const digests = attentionDigests(rows, context);
    const department = digests.find(d => (d.recipients as { entityRef: string }).entityRef === DATA)!;
    expect(JSON.stringify(department)).not.toContain('fraud-model-v3');
    expect(JSON.stringify(department)).not.toContain('ml-team');
  });
});

describe('attentionDigestTask', () => {
  it('sends every digest, logging a failed one and going on', async () => {
    const sent: string[] = [];
    const warnings: string[] = [];
    const task = attentionDigestTask({
      store: { listRollupRows: async () => rows },
      notifications: {
        send: async n => {
          const owner = (n.recipients as { entityRef: string }).entityRef;
          if (owner === ML) throw new Error('notifications backend down');
          sent.push(owner);
        },
      },
      log: memoryLog(),
      everyDays: 7,
      settings: DEFAULT_ATTENTION_SETTINGS,
      tiers: () => ['pilot', 'beta', 'production'],
      logger: { info: () => {}, warn: (m: string) => warnings.push(m) } as any,
      clock: () => NOW,
    });
    expect(await task()).toEqual({ due: true, sent: 2, failed: 1 });
    expect(sent).toEqual([DATA, 'group:default/payments-team']);
    expect(warnings[0]).toContain('notifications backend down');
  });
});

describe('scheduleAttentionDigest', () => {
  const deps = {
    store: { listRollupRows: async () => rows },
    notifications: { send: async () => {} },
    log: async () => memoryLog(),
    settings: DEFAULT_ATTENTION_SETTINGS,
    tiers: () => ['pilot', 'beta', 'production'],
    logger: { info: () => {}, warn: () => {} } as any,
  };
  const scheduled = async (readiness: object) => {
    const scheduleTask = jest.fn(async () => {});
    const config = readReadinessConfig(new ConfigReader({ readiness })).notifications;
    const done = await scheduleAttentionDigest(config, { scheduleTask }, deps);
    return { done, scheduleTask };
  };

  it('is off by default, and with notifications on but the digest not enabled', async () => {
    for (const readiness of [{}, { notifications: { enabled: true } }, { notifications: { digest: { enabled: true } } }]) {
      const { done, scheduleTask } = await scheduled(readiness);
      expect({ readiness, done, calls: scheduleTask.mock.calls.length }).toEqual({ readiness, done: false, calls: 0 });
    }
  });

  it('runs hourly once enabled, the cadence being kept by the task', async () => {
    const { done, scheduleTask } = await scheduled({
      notifications: { enabled: true, digest: { enabled: true, everyDays: 3 } },
    });
    expect(done).toBe(true);
    expect(scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'readiness-attention-digest', scope: 'global', frequency: ATTENTION_DIGEST_CHECK_FREQUENCY }),
    );
  });
});
