import { compileRubric } from './compileRubric';
import { evaluate } from './evaluate';
import { passing, testRubric } from '../__testUtils__/testRubric';
import {
  catalogRelated,
  component,
  daysFromNow,
  NOW,
  user,
} from '../__testUtils__/fixtures';
import type { Entity } from '@backstage/catalog-model';
import type { CustomEvaluator } from '../model/evaluation';

const compiled = compileRubric(testRubric);
const score = (
  annotations: Record<string, string>,
  related = catalogRelated(),
) =>
  evaluate(compiled, { entity: component({ annotations }), related, now: NOW });
const statusOf = (
  annotations: Record<string, string>,
  id: string,
  related = catalogRelated(),
) => score(annotations, related).checks.find(c => c.checkId === id)!;

describe('evaluate: tiers', () => {
  it('has no tier when a first-tier blocker fails, and names it as the blocker', () => {
    const card = score({});
    expect(card.tier).toBeNull();
    expect(card.nextTier).toBe('bronze');
    expect(card.blockers).toEqual(['b-blocker']);
  });

  it('reaches a tier when its blocker and major checks pass; minor ones are advisory', () => {
    const card = score(passing('b-blocker'));
    expect(card.tier).toBe('bronze');
    expect(card.nextTier).toBe('silver');
    expect(card.blockers).toEqual(['s-blocker', 's-major']);
  });

  it('needs every lower tier too', () => {
    const card = score(passing('s-blocker', 's-major', 'g-major'));
    expect(card.tier).toBeNull();
    expect(card.blockers).toEqual(['b-blocker']);
  });

  it('reaches the top with nothing next', () => {
    const card = score(passing('b-blocker', 's-blocker', 's-major', 'g-major'));
    expect(card).toMatchObject({ tier: 'gold', nextTier: null, blockers: [] });
  });

  it('counts a valid waiver as meeting the tier', () => {
    const card = score({
      ...passing('b-blocker', 's-major'),
      'readiness/waiver.s-blocker': `until=${daysFromNow(
        30,
      )}; approver=user:default/cto; reason=vendor`,
    });
    expect(card.tier).toBe('silver');
    expect(card.checks.find(c => c.checkId === 's-blocker')!.status).toBe(
      'waived',
    );
  });
});

describe('evaluate: score', () => {
  it('weights checks by severity, counting pass as passed and waived as not', () => {
    // applicable weights: 5 + 1 + 3 + 5 + 3 = 17
    expect(score({}).score).toBe(0);
    expect(score(passing('b-blocker')).score).toBe(29.4); // 5/17
    expect(
      score(passing('b-blocker', 'b-minor', 's-major', 's-blocker', 'g-major'))
        .score,
    ).toBe(100);
    const waived = score({
      ...passing('b-blocker'),
      'readiness/waiver.b-minor': `until=${daysFromNow(
        30,
      )}; approver=user:default/cto; reason=v`,
    });
    expect(waived.checks.find(c => c.checkId === 'b-minor')!.status).toBe(
      'waived',
    );
    expect(waived.score).toBe(29.4);
  });

  it('scores per category and leaves empty categories out', () => {
    const card = score(passing('b-blocker', 's-major'));
    expect(card.categories).toEqual([
      {
        category: 'ops',
        title: 'Operations',
        score: 45.5,
        passed: 1,
        applicable: 3,
      }, // 5/11
      {
        category: 'sec',
        title: 'Security',
        score: 50,
        passed: 1,
        applicable: 2,
      },
    ]);
  });

  it('excludes checks that do not apply', () => {
    const rubric = {
      ...testRubric,
      checks: testRubric.checks.map(c =>
        c.id === 'g-major' ? { ...c, appliesTo: { type: ['website'] } } : c,
      ),
    };
    const card = evaluate(compileRubric(rubric), {
      entity: component(),
      related: {},
      now: NOW,
    });
    const check = card.checks.find(c => c.checkId === 'g-major')!;
    expect(check.status).toBe('not-applicable');
    expect(check.message).toBe(
      'does not apply: only where spec.type is website',
    );
    expect(check.fix).toBeUndefined();
    expect(card.categories.find(c => c.category === 'sec')!.applicable).toBe(1);
  });

  it('uses configurable weights', () => {
    const rubric = {
      ...testRubric,
      weights: { blocker: 1, major: 1, minor: 1 },
    };
    const card = evaluate(compileRubric(rubric), {
      entity: component({ annotations: passing('b-blocker') }),
      related: {},
      now: NOW,
    });
    expect(card.score).toBe(20);
  });
});

