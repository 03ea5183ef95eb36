import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { rollupHandlers } from '../../__testUtils__/readinessServer';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { rollupHistory } from '../../__testUtils__/rollupFixtures';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { RollupTrend } from './RollupTrend';

describe('RollupTrend', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('labels every axis and starts at the first day with a record, not at zero-filled days before it', async () => {
    const empty = { entityCount: 0, meanScore: 0, tiers: {} };
    server.use(
      ...rollupHandlers({
        history: {
          ...rollupHistory,
          points: [
            { date: '2025-12-01', total: empty, groups: [] },
            { date: '2025-12-02', total: empty, groups: [] },
            ...rollupHistory.points,
          ],
        },
      }),
    );
    await renderWithReadiness(
      <RollupTrend groupBy="owner" filters={{}} tiers={FALLBACK_TIERS} />,
    );

    const trend = await screen.findByTestId('readiness-trend');
    expect(await within(trend).findByText('Date')).toBeInTheDocument();
    expect(within(trend).getByText('Entities per tier')).toBeInTheDocument();
    expect(within(trend).getByText('Mean score', { selector: 'text, tspan' })).toBeInTheDocument();
    expect(within(trend).getByText(/^From 5 Jan 2026 to/)).toBeInTheDocument();
    expect(trend).not.toHaveTextContent('Dec 2025');
  });
});
