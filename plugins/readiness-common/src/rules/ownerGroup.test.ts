import {
  catalogRelated,
  component,
  group,
  runRule,
} from '../__testUtils__/fixtures';

describe('owner-group rule', () => {
  const rule = { type: 'owner-group' as const };

  it('passes when the owner group exists and has members', () => {
    const outcome = runRule(rule, component(), { related: catalogRelated() });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toBe('owned by group:default/payments (2 members)');
  });

  it('normalises a short owner with the entity namespace', () => {
    const outcome = runRule(
      rule,
      component({ namespace: 'fin', spec: { owner: 'payments' } }),
      {
        related: {
          ownerGroup: group('payments', 'fin'),
          ownerGroupMembers: catalogRelated().ownerGroupMembers,
        },
      },
    );
    expect(outcome.status).toBe('pass');
  });

  it('counts hasMember relations when members are not given', () => {
    const ownerGroup = {
      ...group('payments'),
      relations: [{ type: 'hasMember', targetRef: 'user:default/jane' }],
    };
    expect(runRule(rule, component(), { related: { ownerGroup } }).status).toBe(
      'pass',
    );
  });

  it('fails when the group has no members or does not exist', () => {
    expect(
      runRule(rule, component(), { related: catalogRelated({ members: [] }) })
        .message,
    ).toBe('owner group:default/payments has 0 members, expected at least 1');
    expect(runRule(rule, component(), { related: {} }).message).toBe(
      'owner group:default/payments does not exist in the catalog',
    );
    expect(
      runRule(rule, component(), { related: { ownerGroup: group('other') } })
        .status,
    ).toBe('fail');
  });

  it('fails when a person owns it', () => {
    expect(
      runRule(rule, component({ spec: { owner: 'user:jane' } }), {
        related: {},
      }).message,
    ).toBe(
      'spec.owner is user:default/jane, expected a Group (a team owns it, not a person)',
    );
  });

  it('fails when spec.owner is missing, and is invalid when malformed', () => {
    expect(
      runRule(rule, component({ spec: { owner: undefined } }), { related: {} })
        .message,
    ).toBe('spec.owner is not set');
    const bad = runRule(rule, component({ spec: { owner: 'a:b:c' } }), {
      related: {},
    });
    expect(bad.status).toBe('invalid');
    expect(bad.message).toContain('expected a group ref');
  });

  it('does not pass offline: fail, unverifiable, "not verifiable offline"', () => {
    const outcome = runRule(rule, component());
    expect(outcome.status).toBe('fail');
    expect(outcome.unverifiable).toBe(true);
    expect(outcome.message).toContain('not verifiable offline');
  });
});
