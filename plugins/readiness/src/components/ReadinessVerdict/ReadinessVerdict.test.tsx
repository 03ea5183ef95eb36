import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import type { ScorecardResponse } from '../../api/types';
import { paymentsApiResponse } from '../../__testUtils__/fixtures';
import { readinessHandlers } from '../../__testUtils__/readinessServer';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { ReadinessContent } from '../ReadinessContent';

/** A pilot whose decision is 144 days overdue, running as production, its named owner gone. */
const stuck: ScorecardResponse = {
  ...paymentsApiResponse,
  scorecard: {
    ...paymentsApiResponse.scorecard,
    decision: { state: 'overdue', due: '2026-06-30', message: 'decision overdue since 2026-06-30 (144 days)' },
    unknownWaivers: [
      {
        annotation: 'readiness/waiver.load-test',
        checkId: 'load-test',
        value: 'until=2027-01-01',
        state: 'unknown-check',
        message: 'readiness/waiver.load-test names unknown check "load-test", expected the id of a check in the rubric (it waives nothing)',
      },
    ],
  },
  attention: {
    timeInTier: { since: '2026-02-02T00:00:00.000Z', source: 'declared', days: 292 },
    pilotStart: { state: 'valid', date: '2026-02-02' },
    claimedTier: 'production',
    claimAboveTier: true,
    decisionState: 'overdue',
    daysOverdue: 144,
    whoActs: 'group:default/payments-team',
    whoActsNote: 'user:default/marcus-webb (named operational owner) was not found in the catalog; the owning team acts',
    expiring: [{ checkId: 'runbook', severity: 'blocker', checkTier: 'beta', kind: 'waiver', dropsOn: '2026-12-10' }],
    withinDays: 30,
  },
};

describe('ReadinessVerdict on the Readiness tab', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('leads with one verdict line, then the overdue decision gate, then the blockers', async () => {
    server.use(...readinessHandlers({ scorecard: stuck }));
    await renderWithReadiness(<ReadinessContent />);

    const verdict = await screen.findByTestId('readiness-verdict');
    expect(within(verdict).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Pilot · Decision overdue by 144 days · 4 blockers to Beta · Payments team must act',
    );
    const notes = within(verdict).getByTestId('readiness-verdict-notes');
    expect(notes).toHaveTextContent('Its lifecycle claims Production, it has earned Pilot');
    expect(notes).toHaveTextContent('Waiver for "Runbook linked" ends: the check fails from 10 Dec 2026.');
    expect(notes).toHaveTextContent('marcus-webb (named operational owner) was not found in the catalog');
    expect(notes).toHaveTextContent('names unknown check "load-test"');

    // Document order: verdict, decision gate, blockers, score.
    const content = screen.getByTestId('readiness-content');
    const order = ['readiness-verdict', 'readiness-decision', 'readiness-blockers', 'readiness-score'].map(id =>
      Array.from(content.querySelectorAll('[data-testid]')).findIndex(e => e.getAttribute('data-testid') === id),
    );
    expect(order.every(i => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(screen.getByTestId('readiness-tier-age')).toHaveTextContent(
      'In Pilot for 292 days, since the declared pilot start on 2 Feb 2026.',
    );
  });

  it('keeps the decision gate beside score and people when the decision is on track', async () => {
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessContent />);
    const content = await screen.findByTestId('readiness-content');
    const ids = Array.from(content.querySelectorAll('[data-testid]')).map(e => e.getAttribute('data-testid'));
    expect(ids.indexOf('readiness-decision')).toBeGreaterThan(ids.indexOf('readiness-blockers'));
  });
});
