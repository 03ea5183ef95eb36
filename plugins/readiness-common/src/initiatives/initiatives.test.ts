import { compileRubric } from '../engine/compileRubric';
import { parseDay } from '../parsing';
import { testRubric } from '../__testUtils__/testRubric';
import type { InitiativeRow } from './scope';
import { isInScope } from './scope';
import { compileTarget, problemsOfInitiativeTarget, progressAgainst } from './target';
import { progressOfRows, remainingFirst, tallyByOwner, tallyProgress } from './tally';
import { baselineOf, initiativeOutlook, neededOn, neededPaceOf } from './outlook';
import { replayBurnUp } from './replay';

const compiled = compileRubric(testRubric);
const TIERS = ['bronze', 'silver', 'gold'];
const day = (text: string) => parseDay(text)!;

/** Groups: platform and payments under engineering. */
const PARENTS: Record<string, string> = {
  'group:default/platform': 'group:default/engineering',
  'group:default/payments': 'group:default/engineering',
};
const ownerWithin = (owner: string, ancestor: string) => {
  for (let g: string | undefined = owner; g; g = PARENTS[g]) if (g === ancestor) return true;
  return false;
};

function row(entityRef: string, fields: Partial<InitiativeRow> = {}): InitiativeRow {
  return { entityRef, kind: 'Component', tags: [], tier: null, failingChecks: [], ...fields };
}

describe('isInScope', () => {
  const service = row('component:default/api', {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:default/platform',
    system: 'system:default/checkout',
    domain: 'domain:default/commerce',
    tags: ['Customer-Facing', 'java'],
  });

  it('takes everything with an empty scope, and matches each list like the rollup filters', () => {
    expect(isInScope(service, {}, ownerWithin)).toBe(true);
    expect(isInScope(service, { kind: ['component'], type: ['service', 'website'] }, ownerWithin)).toBe(true);
    expect(isInScope(service, { tag: ['customer-facing'] }, ownerWithin)).toBe(true);
    expect(isInScope(service, { system: ['System:default/Checkout'], domain: ['domain:default/commerce'] }, ownerWithin)).toBe(true);
    expect(isInScope(service, { type: ['Service'] }, ownerWithin)).toBe(false);
    expect(isInScope(service, { lifecycle: ['experimental'] }, ownerWithin)).toBe(false);
    expect(isInScope(service, { kind: ['API'] }, ownerWithin)).toBe(false);
    expect(isInScope(service, { tag: ['go'] }, ownerWithin)).toBe(false);
    // Lists combine with AND.
    expect(isInScope(service, { type: ['service'], lifecycle: ['experimental'] }, ownerWithin)).toBe(false);
  });

  it('takes an owner with the groups below it, and never an entity without an owner', () => {
    expect(isInScope(service, { owner: ['group:default/engineering'] }, ownerWithin)).toBe(true);
    expect(isInScope(service, { owner: ['group:default/payments'] }, ownerWithin)).toBe(false);
    expect(isInScope(row('component:default/orphan'), { owner: ['group:default/engineering'] }, ownerWithin)).toBe(false);
    expect(isInScope(service, { system: ['system:default/other'] }, ownerWithin)).toBe(false);
  });
});

