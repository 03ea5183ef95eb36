import {
  daysFromNow,
  runRule,
  withAnnotations,
} from '../__testUtils__/fixtures';

describe('freshness rule', () => {
  const rule = {
    type: 'freshness' as const,
    key: 'readiness/runbook-reviewed',
    maxAgeDays: 100,
  };
  const run = (value: string) =>
    runRule(rule, withAnnotations({ 'readiness/runbook-reviewed': value }));

  it('passes inside 80% of the window', () => {
    const outcome = run(daysFromNow(-79));
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toBe(
      `readiness/runbook-reviewed is ${daysFromNow(
        -79,
      )}, 79 days ago (window 100 days)`,
    );
  });

  it('warns from 80% of the window, with date and age', () => {
    const outcome = run(daysFromNow(-80));
    expect(outcome.status).toBe('warn');
    expect(outcome.message).toBe(
      `readiness/runbook-reviewed is ${daysFromNow(
        -80,
      )}, 80 days ago; stale after 100 days, in 20 days`,
    );
  });

  it('passes on the last day of the window and fails past it', () => {
    expect(run(daysFromNow(-100)).status).toBe('warn');
    const outcome = run(daysFromNow(-101));
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toBe(
      `readiness/runbook-reviewed is ${daysFromNow(
        -101,
      )}, 101 days ago; expected within 100 days`,
    );
  });

  it('accepts today and tomorrow, rejects later dates as invalid', () => {
    expect(run(daysFromNow(0)).message).toContain('today');
    expect(run(daysFromNow(1)).status).toBe('pass');
    const outcome = run(daysFromNow(2));
    expect(outcome.status).toBe('invalid');
    expect(outcome.message).toBe(
      `readiness/runbook-reviewed is "${daysFromNow(
        2,
      )}" (a date in the future), expected a date not after tomorrow (${daysFromNow(
        1,
      )})`,
    );
  });

  it('is invalid on a malformed date', () => {
    expect(run('last spring').message).toBe(
      'readiness/runbook-reviewed is "last spring", expected a date YYYY-MM-DD',
    );
  });

  it('uses the check window and warn share when the rule has none', () => {
    const bare = { type: 'freshness' as const, key: 'readiness/x' };
    const entity = withAnnotations({ 'readiness/x': daysFromNow(-40) });
    expect(
      runRule(bare, entity, { freshness: { maxAgeDays: 60 } }).status,
    ).toBe('pass');
    expect(
      runRule(bare, entity, { freshness: { maxAgeDays: 60, warnAt: 0.5 } })
        .status,
    ).toBe('warn');
    expect(
      runRule(bare, entity, { freshness: { maxAgeDays: 35 } }).status,
    ).toBe('fail');
  });

  describe('inside a key=value list', () => {
    const review = {
      type: 'freshness' as const,
      key: 'readiness/security-review',
      field: 'date',
      maxAgeDays: 365,
    };
    const runReview = (value: string) =>
      runRule(review, withAnnotations({ 'readiness/security-review': value }));

    it('reads the date from its key', () => {
      expect(
        runReview(`url=https://s.example.com; date=${daysFromNow(-10)}`).status,
      ).toBe('pass');
      const old = runReview(
        `url=https://s.example.com; date=${daysFromNow(-400)}`,
      );
      expect(old.status).toBe('fail');
      expect(old.message).toBe(
        `readiness/security-review date is ${daysFromNow(
          -400,
        )}, 400 days ago; expected within 365 days`,
      );
    });

    it('is invalid when the key is missing or malformed', () => {
      expect(runReview('url=https://s.example.com').message).toBe(
        'readiness/security-review is "url=https://s.example.com" (date is missing), expected key=value pairs with date=<YYYY-MM-DD>',
      );
      expect(runReview('date=soon').message).toBe(
        'readiness/security-review date is "soon", expected a date YYYY-MM-DD',
      );
    });

    it('takes the window from a cadence times a factor', () => {
      const drift = {
        type: 'freshness' as const,
        key: 'readiness/ai-drift-review',
        field: 'last',
        windowFrom: { field: 'cadence', factor: 1.5 },
      };
      const runDrift = (value: string) =>
        runRule(drift, withAnnotations({ 'readiness/ai-drift-review': value }));
      expect(
        runDrift(`forum=ml; cadence=monthly; last=${daysFromNow(-30)}`).status,
      ).toBe('pass');
      expect(
        runDrift(`forum=ml; cadence=monthly; last=${daysFromNow(-40)}`).status,
      ).toBe('warn');
      const stale = runDrift(
        `forum=ml; cadence=monthly; last=${daysFromNow(-46)}`,
      );
      expect(stale.status).toBe('fail');
      expect(stale.message).toBe(
        `readiness/ai-drift-review last is ${daysFromNow(
          -46,
        )}, 46 days ago; expected within 45 days (1.5 x cadence monthly)`,
      );
      expect(
        runDrift(`forum=ml; cadence=2w; last=${daysFromNow(-22)}`).status,
      ).toBe('fail');
      expect(
        runDrift(`forum=ml; cadence=whenever; last=${daysFromNow(-1)}`).message,
      ).toBe(
        'readiness/ai-drift-review has cadence="whenever", expected a cadence such as weekly, monthly or quarterly, or a duration such as 30d',
      );
    });
  });
});