describe('evaluate: results', () => {
  it('gives each failing check a fix with YAML and doc link, and none to passing ones', () => {
    const card = score(passing('b-blocker'));
    expect(card.checks[0].fix).toBeUndefined();
    expect(card.checks[1].fix).toEqual({
      yaml: 'metadata:\n  annotations:\n    t/b-minor: https://x.example.com/payments-api\n',
      docUrl: 'https://docs.example.com/annotations.md#b-minor',
    });
  });

  it('fills the scorecard header', () => {
    const card = score({ 'readiness/operational-owner': 'jane' });
    expect(card).toMatchObject({
      entityRef: 'component:default/payments-api',
      evaluatedAt: '2026-03-01T12:00:00.000Z',
      owner: 'group:default/payments',
      operationalOwner: 'user:default/jane',
      inScope: true,
    });
  });

  it('names the owner group as actor, or the operational owner for checks that say so', () => {
    const rubric = {
      ...testRubric,
      checks: testRubric.checks.map(c =>
        c.id === 'b-minor' ? { ...c, actor: 'operational-owner' as const } : c,
      ),
    };
    const compiledWithActor = compileRubric(rubric);
    const withOwner = evaluate(compiledWithActor, {
      entity: component({
        annotations: { 'readiness/operational-owner': 'user:default/jane' },
      }),
      related: { operationalOwner: catalogRelated({ operationalOwner: 'jane' }).operationalOwner },
      now: NOW,
    });
    expect(withOwner.checks.map(c => c.actor)).toEqual([
      'group:default/payments',
      'user:default/jane',
      'group:default/payments',
      'group:default/payments',
      'group:default/payments',
    ]);
    const withoutOwner = evaluate(compiledWithActor, {
      entity: component(),
      related: {},
      now: NOW,
    });
    expect(withoutOwner.checks[1].actor).toBe('group:default/payments');
    // Named but not in the catalog: the owning team acts, and the result says why.
    const ownerNotFound = evaluate(compiledWithActor, {
      entity: component({
        annotations: { 'readiness/operational-owner': 'user:default/jane' },
      }),
      related: {},
      now: NOW,
    });
    expect(ownerNotFound.checks[1]).toMatchObject({
      actor: 'group:default/payments',
      actorNote: expect.stringContaining('user:default/jane (named operational owner) was not found in the catalog'),
    });
    expect(ownerNotFound.checks[0].actorNote).toBeUndefined();
    expect(ownerNotFound.operationalOwnerFound).toBe(false);
  });

  it('is deterministic: same input, same scorecard', () => {
    const input = {
      entity: component({ annotations: passing('b-blocker') }),
      related: catalogRelated(),
      now: NOW,
    };
    expect(evaluate(compiled, input)).toEqual(evaluate(compiled, input));
  });

  it('rejects an invalid now', () => {
    expect(() =>
      evaluate(compiled, { entity: component(), now: new Date('nope') }),
    ).toThrow('input.now must be a valid Date');
  });

  it('marks entities outside the rubric scope', () => {
    const scoped = compileRubric({
      ...testRubric,
      appliesTo: { kind: ['Component'] },
    });
    const groupEntity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'x' },
      spec: {},
    };
    const card = evaluate(scoped, { entity: groupEntity, now: NOW });
    expect(card).toMatchObject({
      inScope: false,
      tier: null,
      nextTier: null,
      blockers: [],
      score: 0,
    });
    expect(card.checks.every(c => c.status === 'not-applicable')).toBe(true);
    expect(card.checks[0].message).toBe(
      'not scored: the rubric applies only where kind is Component',
    );
  });

  it('passes custom evaluators from compile time and evaluate time', () => {
    const rubric = {
      ...testRubric,
      checks: [
        {
          ...testRubric.checks[0],
          evidence: { type: 'custom' as const, evaluator: 'people' },
        },
      ],
    };
    const pass: CustomEvaluator = () => ({
      status: 'pass',
      message: 'ok',
      evidence: [],
    });
    const fail: CustomEvaluator = () => ({
      status: 'fail',
      message: 'nobody',
      evidence: [],
    });
    const withCompiled = compileRubric(rubric, {
      customEvaluators: { people: pass },
    });
    expect(
      evaluate(withCompiled, { entity: component(), now: NOW }).checks[0]
        .status,
    ).toBe('pass');
    expect(
      evaluate(
        withCompiled,
        { entity: component(), now: NOW },
        { customEvaluators: { people: fail } },
      ).checks[0].message,
    ).toBe('nobody');
  });
});

