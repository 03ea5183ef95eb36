import { mockServices } from '@backstage/backend-test-utils';
import path from 'node:path';
import { smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { RecomputeRunStore } from './RecomputeRunStore';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();
const migrations = path.resolve(__dirname, '../../migrations');
const HOUR = 3_600_000;

describe.each(ids)('RecomputeRunStore on %s', databaseId => {
  async function setup(staleAfterMs?: number) {
    const knex = await databases.init(databaseId);
    const database = mockServices.database({ knex });
    // Runs the migrations.
    await DatabaseScorecardStore.create({ database, rubric: smallRubricInForce });
    let now = new Date('2026-12-15T08:00:00Z');
    const runs = await RecomputeRunStore.create({
      database,
      staleAfterMs,
      clock: () => now,
      runner: 'replica-a',
    });
    return {
      knex,
      database,
      runs,
      advance(ms: number) {
        now = new Date(now.getTime() + ms);
      },
    };
  }

  it('migrates down and up again', async () => {
    const { knex } = await setup();
    expect(await knex.schema.hasTable('readiness_recompute_runs')).toBe(true);
    await knex.migrate.down({
      directory: migrations,
      name: '20261215000000_recompute_runs.js',
    });
    expect(await knex.schema.hasTable('readiness_recompute_runs')).toBe(false);
    expect(await knex.schema.hasTable('readiness_entity_state')).toBe(true);
    await knex.migrate.latest({ directory: migrations });
    expect(await knex.schema.hasTable('readiness_recompute_runs')).toBe(true);
  });

  it('is not stale before any run has finished', async () => {
    const { runs } = await setup(2 * HOUR);
    expect(await runs.getStatus()).toEqual({
      running: false,
      stale: false,
      lastStartedAt: undefined,
      lastSucceededAt: undefined,
      lastFailedAt: undefined,
      lastError: undefined,
    });
    await runs.start();
    expect(await runs.getStatus()).toMatchObject({
      running: true,
      stale: false,
      lastStartedAt: new Date('2026-12-15T08:00:00Z'),
    });
  });

  it('records a success with its summary', async () => {
    const { runs, advance } = await setup(2 * HOUR);
    const id = await runs.start();
    advance(5000);
    await runs.succeed(id, { scored: 3, deleted: 1 });
    expect(await runs.getStatus()).toEqual({
      running: false,
      stale: false,
      lastStartedAt: new Date('2026-12-15T08:00:00Z'),
      lastSucceededAt: new Date('2026-12-15T08:00:05Z'),
      lastFailedAt: undefined,
      lastError: undefined,
    });
    expect(await runs.listRuns()).toEqual([
      {
        id,
        runner: 'replica-a',
        startedAt: new Date('2026-12-15T08:00:00Z'),
        finishedAt: new Date('2026-12-15T08:00:05Z'),
        status: 'succeeded',
        error: undefined,
        summary: { scored: 3, deleted: 1 },
      },
    ]);
  });

  it('is stale while the last finished run failed, until a run succeeds', async () => {
    const { runs, advance } = await setup(2 * HOUR);
    await runs.succeed(await runs.start(), {});
    advance(HOUR);
    await runs.fail(await runs.start(), new Error('catalog unreachable'));
    expect(await runs.getStatus()).toMatchObject({
      stale: true,
      staleReason: 'last-run-failed',
      lastSucceededAt: new Date('2026-12-15T08:00:00Z'),
      lastFailedAt: new Date('2026-12-15T09:00:00Z'),
      lastError: 'Error: catalog unreachable',
    });

    advance(HOUR);
    const third = await runs.start();
    // Still stale while the next run is under way.
    expect(await runs.getStatus()).toMatchObject({
      running: true,
      stale: true,
    });
    await runs.succeed(third, {});
    const status = await runs.getStatus();
    expect(status).toMatchObject({
      stale: false,
      lastSucceededAt: new Date('2026-12-15T10:00:00Z'),
      lastError: 'Error: catalog unreachable',
    });
    expect(status.staleReason).toBeUndefined();
  });

  it('is stale once the last success is older than staleAfterMs', async () => {
    const { runs, advance } = await setup(2 * HOUR);
    await runs.succeed(await runs.start(), {});
    advance(2 * HOUR);
    expect((await runs.getStatus()).stale).toBe(false);
    advance(1);
    expect(await runs.getStatus()).toMatchObject({
      stale: true,
      staleReason: 'no-recent-success',
    });
  });

  it('is never stale by age without staleAfterMs (cron or manual schedules)', async () => {
    const { runs, advance } = await setup(undefined);
    await runs.succeed(await runs.start(), {});
    advance(1000 * HOUR);
    expect((await runs.getStatus()).stale).toBe(false);
  });

  it('closes a run cut off without recording its end when the next one starts', async () => {
    const { runs, database, advance } = await setup(2 * HOUR);
    const cutOff = await runs.start();
    advance(60_000);
    const other = await RecomputeRunStore.create({
      database,
      clock: () => new Date('2026-12-15T08:01:00Z'),
      runner: 'replica-b',
    });
    const next = await other.start();
    const [latest, earlier] = await runs.listRuns();
    expect(latest).toMatchObject({
      id: next,
      status: 'running',
      runner: 'replica-b',
    });
    expect(earlier).toMatchObject({
      id: cutOff,
      status: 'failed',
      finishedAt: new Date('2026-12-15T08:01:00Z'),
      error: expect.stringContaining('Interrupted'),
    });
    expect(await runs.getStatus()).toMatchObject({
      running: true,
      stale: true,
    });
  });

  it('shortens long error messages and forgets runs after 30 days', async () => {
    const { runs, advance } = await setup();
    await runs.fail(await runs.start(), new Error('x'.repeat(5000)));
    expect((await runs.listRuns())[0].error).toHaveLength(1000);
    advance(31 * 24 * HOUR);
    await runs.start();
    expect(await runs.listRuns()).toHaveLength(1);
  });
});
