import type { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { AttentionSettings } from '../attention/attentionConfig';
import type { ReadinessBackendConfig } from '../config';
import type { ScorecardStore } from '../store';
import { attentionDigests } from './attentionDigest';
import type { NotificationLog } from './NotificationLog';

export const ATTENTION_DIGEST_TASK_ID = 'readiness-attention-digest';

/** The log entry that holds the digest back until its next turn. */
export const ATTENTION_DIGEST_LOG_KEY = 'attention-digest';

const DAY_MS = 86_400_000;

/**
 * How often the task looks whether a digest is due. The scheduler runs a
 * task again shortly after every restart, so the cadence itself is kept in
 * the notification log, not in the task's frequency.
 */
export const ATTENTION_DIGEST_CHECK_FREQUENCY = { hours: 1 };

/**
 * A turn comes due half a check early, so that the checks' own drift (a
 * run starts a little after its hour) never pushes a digest to the next
 * check, an hour later every turn.
 */
const TURN_EARLY_BY_MS = 30 * 60_000;

export interface AttentionDigestDeps {
  store: Pick<ScorecardStore, 'listRollupRows'>;
  notifications: Pick<NotificationService, 'send'>;
  log: Pick<NotificationLog, 'claim' | 'forget'>;
  /** Days between two digests. */
  everyDays: number;
  settings: AttentionSettings;
  tiers: () => string[];
  logger: LoggerService;
  clock?: () => Date;
}

/**
 * The scheduled digest: when the last one went `everyDays` days ago or more
 * (or never), reads the stored results (the plugin's own view, every entity;
 * who may hear of which entity is attentionDigests' rule: its owner group
 * only) and sends each owner group its digest. The turn is claimed in the
 * notification log first, so restarts and replicas send one digest a turn.
 * A failed send is logged and the others still go.
 */
export function attentionDigestTask(
  deps: AttentionDigestDeps,
): () => Promise<{ due: boolean; sent: number; failed: number }> {
  return async () => {
    const now = (deps.clock ?? (() => new Date()))();
    await deps.log.forget(now);
    const due = await deps.log.claim(
      {
        key: ATTENTION_DIGEST_LOG_KEY,
        entityRef: '',
        forgetAfter: new Date(now.getTime() + deps.everyDays * DAY_MS - TURN_EARLY_BY_MS),
      },
      now,
    );
    if (!due) return { due, sent: 0, failed: 0 };
    const rows = await deps.store.listRollupRows();
    const digests = attentionDigests(rows, {
      settings: deps.settings,
      tiers: deps.tiers(),
      now,
    });
    let sent = 0;
    let failed = 0;
    for (const digest of digests) {
      try {
        await deps.notifications.send(digest);
        sent += 1;
      } catch (error) {
        failed += 1;
        deps.logger.warn(`Readiness digest to ${JSON.stringify(digest.recipients)} failed: ${error}`);
      }
    }
    deps.logger.info(`Readiness digest sent to ${sent} owner groups (${failed} failed)`);
    return { due, sent, failed };
  };
}

/**
 * Schedules the digest when `readiness.notifications.enabled` and
 * `readiness.notifications.digest.enabled` are both true (both default to
 * false); true when it did.
 */
export async function scheduleAttentionDigest(
  config: ReadinessBackendConfig['notifications'],
  scheduler: Pick<SchedulerService, 'scheduleTask'>,
  deps: Omit<AttentionDigestDeps, 'everyDays' | 'log'> & { log: () => Promise<AttentionDigestDeps['log']> },
): Promise<boolean> {
  if (!config.enabled || !config.digest.enabled) return false;
  const log = await deps.log();
  const task = attentionDigestTask({ ...deps, log, everyDays: config.digest.everyDays });
  await scheduler.scheduleTask({
    id: ATTENTION_DIGEST_TASK_ID,
    scope: 'global',
    frequency: ATTENTION_DIGEST_CHECK_FREQUENCY,
    timeout: { minutes: 10 },
    // After a recompute has stored results.
    initialDelay: { minutes: 5 },
    fn: async () => {
      await task();
    },
  });
  return true;
}
