import {
  runRule,
  withAnnotations,
  component,
  daysFromNow,
} from '../__testUtils__/fixtures';

describe('annotation-format rule', () => {
  const url = {
    type: 'annotation-format' as const,
    keys: ['readiness/runbook'],
    format: 'url' as const,
  };

  it('checks URLs', () => {
    expect(
      runRule(
        url,
        withAnnotations({
          'readiness/runbook': 'https://runbooks.example.com/x',
        }),
      ).status,
    ).toBe('pass');
    const bad = runRule(
      url,
      withAnnotations({ 'readiness/runbook': 'see wiki' }),
    );
    expect(bad.status).toBe('invalid');
    expect(bad.message).toBe(
      'readiness/runbook is "see wiki", expected a URL starting with https://',
    );
    expect(bad.evidence).toEqual([
      {
        source: 'metadata.annotations["readiness/runbook"]',
        value: 'see wiki',
      },
    ]);
    expect(runRule(url, component()).message).toBe(
      'readiness/runbook is not set',
    );
  });

  it.each([
    ['date', '2026-01-31', '2026-02-31', 'a date YYYY-MM-DD'],
    [
      'number',
      '>= 95%',
      'ninety',
      'a number such as 0.95, 95%, >= 99.9% or p99 < 2s',
    ],
    ['duration', '30d', 'a month', 'a duration such as 30d, 12h, 2w or P1M'],
    [
      'cadence',
      'monthly',
      'sometimes',
      'a cadence such as weekly, monthly or quarterly, or a duration such as 30d',
    ],
    [
      'entity-ref',
      'component:default/x',
      'not a ref!',
      'an entity ref such as component:default/payments',
    ],
    [
      'user-ref',
      'user:default/jane',
      'group:default/team',
      'a user ref such as user:default/jane',
    ],
    ['text', 'anything', '   ', 'a non-empty text'],
  ] as const)('checks the %s format', (format, good, bad, expected) => {
    const rule = { type: 'annotation-format' as const, keys: ['x/y'], format };
    expect(runRule(rule, withAnnotations({ 'x/y': good })).status).toBe('pass');
    const outcome = runRule(rule, withAnnotations({ 'x/y': bad }));
    expect(outcome.status).toBe('invalid');
    expect(outcome.message).toBe(
      `x/y is ${JSON.stringify(bad)}, expected ${expected}`,
    );
  });

  it('checks past dates, allowing tomorrow', () => {
    const rule = {
      type: 'annotation-format' as const,
      keys: ['x/y'],
      format: 'past-date' as const,
    };
    expect(
      runRule(rule, withAnnotations({ 'x/y': daysFromNow(1) })).status,
    ).toBe('pass');
    const future = runRule(rule, withAnnotations({ 'x/y': daysFromNow(5) }));
    expect(future.status).toBe('invalid');
    expect(future.message).toBe(
      `x/y is "${daysFromNow(
        5,
      )}" (a date in the future), expected a date not after tomorrow (${daysFromNow(
        1,
      )})`,
    );
  });

  it('checks enums case-insensitively', () => {
    const rule = {
      type: 'annotation-format' as const,
      keys: ['readiness/rollout-stage'],
      format: 'enum' as const,
      values: ['pilot', 'canary', 'limited', 'ga'],
    };
    expect(
      runRule(rule, withAnnotations({ 'readiness/rollout-stage': 'GA' }))
        .status,
    ).toBe('pass');
    expect(
      runRule(rule, withAnnotations({ 'readiness/rollout-stage': 'beta' }))
        .message,
    ).toBe(
      'readiness/rollout-stage is "beta", expected one of pilot, canary, limited, ga',
    );
  });

  describe('key=value lists', () => {
    const rule = {
      type: 'annotation-format' as const,
      keys: ['readiness/security-review'],
      format: 'key-value' as const,
      requiredKeys: ['url', 'date'],
      keyFormats: { url: 'url' as const, date: 'date' as const },
    };
    const run = (value: string) =>
      runRule(rule, withAnnotations({ 'readiness/security-review': value }));

    it('passes with required keys in their formats, extra keys allowed', () => {
      expect(
        run('url=https://sec.example.com/r/1; date=2026-01-10; by=ann').status,
      ).toBe('pass');
    });

    it('says which key is missing', () => {
      expect(run('url=https://sec.example.com/r/1').message).toBe(
        'readiness/security-review is "url=https://sec.example.com/r/1" (date is missing), expected "url=https://...; date=YYYY-MM-DD"',
      );
    });

    it('says which value is malformed', () => {
      expect(
        run('url=https://sec.example.com/r/1; date=last year').message,
      ).toBe(
        'readiness/security-review has date="last year", expected a date YYYY-MM-DD',
      );
    });

    it('says when it is not a list at all', () => {
      const outcome = run('done');
      expect(outcome.status).toBe('invalid');
      expect(outcome.message).toContain('"done" is not a key=value pair');
    });

    it('accepts any pairs when no keys are required', () => {
      const slo = {
        type: 'annotation-format' as const,
        keys: ['readiness/slo'],
        format: 'key-value' as const,
      };
      expect(
        runRule(
          slo,
          withAnnotations({
            'readiness/slo': 'availability=99.9%; latency-p99=300ms',
          }),
        ).status,
      ).toBe('pass');
      expect(
        runRule(slo, withAnnotations({ 'readiness/slo': '99.9' })).message,
      ).toBe(
        'readiness/slo is "99.9" ("99.9" is not a key=value pair), expected key=value pairs separated by ";"',
      );
    });
  });
});
