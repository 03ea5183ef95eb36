import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { paymentsApiHistory } from '../../__testUtils__/fixtures';
import {
  errorBody,
  READINESS_BASE_URL,
} from '../../__testUtils__/readinessServer';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { HistoryChart } from './HistoryChart';

const HISTORY_URL = `${READINESS_BASE_URL}/scorecards/default/component/payments-api/history`;

describe('HistoryChart', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  const render = () =>
    renderWithReadiness(
      <HistoryChart
        entityRef="component:default/payments-api"
        tiers={FALLBACK_TIERS}
      />,
    );

  it('draws tier and score apart, each with labelled axes, from the first record', async () => {
    server.use(
      http.get(HISTORY_URL, () => HttpResponse.json(paymentsApiHistory)),
    );
    await render();

    expect(
      await screen.findByText(/3 changes recorded since/),
    ).toHaveTextContent('Latest: Pilot, score 46.2.');
    const tier = screen.getByTestId('readiness-history-tier');
    const score = screen.getByTestId('readiness-history-score');
    for (const chart of [tier, score]) {
      expect(chart.querySelectorAll('.recharts-line')).toHaveLength(1);
      expect(within(chart).getByText('Date')).toBeInTheDocument();
    }
    // The tier axis is labelled with the tier titles, the score axis 0 to 100.
    expect(within(tier).getByText('Tier')).toBeInTheDocument();
    expect(tier).toHaveTextContent('Production');
    expect(within(score).getByText('Score (0–100)')).toBeInTheDocument();
  });

  it('says when there is no history yet', async () => {
    server.use(
      http.get(HISTORY_URL, () =>
        HttpResponse.json({
          entityRef: 'component:default/payments-api',
          points: [],
        }),
      ),
    );
    await render();

    expect(await screen.findByText(/No history yet/)).toBeInTheDocument();
  });

  it('says what failed when the history cannot be loaded', async () => {
    server.use(
      http.get(HISTORY_URL, () =>
        HttpResponse.json(errorBody('Error', 'database is locked', 500), {
          status: 500,
        }),
      ),
    );
    await render();

    expect(
      await screen.findByText(
        /Could not load the readiness history: database is locked \(HTTP 500\)/,
      ),
    ).toBeInTheDocument();
  });
});
