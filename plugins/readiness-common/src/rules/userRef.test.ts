import {
  catalogRelated,
  runRule,
  user,
  withAnnotations,
} from '../__testUtils__/fixtures';

describe('user-ref rule', () => {
  const rule = {
    type: 'user-ref' as const,
    key: 'readiness/operational-owner',
  };
  const entity = withAnnotations({
    'readiness/operational-owner': 'user:default/jane',
  });

  it('passes when the user resolves in the catalog', () => {
    const outcome = runRule(rule, entity, {
      related: catalogRelated({ operationalOwner: 'jane' }),
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toBe(
      'readiness/operational-owner is user:default/jane, a user in the catalog',
    );
  });

  it('accepts a bare name as a user in the entity namespace', () => {
    const outcome = runRule(
      rule,
      withAnnotations({ 'readiness/operational-owner': 'jane' }),
      {
        related: { operationalOwner: user('jane') },
      },
    );
    expect(outcome.status).toBe('pass');
  });

  it('fails when the user does not exist or is someone else', () => {
    expect(runRule(rule, entity, { related: {} }).message).toBe(
      'readiness/operational-owner names user:default/jane, which does not exist in the catalog',
    );
    expect(
      runRule(rule, entity, { related: { operationalOwner: user('bob') } })
        .status,
    ).toBe('fail');
  });

  it('is invalid when it is not a user ref', () => {
    const outcome = runRule(
      rule,
      withAnnotations({
        'readiness/operational-owner': 'group:default/payments',
      }),
      { related: {} },
    );
    expect(outcome.status).toBe('invalid');
    expect(outcome.message).toBe(
      'readiness/operational-owner is "group:default/payments", expected a user ref such as user:default/jane',
    );
  });

  it('does not pass offline', () => {
    const outcome = runRule(rule, entity);
    expect(outcome).toMatchObject({ status: 'fail', unverifiable: true });
    expect(outcome.message).toContain('not verifiable offline');
  });

  it('fails when unset', () => {
    expect(runRule(rule, withAnnotations({}), { related: {} }).message).toBe(
      'readiness/operational-owner is not set',
    );
  });
});
