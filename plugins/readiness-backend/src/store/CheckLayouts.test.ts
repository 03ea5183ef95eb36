import { mockServices } from '@backstage/backend-test-utils';
import { createHash } from 'node:crypto';
import { smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { CheckLayouts } from './CheckLayouts';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();

async function migrated(databaseId: (typeof ids)[number]) {
  const knex = await databases.init(databaseId);
  // Runs the migrations.
  await DatabaseScorecardStore.create({
    database: mockServices.database({ knex }),
    rubric: smallRubricInForce,
  });
  return knex;
}

describe.each(ids)('CheckLayouts on %s', databaseId => {
  it('gives replicas creating the same layout at once the same id', async () => {
    const knex = await migrated(databaseId);
    const one = new CheckLayouts(knex);
    const other = new CheckLayouts(knex);
    const checks = ['owner', 'runbook', 'slo'];
    const [a, b] = await Promise.all([one.idOf(checks), other.idOf(checks)]);
    expect(a).toBe(b);
    expect(await one.idOf(['owner'])).not.toBe(a);
    const rows = await knex('readiness_check_layouts').select('check_ids');
    expect(rows.map(r => r.check_ids).sort()).toEqual([
      'owner',
      'owner,runbook,slo',
    ]);
    // The other replica learns of a layout it did not create on reading it.
    const lookup = await other.resolver([await one.idOf(['owner'])]);
    expect(lookup(await one.idOf(['owner']))).toEqual(['owner']);
    expect(lookup(null)).toEqual([]);
  });

  it('stores a rubric whose check ids run to several kilobytes', async () => {
    const knex = await migrated(databaseId);
    // 200 checks of 38 characters that compress poorly: too long for a
    // PostgreSQL btree index on the ids themselves, hence the unique digest.
    const checks = Array.from(
      { length: 200 },
      (_, i) => `check-${createHash('md5').update(String(i)).digest('hex')}`,
    );
    const layouts = new CheckLayouts(knex);
    const id = await layouts.idOf(checks);
    const fresh = new CheckLayouts(knex);
    expect((await fresh.resolver([id]))(id)).toEqual(checks);
  });
});
