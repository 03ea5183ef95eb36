import { mockServices } from '@backstage/backend-test-utils';
import path from 'node:path';
import { DatabaseScorecardStore } from '../store';
import { smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseNotificationLog } from './DatabaseNotificationLog';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();
const migrations = path.resolve(__dirname, '../../migrations');

describe.each(ids)('DatabaseNotificationLog on %s', databaseId => {
  async function setup() {
    const knex = await databases.init(databaseId);
    const database = mockServices.database({ knex });
    // The plugin's migrations, the log's table among them, run here.
    await DatabaseScorecardStore.create({ database, rubric: smallRubricInForce });
    return { knex, log: await DatabaseNotificationLog.create({ database }) };
  }

  it('migrates down and up again', async () => {
    const { knex } = await setup();
    expect(await knex.schema.hasTable('readiness_notification_log')).toBe(true);
    await knex.migrate.down({
      directory: migrations,
      name: '20261201000000_notification_log.js',
    });
    expect(await knex.schema.hasTable('readiness_notification_log')).toBe(
      false,
    );
    expect(await knex.schema.hasTable('readiness_entity_state')).toBe(true);
    await knex.migrate.latest({ directory: migrations });
    expect(await knex.schema.hasTable('readiness_notification_log')).toBe(true);
  });

  it('remembers what was sent, once, until it may be forgotten', async () => {
    const { log } = await setup();
    const now = new Date('2026-11-21T08:00:00Z');
    const entry = {
      key: 'waiver-expiring|component:default/a|runbook|2026-11-25',
      entityRef: 'component:default/a',
      forgetAfter: new Date('2026-11-27T00:00:00Z'),
    };
    expect(await log.unsent([entry.key, 'other'])).toEqual([
      entry.key,
      'other',
    ]);
    await log.markSent(entry, now);
    await log.markSent(entry, now); // a second mark is harmless
    expect(await log.unsent([entry.key, 'other'])).toEqual(['other']);

    expect(await log.forget(new Date('2026-11-26T00:00:00Z'))).toBe(0);
    expect(await log.unsent([entry.key])).toEqual([]);
    expect(await log.forget(new Date('2026-11-28T00:00:00Z'))).toBe(1);
    expect(await log.unsent([entry.key])).toEqual([entry.key]);
  });

  it('lets one of two racing claims through, and a released claim be made again', async () => {
    const { knex, log } = await setup();
    const other = await DatabaseNotificationLog.create({
      database: mockServices.database({ knex }),
    });
    const now = new Date('2026-11-21T08:00:00Z');
    const entry = {
      key: 'initiative-started|beta-by-march|2026-11-21|group:default/payments-team',
      entityRef: 'group:default/payments-team',
      forgetAfter: new Date('2026-12-23T00:00:00Z'),
    };
    const claims = await Promise.all([log.claim(entry, now), other.claim(entry, now)]);
    expect(claims.sort()).toEqual([false, true]);
    expect(await log.claim(entry, now)).toBe(false);
    expect(await log.unsent([entry.key])).toEqual([]);

    await other.release(entry.key);
    expect(await log.unsent([entry.key])).toEqual([entry.key]);
    expect(await log.claim(entry, now)).toBe(true);
  });

  it('answers for more keys than one statement may bind', async () => {
    const { log } = await setup();
    const now = new Date('2026-11-21T08:00:00Z');
    const keys = Array.from({ length: 450 }, (_, i) => `k${i}`);
    for (const key of keys.filter((_, i) => i % 3 === 0)) {
      await log.markSent(
        { key, entityRef: 'component:default/a', forgetAfter: now },
        now,
      );
    }
    expect(await log.unsent(keys)).toEqual(keys.filter((_, i) => i % 3 !== 0));
  });
});