describe('evaluate: waivers', () => {
  const waiver = (until: string, approver = 'user:default/cto') => ({
    'readiness/waiver.b-blocker': `until=${until}; approver=${approver}; reason=vendor contract pending`,
  });

  it('waives a failing check with a valid waiver', () => {
    const result = statusOf(waiver(daysFromNow(40)), 'b-blocker');
    expect(result.status).toBe('waived');
    expect(result.message).toBe(
      `waived until ${daysFromNow(
        40,
      )} (40 days left) by user:default/cto: vendor contract pending; gap: t/b-blocker is not set`,
    );
    expect(result.waiver).toMatchObject({
      state: 'valid',
      applied: true,
      until: daysFromNow(40),
    });
    expect(result.fix).toBeDefined();
  });

  it('says an expiring waiver is expiring, still waived', () => {
    const result = statusOf(waiver(daysFromNow(3)), 'b-blocker');
    expect(result.status).toBe('waived');
    expect(result.waiver!.state).toBe('expiring');
    expect(result.message).toContain('expiring in 3 days');
  });

  it('fails with the expiry date once expired', () => {
    const result = statusOf(waiver(daysFromNow(-3)), 'b-blocker');
    expect(result.status).toBe('fail');
    expect(result.message).toBe(
      `waiver expired on ${daysFromNow(
        -3,
      )} (3 days ago); t/b-blocker is not set`,
    );
  });

  it('is invalid when longer than the maximum or malformed', () => {
    const long = statusOf(waiver(daysFromNow(120)), 'b-blocker');
    expect(long.status).toBe('invalid');
    expect(long.waiver!.state).toBe('too-long');
    expect(long.message).toContain('longer than the 90-day maximum');
    const malformed = statusOf(
      { 'readiness/waiver.b-blocker': 'until further notice' },
      'b-blocker',
    );
    expect(malformed.status).toBe('invalid');
    expect(malformed.message).toContain(
      'expected "until=YYYY-MM-DD; approver=user:default/<name>; reason=<text>"',
    );
    expect(malformed.message).toContain(
      'without a valid waiver: t/b-blocker is not set',
    );
  });

  it('respects the configured maximum', () => {
    const strict = compileRubric({
      ...testRubric,
      waivers: { maxDays: 30, expiringDays: 7 },
    });
    const card = evaluate(strict, {
      entity: component({ annotations: waiver(daysFromNow(40)) }),
      related: {},
      now: NOW,
    });
    expect(card.checks[0].status).toBe('invalid');
  });

  it('flags an approver from the owning group but still waives', () => {
    const result = statusOf(
      waiver(daysFromNow(40), 'user:default/jane'),
      'b-blocker',
    );
    expect(result.status).toBe('waived');
    expect(result.waiver!.approverInOwningGroup).toBe(true);
    expect(result.message).toContain(
      'flagged: the approver is a member of the owning group',
    );
  });

  it('ignores a waiver on a passing check, and says so', () => {
    const result = statusOf(
      { ...passing('b-blocker'), ...waiver(daysFromNow(40)) },
      'b-blocker',
    );
    expect(result.status).toBe('pass');
    expect(result.waiver).toMatchObject({ applied: false });
    expect(result.waiver!.message).toContain('not needed: the check passes');
  });

  it('reports waivers naming unknown checks at scorecard level', () => {
    const card = score({
      'readiness/waiver.run-book': `until=${daysFromNow(
        5,
      )}; approver=user:default/cto; reason=x`,
    });
    expect(card.unknownWaivers).toEqual([
      {
        annotation: 'readiness/waiver.run-book',
        checkId: 'run-book',
        value: `until=${daysFromNow(5)}; approver=user:default/cto; reason=x`,
        state: 'unknown-check',
        message:
          'readiness/waiver.run-book names unknown check "run-book", expected the id of a check in the rubric (it waives nothing)',
      },
    ]);
    expect(score({}).unknownWaivers).toBeUndefined();
  });

  it('offline, does not trust a waiver (approver unverifiable) unless told to', () => {
    const entity = component({ annotations: waiver(daysFromNow(40)) });
    const offline = evaluate(compiled, { entity, now: NOW }).checks[0];
    expect(offline.status).toBe('fail');
    expect(offline.unverifiable).toBe(true);
    expect(offline.message).toContain('not verifiable offline');
    const trusted = evaluate(
      compiled,
      { entity, now: NOW },
      { trustWaiversOffline: true },
    ).checks[0];
    expect(trusted.status).toBe('waived');
  });
});

describe('evaluate: offline catalog checks', () => {
  it('fails catalog checks as unverifiable without related entities', () => {
    const rubric = {
      ...testRubric,
      checks: [
        { ...testRubric.checks[0], evidence: { type: 'owner-group' as const } },
        {
          ...testRubric.checks[1],
          evidence: {
            type: 'user-ref' as const,
            key: 'readiness/operational-owner',
          },
        },
      ],
    };
    const entity = component({
      annotations: { 'readiness/operational-owner': 'user:default/jane' },
    });
    const offline = evaluate(compileRubric(rubric), { entity, now: NOW });
    expect(offline.checks.map(c => [c.status, c.unverifiable])).toEqual([
      ['fail', true],
      ['fail', true],
    ]);
    const online = evaluate(compileRubric(rubric), {
      entity,
      related: { ...catalogRelated(), operationalOwner: user('jane') },
      now: NOW,
    });
    expect(online.checks.map(c => c.status)).toEqual(['pass', 'pass']);
  });
});
