import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import type { AttentionSettings } from '../attention/attentionConfig';
import type { ScorecardStore } from '../store';
import { attentionDigests } from './attentionDigest';

export const ATTENTION_DIGEST_TASK_ID = 'readiness-attention-digest';

/**
 * The scheduled digest: reads the stored results (the plugin's own view,
 * every entity) and sends each owner group its digest. A failed send is
 * logged and the others still go.
 */
export function attentionDigestTask(deps: {
  store: Pick<ScorecardStore, 'listRollupRows'>;
  notifications: Pick<NotificationService, 'send'>;
  settings: AttentionSettings;
  tiers: () => string[];
  logger: LoggerService;
  clock?: () => Date;
}): () => Promise<{ sent: number; failed: number }> {
  return async () => {
    const rows = await deps.store.listRollupRows();
    const digests = attentionDigests(rows, {
      settings: deps.settings,
      tiers: deps.tiers(),
      now: (deps.clock ?? (() => new Date()))(),
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
    return { sent, failed };
  };
}
