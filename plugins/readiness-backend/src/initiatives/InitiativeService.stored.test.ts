/*
 * Initiatives over a real recompute on a real database (SQLite and
 * PostgreSQL): the burn-up point each recompute records, progress per
 * initiative and team, the state on given days, and what a caller the
 * policy restricts gets (numbers and a burn-up replayed from what they may
 * read only).
 */
import path from 'node:path';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { Initiative } from '@readiness-scorecards/plugin-readiness-common';
import { ALL_VISIBLE, VisibleEntities } from '../catalog/VisibleEntities';
import { createRecomputeHarness } from '../__testUtils__/recomputeHarness';
import { service, smallRubricInForce } from '../__testUtils__/smallRubric';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { RollupService } from '../rollup/RollupService';
import { CachedRollupRows } from '../store';
import { InitiativeProgressRecorder } from './InitiativeProgressRecorder';
import { InitiativeProgressStore } from './InitiativeProgressStore';
import { InitiativeService } from './InitiativeService';
import { measuredBeforeToday } from './measuredProgress';

jest.setTimeout(60_000);

const { databases, ids } = createTestDatabases();
const insider = mockCredentials.user('user:default/ada');
const outsider = mockCredentials.user('user:default/outsider');

const PILOT = ['owner'];
const BETA = ['owner', 'runbook', 'on-call'];
const PRODUCTION = ['owner', 'runbook', 'on-call', 'slo'];

function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default', title: `${name} title` },
    spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
  };
}

/** A service of `team` with `t/<id>` set for each check id given. */
function owned(name: string, team: string, checks: string[]): Entity {
  const entity = service(name, checks);
  const owner = `group:default/${team}`;
  return { ...entity, spec: { ...entity.spec, owner }, relations: [{ type: 'ownedBy', targetRef: owner }] };
}

function withTitle(entity: Entity, title: string): Entity {
  return { ...entity, metadata: { ...entity.metadata, title } };
}

const GROUPS = [
  group('engineering'),
  group('payments-team', 'engineering'),
  group('platform-team', 'engineering'),
  group('other-team'),
];

// The harness's clock starts on 2026-11-21 at 08:00.
const INITIATIVES: Initiative[] = [
  {
    id: 'beta-by-solstice',
    title: 'Every engineering service reaches beta',
    target: { tier: 'beta' },
    scope: { owner: ['group:default/engineering'], kind: ['Component'] },
    startDate: '2026-11-21',
    deadline: '2026-12-21',
    owningGroup: 'group:default/platform-team',
  },
  {
    id: 'slo-everywhere',
    title: 'Every service has an SLO',
    target: { checks: ['slo'] },
    scope: {},
    startDate: '2026-12-01',
    deadline: '2026-12-21',
  },
];

