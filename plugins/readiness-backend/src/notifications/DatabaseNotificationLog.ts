import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { LoggedNotification, NotificationLog } from './NotificationLog';

const TABLE = 'readiness_notification_log';
const CHUNK_SIZE = 200;

/**
 * The notification log in the plugin's database. Its table is created by the
 * plugin's migrations, which DatabaseScorecardStore.create runs.
 */
export class DatabaseNotificationLog implements NotificationLog {
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseNotificationLog> {
    return new DatabaseNotificationLog(await options.database.getClient());
  }

  private constructor(private readonly db: Knex) {}

  async unsent(keys: string[]): Promise<string[]> {
    const sent = new Set<string>();
    for (let i = 0; i < keys.length; i += CHUNK_SIZE) {
      const rows: Array<{ notification_key: string }> = await this.db(TABLE)
        .whereIn('notification_key', keys.slice(i, i + CHUNK_SIZE))
        .select('notification_key');
      rows.forEach(row => sent.add(row.notification_key));
    }
    return keys.filter(key => !sent.has(key));
  }

  async markSent(notification: LoggedNotification, now: Date): Promise<void> {
    await this.db(TABLE)
      .insert({
        notification_key: notification.key,
        entity_ref: notification.entityRef,
        sent_at: now,
        forget_after: notification.forgetAfter,
      })
      .onConflict('notification_key')
      .ignore();
  }

  async claim(notification: LoggedNotification, now: Date): Promise<boolean> {
    try {
      // A plain insert: the primary key lets one of racing replicas in, on
      // every database, where onConflict().ignore() would not tell which.
      await this.db(TABLE).insert({
        notification_key: notification.key,
        entity_ref: notification.entityRef,
        sent_at: now,
        forget_after: notification.forgetAfter,
      });
      return true;
    } catch (error) {
      const heldByAnother = (await this.unsent([notification.key])).length === 0;
      if (heldByAnother) return false;
      throw error;
    }
  }

  async release(key: string): Promise<void> {
    await this.db(TABLE).where('notification_key', key).delete();
  }

  async forget(now: Date): Promise<number> {
    return this.db(TABLE).where('forget_after', '<', now).delete();
  }
}
