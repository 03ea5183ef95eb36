/*
 * rollupHistory over what the store keeps (superseded results plus the
 * current one): the same days as the old layout's one row per result gave.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { evaluate } from '@readiness-scorecards/plugin-readiness-common';
import { service, smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseScorecardStore, EntityScoreRecord } from '../store';
import { rollupHistory } from './rollupHistory';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();
const DAY_MS = 86_400_000;
const start = new Date('2026-11-01T09:00:00Z');
const onDay = (n: number) => new Date(start.getTime() + (n - 1) * DAY_MS);

function record(name: string, evidence: string[]): EntityScoreRecord {
  const scorecard = evaluate(smallRubricInForce(), {
    entity: service(name, evidence),
    related: {},
    now: start,
  });
  return {
    entityRef: scorecard.entityRef,
    kind: 'Component',
    system: 'system:default/checkout',
    scorecard,
    fingerprint: scorecard.checks.map(c => c.status).join(','),
  };
}

const PILOT = ['owner'];
const BETA = ['owner', 'runbook', 'on-call'];
const PRODUCTION = ['owner', 'runbook', 'on-call', 'slo'];

describe.each(ids)('rollupHistory from the store on %s', databaseId => {
  it('counts a never-changed entity every day and a changed one as of each day', async () => {
    const store = await DatabaseScorecardStore.create({
      database: mockServices.database({
        knex: await databases.init(databaseId),
      }),
      rubric: smallRubricInForce,
    });
    // steady: beta from day 1 on, scored daily; mover: pilot, beta on
    // day 3, production on day 5; late: first scored on day 4.
    const mover = [PILOT, PILOT, BETA, BETA, PRODUCTION, PRODUCTION];
    for (let day = 1; day <= 6; day++) {
      await store.upsertResults(
        [
          record('steady', BETA),
          record('mover', mover[day - 1]),
          ...(day >= 4 ? [record('late', PILOT)] : []),
        ],
        onDay(day),
      );
    }
    // Only the mover's two replaced results are history rows.
    expect(
      (await store.listAllHistory()).length -
        (await store.listEntityRefs()).length,
    ).toBe(2);

    const points = rollupHistory(
      await store.listRollupRows(),
      await store.listAllHistory(),
      {
        groupBy: 'system',
        tiers: ['pilot', 'beta', 'production'],
        stuckAfterDays: 90,
        now: onDay(6),
        days: 7,
      },
    );
    const score = (evidence: string[]) => record('x', evidence).scorecard.score;
    const mean = (...scores: number[]) =>
      Math.round((10 * scores.reduce((a, b) => a + b, 0)) / scores.length) / 10;
    expect(
      points.map(p => [
        p.date,
        p.total.entityCount,
        p.total.tiers,
        p.total.meanScore,
      ]),
    ).toEqual([
      ['2026-10-31', 0, { none: 0, pilot: 0, beta: 0, production: 0 }, 0],
      ...[1, 2].map(day => [
        `2026-11-0${day}`,
        2,
        { none: 0, pilot: 1, beta: 1, production: 0 },
        mean(score(BETA), score(PILOT)),
      ]),
      [
        '2026-11-03',
        2,
        { none: 0, pilot: 0, beta: 2, production: 0 },
        score(BETA),
      ],
      ...[4].map(day => [
        `2026-11-0${day}`,
        3,
        { none: 0, pilot: 1, beta: 2, production: 0 },
        mean(score(BETA), score(BETA), score(PILOT)),
      ]),
      ...[5, 6].map(day => [
        `2026-11-0${day}`,
        3,
        { none: 0, pilot: 1, beta: 1, production: 1 },
        mean(score(BETA), score(PILOT), score(PRODUCTION)),
      ]),
    ]);
  });
});
