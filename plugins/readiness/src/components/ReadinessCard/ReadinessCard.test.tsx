import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { checkResult, paymentsApiResponse } from '../../__testUtils__/fixtures';
import {
  notFoundHandler,
  readinessHandlers,
} from '../../__testUtils__/readinessServer';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { ReadinessCard } from './ReadinessCard';

describe('ReadinessCard', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('shows tier, score, the top three blockers and a link to the tab', async () => {
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessCard />);

    expect(await screen.findByTestId('readiness-card-tier')).toHaveTextContent(
      'Pilot',
    );
    expect(screen.getByTestId('readiness-card-score')).toHaveTextContent(
      '46.2 / 100',
    );
    const blockers = screen.getByRole('list', { name: 'Top blockers to Beta' });
    expect(
      within(blockers)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(['On-call routing', 'Runbook linked', 'Actionable alerts']);
    expect(screen.getByText('and 1 more')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /View readiness details/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness',
    );
  });

  it('says when the top tier is reached', async () => {
    server.use(
      ...readinessHandlers({
        scorecard: {
          ...paymentsApiResponse,
          scorecard: {
            ...paymentsApiResponse.scorecard,
            tier: 'production',
            nextTier: null,
            blockers: [],
            score: 100,
            checks: [checkResult({ checkId: 'owner-group', title: 'Owner' })],
          },
        },
      }),
    );
    await renderWithReadiness(<ReadinessCard />);

    expect(await screen.findByTestId('readiness-card-tier')).toHaveTextContent(
      'Production',
    );
    expect(screen.getByText('Top tier reached.')).toBeInTheDocument();
  });

  it('says first when the decision is overdue, by how many days, who must decide, and a production claim not earned', async () => {
    server.use(
      ...readinessHandlers({
        scorecard: {
          ...paymentsApiResponse,
          scorecard: {
            ...paymentsApiResponse.scorecard,
            decision: { state: 'overdue', due: '2026-07-10', message: 'overdue' },
          },
          attention: {
            timeInTier: { since: '2026-02-01T00:00:00.000Z', source: 'declared', days: 293 },
            claimedTier: 'production',
            claimAboveTier: true,
            decisionState: 'overdue',
            daysOverdue: 144,
            whoActs: 'user:default/kenji-watanabe',
            expiring: [],
            withinDays: 30,
          },
        },
      }),
    );
    await renderWithReadiness(<ReadinessCard />);

    const alerts = await screen.findByTestId('readiness-card-alerts');
    // One line each; who must decide by their catalog name (a display name when the catalog has one).
    expect([...alerts.children].map(line => line.textContent)).toEqual([
      'Decision overdue by 144 days: kenji-watanabe must decide',
      'Declared production, earns Pilot',
    ]);
  });

  it('names who must decide by the display name the response gives', async () => {
    server.use(
      ...readinessHandlers({
        scorecard: {
          ...paymentsApiResponse,
          scorecard: {
            ...paymentsApiResponse.scorecard,
            decision: { state: 'overdue', due: '2026-07-10', message: 'overdue' },
          },
          people: {
            ...paymentsApiResponse.people,
            operationalOwner: { entityRef: 'user:default/kenji-watanabe', title: 'Kenji Watanabe' },
          },
          attention: {
            timeInTier: { since: '2026-02-01T00:00:00.000Z', source: 'declared', days: 293 },
            claimAboveTier: false,
            decisionState: 'overdue',
            daysOverdue: 144,
            whoActs: 'user:default/kenji-watanabe',
            expiring: [],
            withinDays: 30,
          },
        },
      }),
    );
    await renderWithReadiness(<ReadinessCard />);

    expect(await screen.findByTestId('readiness-card-alerts')).toHaveTextContent(
      'Decision overdue by 144 days: Kenji Watanabe must decide',
    );
  });

  it('shows no alert when the decision is not overdue and nothing is claimed', async () => {
    server.use(...readinessHandlers());
    await renderWithReadiness(<ReadinessCard />);
    await screen.findByTestId('readiness-card-tier');
    expect(screen.queryByTestId('readiness-card-alerts')).not.toBeInTheDocument();
  });

  it('says what failed when the scorecard cannot be loaded', async () => {
    server.use(
      notFoundHandler(
        '/scorecards/default/component/payments-api',
        'component:default/payments-api',
      ),
      ...readinessHandlers(),
    );
    await renderWithReadiness(<ReadinessCard />);

    expect(await screen.findByTestId('readiness-error')).toHaveTextContent(
      'Could not load the readiness scorecard: No entity component:default/payments-api found in the catalog (HTTP 404)',
    );
  });
});
