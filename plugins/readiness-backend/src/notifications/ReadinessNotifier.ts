import { LoggerService } from '@backstage/backend-plugin-api';
import type {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import type {
  RecomputeBatch,
  RecomputeListener,
} from '../recompute/ScorecardChange';
import type { NotificationLog } from './NotificationLog';
import {
  changeNotification,
  expiringWaiverNotices,
} from './readinessNotifications';

/**
 * Tells owner groups, through Backstage's notifications, when a service drops
 * a tier or gains a blocker (once per change: the recompute reports each
 * change once), and when a waiver in use is about to expire (once per entity,
 * check and end date, remembered in the database).
 */
export class ReadinessNotifier implements RecomputeListener {
  readonly name = 'notifications';

  constructor(
    private readonly deps: {
      notifications: NotificationService;
      log: NotificationLog;
      tiers: () => string[];
      waiverExpiryDaysAhead: number;
      logger: LoggerService;
    },
  ) {}

  async onBatch(batch: RecomputeBatch): Promise<void> {
    const tiers = this.deps.tiers();
    const failures: string[] = [];
    for (const change of batch.changes) {
      const notification = changeNotification(change, tiers);
      // A change is reported once: a failed send is not tried again.
      if (notification) await this.send(notification, failures);
    }

    const notices = batch.results.flatMap(record =>
      expiringWaiverNotices(
        record.entityRef,
        record.owner,
        record.scorecard,
        this.deps.waiverExpiryDaysAhead,
      ),
    );
    if (notices.length > 0) {
      const unsent = new Set(
        await this.deps.log.unsent(notices.map(n => n.key)),
      );
      for (const notice of notices.filter(n => unsent.has(n.key))) {
        // Remembered only once sent, so a failed send is tried again next run.
        if (await this.send(notice.notification, failures)) {
          await this.deps.log.markSent(notice, batch.now);
        }
      }
    }
    if (batch.results.length > 0) {
      await this.deps.log.forget(batch.now);
    }
    if (failures.length > 0) {
      this.deps.logger.warn(
        `Readiness could not send ${failures.length} notification(s); is the notifications backend installed? First error: ${failures[0]}`,
      );
    }
  }

  private async send(
    notification: NotificationSendOptions,
    failures: string[],
  ): Promise<boolean> {
    try {
      await this.deps.notifications.send(notification);
      return true;
    } catch (error) {
      failures.push(String(error));
      return false;
    }
  }
}