describe.each(ids)('initiatives over stored results on %s', databaseId => {
  async function setup() {
    const harness = await createRecomputeHarness(await databases.init(databaseId));
    const progress = await InitiativeProgressStore.create({ database: harness.database });
    const recorder = new InitiativeProgressRecorder({
      initiatives: INITIATIVES,
      rows: () => harness.store.listRollupRows(),
      progress,
      rubric: smallRubricInForce,
      historyRetentionDays: 365,
    });
    // The outsider may read a, c and other (not b or d).
    const visibility = {
      of: async (credentials: BackstageCredentials) =>
        credentials === outsider
          ? {
              refs: new Set(['a', 'c', 'other'].map(n => `component:default/${n}`)),
              key: 'outsider-set',
            }
          : ALL_VISIBLE,
    } as VisibleEntities;
    const rollups = new RollupService({
      catalog: catalogServiceMock({ entities: GROUPS }),
      store: harness.store,
      rows: new CachedRollupRows(harness.store),
      visibility,
      tiers: harness.tiers,
      stuckAfterDays: 90,
      clock: harness.now,
    });
    const initiatives = new InitiativeService({
      initiatives: INITIATIVES,
      rollups,
      progress,
      store: harness.store,
      rubric: smallRubricInForce,
      clock: harness.now,
    });
    const recompute = (levels: Record<string, string[]>) =>
      harness.run(
        [
          ...GROUPS,
          owned('a', 'payments-team', levels.a),
          owned('b', 'payments-team', levels.b),
          owned('c', 'platform-team', levels.c),
          withTitle(owned('d', 'platform-team', levels.d), 'Service D'),
          owned('other', 'other-team', BETA),
        ],
        [recorder],
      );
    const progressOf = async (credentials: BackstageCredentials) =>
      Object.fromEntries(
        (await initiatives.list(credentials)).initiatives.map(s => [s.initiative.id, s.progress]),
      );
    return { harness, progress, initiatives, recompute, progressOf };
  }

  it('records a point per initiative and day, and gives progress, teams, entities and the state day by day', async () => {
    const { harness, progress, initiatives, recompute, progressOf } = await setup();
    // Day 0, 2026-11-21: c is at beta, the others at pilot.
    await recompute({ a: PILOT, b: PILOT, c: BETA, d: PILOT });
    expect(await progressOf(insider)).toEqual({
      'beta-by-solstice': { inScope: 4, done: 1, remaining: 3, percentDone: 25, state: 'on-track', daysLeft: 30, neededNow: 1 },
      'slo-everywhere': { inScope: 5, done: 0, remaining: 5, percentDone: 0, state: 'not-started', daysLeft: 30 },
    });

    // Day 10, 2026-12-01: nothing moved, at risk.
    harness.advanceDays(10);
    await recompute({ a: PILOT, b: PILOT, c: BETA, d: PILOT });
    expect((await progressOf(insider))['beta-by-solstice']).toEqual({
      inScope: 4, done: 1, remaining: 3, percentDone: 25, state: 'at-risk', daysLeft: 20, projectedDone: 1, neededNow: 2,
    });

    // Day 15, 2026-12-06: a reaches beta, b production: two in 15 days, 15 left.
    harness.advanceDays(5);
    await recompute({ a: BETA, b: PRODUCTION, c: BETA, d: PILOT });
    // A second run the same day replaces the day's point.
    await recompute({ a: BETA, b: PRODUCTION, c: BETA, d: PILOT });
    const stored = await progress.list(INITIATIVES.map(i => i.id));
    expect(stored.get('beta-by-solstice')!.map(p => [p.day, p.inScope, p.done])).toEqual([
      ['2026-11-21', 4, 1],
      ['2026-12-01', 4, 1],
      ['2026-12-06', 4, 3],
    ]);
    expect(stored.get('slo-everywhere')!.map(p => [p.day, p.inScope, p.done])).toEqual([
      ['2026-12-01', 5, 0],
      ['2026-12-06', 5, 1],
    ]);
    expect(await progressOf(insider)).toEqual({
      'beta-by-solstice': { inScope: 4, done: 3, remaining: 1, percentDone: 75, state: 'on-track', daysLeft: 15, projectedDone: 5, neededNow: 2.5 },
      // One in five days from nothing, four left to do in 15: at risk.
      'slo-everywhere': { inScope: 5, done: 1, remaining: 4, percentDone: 20, state: 'at-risk', daysLeft: 15, projectedDone: 4, neededNow: 1.3 },
    });

    const detail = await initiatives.get('beta-by-solstice', insider, { offset: 0, limit: 10 });
    expect(detail).toMatchObject({
      owningGroupTitle: 'platform-team title',
      remainingChecks: [
        { checkId: 'on-call', title: 'Check on-call', entityCount: 1 },
        { checkId: 'runbook', title: 'Check runbook', entityCount: 1 },
      ],
      teamCount: 2,
      teams: [
        {
          owner: 'group:default/platform-team',
          ownerTitle: 'platform-team title',
          inScope: 2,
          done: 1,
          remaining: 1,
          remainingChecks: [
            { checkId: 'on-call', title: 'Check on-call', entityCount: 1 },
            { checkId: 'runbook', title: 'Check runbook', entityCount: 1 },
          ],
        },
        { owner: 'group:default/payments-team', inScope: 2, done: 2, remaining: 0, remainingChecks: [] },
      ],
    });
    const secondTeam = await initiatives.get('beta-by-solstice', insider, { offset: 1, limit: 1 });
    expect(secondTeam.teams.map(t => t.owner)).toEqual(['group:default/payments-team']);

    const entities = await initiatives.entities('beta-by-solstice', insider, { offset: 0, limit: 10 });
    expect(entities.total).toBe(4);
    expect(entities.remaining).toBe(1);
    // Each entity by its title where it has one.
    expect(entities.items.map(e => e.title)).toEqual(['Service D', undefined, undefined, undefined]);
    expect(entities.items.map(e => [e.entityRef, e.tier, e.done, e.remainingChecks])).toEqual([
      ['component:default/d', 'pilot', false, ['runbook', 'on-call']],
      ['component:default/a', 'beta', true, []],
      ['component:default/b', 'production', true, []],
      ['component:default/c', 'beta', true, []],
    ]);
    const payments = await initiatives.entities('beta-by-solstice', insider, {
      owner: ['group:default/payments-team'],
      offset: 0,
      limit: 10,
    });
    expect(payments.items.map(e => e.entityRef)).toEqual(['component:default/a', 'component:default/b']);

    expect(await initiatives.history('beta-by-solstice', insider)).toEqual({
      initiativeId: 'beta-by-solstice',
      startDate: '2026-11-21',
      deadline: '2026-12-21',
      source: 'recorded',
      pace: { from: { date: '2026-11-21', done: 1 }, to: { date: '2026-12-21', done: 4 } },
      points: [
        { date: '2026-11-21', inScope: 4, done: 1, needed: 1 },
        { date: '2026-12-01', inScope: 4, done: 1, needed: 2 },
        { date: '2026-12-06', inScope: 4, done: 3, needed: 2.5 },
      ],
    });

    // After the deadline with d still at pilot: missed.
    harness.advanceDays(16);
    expect((await progressOf(insider))['beta-by-solstice']).toMatchObject({ state: 'missed', daysLeft: -1, remaining: 1 });
  });

  it('counts for a restricted caller only what they may read, with a burn-up replayed from it', async () => {
    const { harness, initiatives, recompute, progressOf } = await setup();
    await recompute({ a: PILOT, b: PILOT, c: BETA, d: PILOT });
    harness.advanceDays(15);
    await recompute({ a: BETA, b: PRODUCTION, c: BETA, d: PILOT });

    // a and c are in scope for the outsider, both at beta now.
    expect((await progressOf(outsider))['beta-by-solstice']).toEqual({
      inScope: 2, done: 2, remaining: 0, percentDone: 100, state: 'done', daysLeft: 15,
    });
    expect((await progressOf(outsider))['slo-everywhere']).toMatchObject({ inScope: 3, done: 0, remaining: 3 });
    const detail = await initiatives.get('beta-by-solstice', outsider, { offset: 0, limit: 10 });
    expect(detail.teams.map(t => [t.owner, t.inScope, t.done])).toEqual([
      ['group:default/payments-team', 1, 1],
      ['group:default/platform-team', 1, 1],
    ]);
    expect(detail.remainingChecks).toEqual([]);
    const entities = await initiatives.entities('beta-by-solstice', outsider, { offset: 0, limit: 10 });
    expect(entities.items.map(e => e.entityRef)).toEqual(['component:default/a', 'component:default/c']);
    expect(await initiatives.allEntities('slo-everywhere', outsider)).toHaveLength(3);

    const history = await initiatives.history('beta-by-solstice', outsider);
    expect(history.source).toBe('replayed');
    // Every day from the first recorded one: c done throughout, a from day 15.
    expect(history.points).toHaveLength(16);
    expect(history.points[0]).toEqual({ date: '2026-11-21', inScope: 2, done: 1, needed: 1 });
    expect(history.points[14]).toMatchObject({ date: '2026-12-05', inScope: 2, done: 1 });
    expect(history.points[15]).toMatchObject({ date: '2026-12-06', inScope: 2, done: 2 });
    expect(history.pace).toEqual({ from: { date: '2026-11-21', done: 1 }, to: { date: '2026-12-21', done: 2 } });
    // The insider's recorded points count b and d too.
    expect((await initiatives.history('beta-by-solstice', insider)).points.map(p => [p.inScope, p.done])).toEqual([
      [4, 1],
      [4, 3],
    ]);
  });

  it("lists an entity's initiatives with its own progress, and none of a hidden entity", async () => {
    const { harness, initiatives, recompute } = await setup();
    await recompute({ a: PILOT, b: PILOT, c: BETA, d: PILOT });
    harness.advanceDays(10);
    await recompute({ a: PILOT, b: PILOT, c: BETA, d: PILOT });

    const ofD = await initiatives.list(insider, { entityRef: 'Component:default/d' });
    expect(ofD.initiatives.map(s => [s.initiative.id, s.progress.inScope, s.entity])).toEqual([
      [
        'beta-by-solstice',
        4,
        expect.objectContaining({
          entityRef: 'component:default/d',
          owner: 'group:default/platform-team',
          ownerTitle: 'platform-team title',
          tier: 'pilot',
          done: false,
          remainingChecks: ['runbook', 'on-call'],
        }),
      ],
      ['slo-everywhere', 5, expect.objectContaining({ done: false, remainingChecks: ['slo'] })],
    ]);
    // other is outside the engineering scope; d is hidden from the outsider.
    const ofOther = await initiatives.list(insider, { entityRef: 'component:default/other' });
    expect(ofOther.initiatives.map(s => s.initiative.id)).toEqual(['slo-everywhere']);
    expect((await initiatives.list(outsider, { entityRef: 'component:default/d' })).initiatives).toEqual([]);
  });

  it("gives a team's share of every initiative in one list, sub-teams included, and only what the caller may read", async () => {
    const { harness, initiatives, recompute } = await setup();
    await recompute({ a: PILOT, b: PILOT, c: BETA, d: PILOT });
    harness.advanceDays(10);
    await recompute({ a: BETA, b: PILOT, c: BETA, d: PRODUCTION });
    const shares = async (credentials: BackstageCredentials, owner: string) =>
      (await initiatives.list(credentials, { owner: [owner] })).initiatives.map(s => [s.initiative.id, s.team]);

    expect(await shares(insider, 'group:default/payments-team')).toEqual([
      ['beta-by-solstice', { inScope: 2, done: 1, remaining: 1 }],
      ['slo-everywhere', { inScope: 2, done: 0, remaining: 2 }],
    ]);
    // engineering holds both of its teams.
    expect(await shares(insider, 'group:default/engineering')).toEqual([
      ['beta-by-solstice', { inScope: 4, done: 3, remaining: 1 }],
      ['slo-everywhere', { inScope: 4, done: 1, remaining: 3 }],
    ]);
    // b is hidden from the outsider; other-team is outside engineering's scope.
    expect(await shares(outsider, 'group:default/payments-team')).toEqual([
      ['beta-by-solstice', { inScope: 1, done: 1, remaining: 0 }],
      ['slo-everywhere', { inScope: 1, done: 0, remaining: 1 }],
    ]);
    expect(await shares(insider, 'group:default/other-team')).toEqual([
      ['beta-by-solstice', { inScope: 0, done: 0, remaining: 0 }],
      ['slo-everywhere', { inScope: 1, done: 0, remaining: 1 }],
    ]);
    // Without owner, no share; the scope's groups by title.
    const plain = (await initiatives.list(insider)).initiatives;
    expect(plain.every(s => s.team === undefined)).toBe(true);
    expect(plain.map(s => s.scopeOwnerTitles)).toEqual([{ 'group:default/engineering': 'engineering title' }, undefined]);
  });

  it('fills days without a point from what a module measured before, keeping recorded days', async () => {
    const { harness, progress, recompute } = await setup();
    await recompute({ a: PILOT, b: PILOT, c: BETA, d: PILOT });
    const measured = measuredBeforeToday(
      [
        {
          initiative: INITIATIVES[0],
          measuredBefore: [
            { date: '2026-11-01', inScope: 4, done: 0 },
            // Today's point is the recompute's.
            { date: '2026-11-21', inScope: 9, done: 9 },
          ],
        },
      ],
      harness.now(),
    );
    expect(measured).toEqual([{ initiativeId: 'beta-by-solstice', day: '2026-11-01', inScope: 4, done: 0 }]);
    await progress.recordMissing(
      [...measured, { initiativeId: 'beta-by-solstice', day: '2026-11-21', inScope: 9, done: 9 }],
      harness.now(),
    );
    const stored = await progress.list(['beta-by-solstice']);
    expect(stored.get('beta-by-solstice')!.map(p => [p.day, p.inScope, p.done])).toEqual([
      ['2026-11-01', 4, 0],
      ['2026-11-21', 4, 1],
    ]);
  });

  it('keeps the points of the retention period, and migrates down and up again', async () => {
    const { harness, progress, recompute } = await setup();
    await recompute({ a: PILOT, b: PILOT, c: BETA, d: PILOT });
    await progress.record(
      [{ initiativeId: 'beta-by-solstice', day: '2025-11-20', inScope: 1, done: 0 }],
      harness.now(),
    );
    expect(await progress.pruneBefore('2025-11-21')).toBe(1);
    expect((await progress.list(['beta-by-solstice'])).get('beta-by-solstice')).toHaveLength(1);

    const knex = await harness.database.getClient();
    const migrations = path.resolve(__dirname, '../../migrations');
    await knex.migrate.down({ directory: migrations, name: '20270105000000_initiative_progress.js' });
    expect(await knex.schema.hasTable('readiness_initiative_progress')).toBe(false);
    expect(await knex.schema.hasTable('readiness_entity_state')).toBe(true);
    await knex.migrate.latest({ directory: migrations });
    expect(await knex.schema.hasTable('readiness_initiative_progress')).toBe(true);
  });

  it('says an unknown initiative is not found', async () => {
    const { initiatives } = await setup();
    await expect(initiatives.get('nope', insider, { offset: 0, limit: 1 })).rejects.toMatchObject({
      name: 'NotFoundError',
      message: 'No initiative "nope" in readiness.initiatives',
    });
    await expect(initiatives.history('nope', insider)).rejects.toMatchObject({ name: 'NotFoundError' });
  });
});