describe('targets', () => {
  it('asks, for a tier, the blocker and major checks of it and every lower tier; for checks, those in rubric order', () => {
    expect(compileTarget({ tier: 'silver' }, compiled)).toEqual({
      tierRank: 1,
      checks: ['b-blocker', 's-major', 's-blocker'],
    });
    expect(compileTarget({ checks: ['g-major', 'b-minor'] }, compiled)).toEqual({ checks: ['b-minor', 'g-major'] });
  });

  it('counts a tier target done once the stored tier reaches it, and names the failing target checks until then', () => {
    const target = compileTarget({ tier: 'silver' }, compiled);
    expect(progressAgainst({ tier: 'gold', failingChecks: [] }, target, TIERS)).toEqual({ done: true, remainingChecks: [] });
    expect(progressAgainst({ tier: 'silver', failingChecks: ['g-major', 'b-minor'] }, target, TIERS)).toEqual({
      done: true,
      remainingChecks: [],
    });
    expect(progressAgainst({ tier: 'bronze', failingChecks: ['s-blocker', 'g-major', 'b-minor'] }, target, TIERS)).toEqual({
      done: false,
      remainingChecks: ['s-blocker'],
    });
    expect(progressAgainst({ tier: null, failingChecks: ['b-blocker', 's-major'] }, target, TIERS)).toEqual({
      done: false,
      remainingChecks: ['b-blocker', 's-major'],
    });
  });

  it('counts a checks target done when none of its checks fails, whatever the tier', () => {
    const target = compileTarget({ checks: ['b-minor', 'g-major'] }, compiled);
    expect(progressAgainst({ tier: null, failingChecks: ['b-blocker'] }, target, TIERS)).toEqual({ done: true, remainingChecks: [] });
    expect(progressAgainst({ tier: 'gold', failingChecks: ['b-minor'] }, target, TIERS)).toEqual({
      done: false,
      remainingChecks: ['b-minor'],
    });
  });

  it('names what is wrong with a target', () => {
    expect(problemsOfInitiativeTarget({ tier: 'silver' }, compiled)).toEqual([]);
    expect(problemsOfInitiativeTarget({ checks: ['s-major'] }, compiled)).toEqual([]);
    expect(problemsOfInitiativeTarget({ tier: 'platinum' }, compiled)).toEqual([
      'tier "platinum" is not a tier of the rubric; expected one of bronze, silver, gold',
    ]);
    expect(problemsOfInitiativeTarget({ checks: ['s-major', 'runbok'] }, compiled)).toEqual([
      'check "runbok" is not a check of the rubric',
    ]);
    expect(problemsOfInitiativeTarget({ checks: [] }, compiled)).toEqual(['checks: expected at least one check id']);
    expect(problemsOfInitiativeTarget({}, compiled)).toEqual([
      'expected exactly one of tier (a tier id) and checks (a list of check ids)',
    ]);
    expect(problemsOfInitiativeTarget({ tier: 'gold', checks: ['s-major'] }, compiled)).toHaveLength(1);
  });
});

describe('progress per initiative and per team', () => {
  const rows = [
    row('component:default/a', { owner: 'group:default/platform', tier: 'silver' }),
    row('component:default/b', { owner: 'group:default/platform', tier: 'bronze', failingChecks: ['s-blocker', 's-major'] }),
    row('component:default/c', { owner: 'group:default/payments', tier: null, failingChecks: ['b-blocker', 's-blocker'] }),
    row('component:default/d', { owner: 'group:default/payments', tier: 'bronze', failingChecks: ['s-blocker'] }),
    row('component:default/e', { tier: 'bronze', failingChecks: ['s-major'] }),
    row('api:default/f', { kind: 'API', owner: 'group:default/platform', tier: null, failingChecks: ['b-blocker'] }),
  ];
  const context = { target: compileTarget({ tier: 'silver' }, compiled), tiers: TIERS, ownerWithin };
  const entities = progressOfRows(rows, { scope: { kind: ['Component'] } }, context);

  it('tallies in scope, done, remaining and the remaining checks by how many entities fail each', () => {
    expect(entities.map(e => e.row.entityRef)).toEqual(['a', 'b', 'c', 'd', 'e'].map(n => `component:default/${n}`));
    expect(tallyProgress(entities)).toEqual({
      inScope: 5,
      done: 1,
      remaining: 4,
      remainingChecks: [
        { checkId: 's-blocker', entityCount: 3 },
        { checkId: 's-major', entityCount: 2 },
        { checkId: 'b-blocker', entityCount: 1 },
      ],
    });
  });

  it('tallies per owner team, most remaining first, entities without an owner last', () => {
    expect(tallyByOwner(entities)).toEqual([
      {
        owner: 'group:default/payments',
        inScope: 2,
        done: 0,
        remaining: 2,
        remainingChecks: [
          { checkId: 's-blocker', entityCount: 2 },
          { checkId: 'b-blocker', entityCount: 1 },
        ],
      },
      {
        owner: 'group:default/platform',
        inScope: 2,
        done: 1,
        remaining: 1,
        remainingChecks: [
          { checkId: 's-blocker', entityCount: 1 },
          { checkId: 's-major', entityCount: 1 },
        ],
      },
      { inScope: 1, done: 0, remaining: 1, remainingChecks: [{ checkId: 's-major', entityCount: 1 }] },
    ]);
  });

  it('lists remaining work first, most remaining checks first', () => {
    expect(remainingFirst(entities).map(e => [e.row.entityRef.slice(-1), e.done, e.remainingChecks.length])).toEqual([
      ['b', false, 2],
      ['c', false, 2],
      ['d', false, 1],
      ['e', false, 1],
      ['a', true, 0],
    ]);
  });

  it('counts nothing outside the scope', () => {
    const platform = progressOfRows(rows, { scope: { owner: ['group:default/engineering'], kind: ['Component'] } }, context);
    expect(tallyProgress(platform)).toMatchObject({ inScope: 4, done: 1, remaining: 3 });
    expect(tallyProgress([])).toEqual({ inScope: 0, done: 0, remaining: 0, remainingChecks: [] });
  });
});

