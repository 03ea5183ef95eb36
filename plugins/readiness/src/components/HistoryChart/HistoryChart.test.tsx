import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
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

  it('draws a tier step line and a score line, with a text summary', async () => {
    server.use(
      http.get(HISTORY_URL, () => HttpResponse.json(paymentsApiHistory)),
    );
    await render();

    expect(
      await screen.findByText(/3 changes recorded since/),
    ).toHaveTextContent('Latest: Pilot, score 46.2.');
    const history = screen.getByTestId('readiness-history');
    expect(history.querySelectorAll('.recharts-line')).toHaveLength(2);
    expect(screen.getByText('Tier')).toBeInTheDocument();
    expect(screen.getByText('Score')).toBeInTheDocument();
    // The tier axis is labelled with the tier titles.
    expect(history).toHaveTextContent('Production');
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
