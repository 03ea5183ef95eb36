import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  CompiledRubric,
  compileTarget,
  dayOf,
  Initiative,
} from '@readiness-scorecards/plugin-readiness-common';
import type { FinishedRecompute, RecomputeListener } from '../recompute/ScorecardChange';
import type { RollupRow } from '../store';
import type { NotificationLog } from './NotificationLog';
import { InitiativeNotice, initiativeNotices } from './initiativeNotices';

/**
 * Tells each owner team with work in an initiative's scope when it starts,
 * `reminderDaysBeforeDeadline` days before its deadline and when it is
 * missed, at the end of a recompute, from the stored results and the
 * groups the recompute read. Each notice goes once per initiative, team
 * and kind: it is claimed in the notification log before it is sent, so
 * restarts and racing replicas do not repeat it.
 */
export class InitiativeNotifier implements RecomputeListener {
  readonly name = 'initiative notifications';

  constructor(
    private readonly deps: {
      initiatives: readonly Initiative[];
      /** Every stored result, after the recompute's writes. */
      rows: () => Promise<readonly RollupRow[]>;
      rubric: () => CompiledRubric;
      notifications: Pick<NotificationService, 'send'>;
      log: NotificationLog;
      reminderDaysBeforeDeadline: number;
      logger: LoggerService;
    },
  ) {}

  async onRunFinished({ now, groups }: FinishedRecompute): Promise<void> {
    const { initiatives } = this.deps;
    if (initiatives.length === 0) return;
    const rows = await this.deps.rows();
    const rubric = this.deps.rubric();
    const tiers = rubric.tiers.map(t => t.id);
    const context = {
      today: dayOf(now),
      reminderDaysBeforeDeadline: this.deps.reminderDaysBeforeDeadline,
      tiers,
      ownerWithin: (owner: string, ancestor: string) => groups.isWithin(owner, ancestor),
    };
    const notices = initiatives.flatMap(initiative =>
      initiativeNotices(initiative, rows, {
        ...context,
        target: compileTarget(initiative.target, rubric),
      }),
    );
    if (notices.length === 0) return;
    const unsent = new Set(await this.deps.log.unsent(notices.map(n => n.key)));
    const failures: string[] = [];
    for (const notice of notices.filter(n => unsent.has(n.key))) {
      await this.sendOnce(notice, now, failures);
    }
    if (failures.length > 0) {
      this.deps.logger.warn(
        `Readiness could not send ${failures.length} initiative notification(s); they are tried again on the next recompute. First error: ${failures[0]}`,
      );
    }
  }

  private async sendOnce(notice: InitiativeNotice, now: Date, failures: string[]): Promise<void> {
    if (!(await this.deps.log.claim(notice, now))) return;
    try {
      await this.deps.notifications.send(notice.notification);
    } catch (error) {
      // Released so that the next run tries again.
      await this.deps.log.release(notice.key);
      failures.push(String(error));
    }
  }
}