describe('initiativeOutlook', () => {
  const startDay = day('2027-01-01');
  const deadlineDay = day('2027-04-01'); // 90 days later
  const base = { day: startDay, inScope: 100, done: 10 };
  // null: nothing measured yet.
  const at = (today: string, done: number, inScope = 100, baseline: typeof base | null = base) =>
    initiativeOutlook({ startDay, deadlineDay, today: day(today), inScope, done, baseline: baseline ?? undefined });

  it('is not started before the start day, done when nothing remains, missed after the deadline', () => {
    expect(at('2026-12-31', 0)).toEqual({ state: 'not-started', daysLeft: 91 });
    expect(at('2027-02-01', 100)).toEqual({ state: 'done', daysLeft: 59 });
    expect(at('2027-04-02', 100)).toEqual({ state: 'done', daysLeft: -1 });
    expect(at('2027-04-02', 99)).toEqual({ state: 'missed', daysLeft: -1 });
    expect(at('2027-02-01', 0, 0)).toMatchObject({ state: 'done' });
  });

  it('is on track when the pace since the first measured day reaches everything in scope by the deadline', () => {
    // 31 days in, 31 more done: 1 a day, 59 days left: 41 + 59 = 100.
    expect(at('2027-02-01', 41)).toEqual({ state: 'on-track', daysLeft: 59, projectedDone: 100, neededNow: 41 });
    expect(at('2027-02-01', 40)).toEqual({ state: 'at-risk', daysLeft: 59, projectedDone: 97.1, neededNow: 41 });
    // On the deadline with work left, the projection is what is done.
    expect(at('2027-04-01', 99)).toMatchObject({ state: 'at-risk', daysLeft: 0, projectedDone: 99 });
  });

  it('projects nothing on the first measured day, and measures from today without a baseline', () => {
    expect(at('2027-01-01', 10)).toEqual({ state: 'on-track', daysLeft: 90, neededNow: 10 });
    expect(at('2027-02-01', 40, 100, null)).toEqual({ state: 'on-track', daysLeft: 59, neededNow: 40 });
    expect(at('2027-04-01', 40, 100, null)).toEqual({ state: 'at-risk', daysLeft: 0, neededNow: 40 });
  });

  it('draws the needed pace from the baseline to everything in scope at the deadline', () => {
    const pace = neededPaceOf({ baseline: base, today: day('2027-02-01'), done: 41, inScope: 100, deadlineDay });
    expect(pace).toEqual({ fromDay: startDay, fromDone: 10, toDay: deadlineDay, toDone: 100 });
    expect(neededOn(pace, startDay - 5)).toBe(10);
    expect(neededOn(pace, startDay + 45)).toBe(55);
    expect(neededOn(pace, deadlineDay + 3)).toBe(100);
    const points = [
      { day: startDay - 1, inScope: 5, done: 0 },
      { day: startDay, inScope: 0, done: 0 },
      { day: startDay + 2, inScope: 7, done: 1 },
    ];
    expect(baselineOf(points, startDay)).toEqual(points[2]);
    expect(baselineOf([], startDay)).toBeUndefined();
  });
});

describe('replayBurnUp', () => {
  const target = compileTarget({ tier: 'silver' }, compiled);
  const at = (text: string) => new Date(text);
  const history = [
    { entityRef: 'component:default/a', recordedAt: at('2027-01-02T10:00:00Z'), tier: 'bronze', failingChecks: ['s-major'] },
    { entityRef: 'component:default/a', recordedAt: at('2027-01-04T23:00:00Z'), tier: 'silver', failingChecks: [] },
    { entityRef: 'component:default/b', recordedAt: at('2027-01-03T08:00:00Z'), tier: 'gold', failingChecks: [] },
    { entityRef: 'component:default/b', recordedAt: at('2027-01-05T08:00:00Z'), tier: null, failingChecks: ['b-blocker'] },
    // Not in scope today: never counted.
    { entityRef: 'component:default/z', recordedAt: at('2027-01-01T08:00:00Z'), tier: 'gold', failingChecks: [] },
  ];

  it('counts each entity in scope from its first recorded day, by the result in force at the end of each day', () => {
    const points = replayBurnUp([row('component:default/a'), row('component:default/b')], history, {
      target,
      tiers: TIERS,
      fromDay: day('2027-01-01'),
      toDay: day('2027-01-06'),
    });
    expect(points).toEqual([
      { day: day('2027-01-02'), inScope: 1, done: 0 },
      { day: day('2027-01-03'), inScope: 2, done: 1 },
      { day: day('2027-01-04'), inScope: 2, done: 2 },
      { day: day('2027-01-05'), inScope: 2, done: 1 },
      { day: day('2027-01-06'), inScope: 2, done: 1 },
    ]);
  });
});
