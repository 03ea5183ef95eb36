import type { RollupRow } from '../store';
import { DEFAULT_ATTENTION_SETTINGS } from '../attention/attentionConfig';
import { sortByReadiness, toCsv, toSummary } from './listStoredResults';

function row(entityRef: string, tier: string | null, score: number): RollupRow {
  return {
    entityRef,
    kind: 'Component',
    tags: [],
    tier,
    score,
    blockerCount: 0,
    failingChecks: [],
    categoryScores: {},
    tierSince: new Date('2026-11-01T00:00:00Z'),
    changedAt: new Date('2026-11-01T00:00:00Z'),
  };
}

describe('sortByReadiness', () => {
  it('puts the least ready first: no tier, then lower tiers, then lower scores', () => {
    const sorted = sortByReadiness(
      [row('c', 'beta', 10), row('a', 'pilot', 80), row('b', null, 50), row('d', 'pilot', 20)],
      ['pilot', 'beta', 'production'],
    );
    expect(sorted.map(r => r.entityRef)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('toSummary', () => {
  it("carries the entity's title when it has one", () => {
    expect(toSummary({ ...row('component:default/a', 'pilot', 1), title: 'Service A' }).title).toBe(
      'Service A',
    );
    expect(toSummary(row('component:default/a', 'pilot', 1))).not.toHaveProperty('title');
  });
});

describe('toCsv', () => {
  it('writes a header and one escaped row per entity', () => {
    const csv = toCsv([
      {
        ...toSummary(row('component:default/a', 'pilot', 42.5)),
        failingChecks: ['runbook', 'slo'],
        owner: 'group:default/team, "quoted"',
      },
    ]);
    const [header, line] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      'entityRef,kind,type,lifecycle,owner,system,domain,tier,score,blockers,failingChecks,tierSince,tierSinceSource,decisionState,daysOverdue,claimedTier,whoActs',
    );
    expect(line).toBe(
      'component:default/a,Component,,,"group:default/team, ""quoted""",,,pilot,42.5,0,runbook slo,2026-11-01T00:00:00.000Z,,,,,',
    );
  });

  it('adds decision state, days overdue, claimed tier and who acts at the instant given', () => {
    const stored: RollupRow = {
      ...row('component:default/fraud-model', 'pilot', 40),
      lifecycle: 'production',
      owner: 'group:default/ml',
      tierFirstRecord: true,
      attention: {
        decision: { state: 'undecided', due: '2026-06-30' },
        operationalOwner: 'user:default/gone',
        operationalOwnerFound: false,
        expiring: [],
      },
    };
    const summary = toSummary(stored, {
      settings: DEFAULT_ATTENTION_SETTINGS,
      tiers: ['pilot', 'beta', 'production'],
      now: new Date('2026-11-21T09:00:00Z'),
    });
    expect(summary).toMatchObject({
      tierSinceSource: 'first-record',
      decisionState: 'overdue',
      daysOverdue: 144,
      claimedTier: 'production',
      whoActs: 'group:default/ml',
    });
    expect(toCsv([summary]).split('\r\n')[1]).toMatch(
      /,first-record,overdue,144,production,group:default\/ml$/,
    );
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv([{ ...toSummary(row('component:default/a', null, 0)), type: '=HYPERLINK("x")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(',none,');
  });
});
