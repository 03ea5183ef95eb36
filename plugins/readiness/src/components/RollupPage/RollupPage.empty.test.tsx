import {
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { readinessApiRef } from '../../api';
import { rollupHandlers } from '../../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../../__testUtils__/renderWithReadiness';
import { ownerRollup } from '../../__testUtils__/rollupFixtures';
import { RollupPage } from './RollupPage';
import { rollupSummary } from './rollupSummary';

const emptyRollup = {
  ...ownerRollup,
  total: {
    ...ownerRollup.total,
    entityCount: 0,
    tiers: {},
    meanScore: 0,
    openBlockers: 0,
    stuckBelowTop: 0,
    topFailingChecks: [],
    categoryScores: {},
  },
  groupCount: 0,
  groups: [],
};

describe('RollupPage with filters nothing matches', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('says no scored entity matches instead of drawing empty tables and a mean score of 0', async () => {
    server.use(...rollupHandlers({ rollup: emptyRollup }));
    await renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
        <RollupPage />
      </TestApiProvider>,
      {
        routeEntries: ['/readiness?lifecycle=experimental'],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    // The summary line and the page body both say so.
    expect(
      await screen.findAllByText(
        'No scored entity matches these filters, or none you may read.',
      ),
    ).toHaveLength(2);
    expect(screen.getByTestId('readiness-rollup-summary')).toHaveTextContent(
      'No scored entity matches these filters',
    );
    expect(screen.queryByTestId('readiness-heatmap')).not.toBeInTheDocument();
    expect(screen.queryByText(/mean score/i)).not.toBeInTheDocument();
  });

  it('has a one-line summary that says the same', () => {
    expect(rollupSummary(emptyRollup)).toBe(
      'No scored entity matches these filters, or none you may read.',
    );
    expect(rollupSummary(ownerRollup)).toMatch(/^6 entities, .*mean score 45\.1/);
  });
});
