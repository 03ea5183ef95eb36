import { registerMswTestHooks } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { READINESS_BASE_URL } from '../../__testUtils__/readinessServer';
import { renderWithReadiness } from '../../__testUtils__/renderWithReadiness';
import { freshRecompute, storedSummary } from '../../__testUtils__/rollupFixtures';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { EntityDrilldown } from './EntityDrilldown';

describe('EntityDrilldown', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('names entities by title and says what each "in tier since" date means', async () => {
    server.use(
      http.get(`${READINESS_BASE_URL}/scorecards`, () =>
        HttpResponse.json({
          total: 3,
          offset: 0,
          recompute: freshRecompute,
          items: [
            storedSummary({
              entityRef: 'component:default/payments-api',
              title: 'Payments API',
              tierSince: '2026-11-21T08:00:00.000Z',
              tierSinceSource: 'first-record',
            }),
            storedSummary({
              entityRef: 'component:default/ledger',
              tierSince: '2026-03-01T00:00:00.000Z',
              tierSinceSource: 'declared',
            }),
            storedSummary({
              entityRef: 'component:default/refunds',
              tierSince: '2026-10-01T00:00:00.000Z',
              tierSinceSource: 'recorded',
            }),
          ],
        }),
      ),
    );
    await renderWithReadiness(
      <EntityDrilldown
        title="Payments Team"
        filters={{ owner: ['group:default/payments-team'] }}
        tiers={FALLBACK_TIERS}
        checkTitle={id => id}
      />,
    );

    const drilldown = await screen.findByTestId('readiness-drilldown');
    const rows = (await within(drilldown).findAllByRole('row')).slice(1);
    // The entity, then kind, tier and in tier since.
    const cells = (row: HTMLElement) => {
      const texts = within(row).getAllByRole('cell').map(c => c.textContent);
      return [texts[0], texts[3]];
    };
    expect(rows.map(cells)).toEqual([
      ['Payments APIpayments-api', 'at least 21 Nov 2026 (first record)'],
      ['ledger', '1 Mar 2026 (declared pilot start)'],
      ['refunds', '1 Oct 2026'],
    ]);
    expect(within(drilldown).getByRole('link', { name: 'Payments API' })).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness',
    );
    // A short column keeps its words whole on a narrow screen (the table
    // scrolls in its box); the theme would otherwise break them anywhere.
    const tierHeader = within(drilldown).getByRole('columnheader', { name: 'Tier' });
    const tierCell = within(rows[0]).getAllByRole('cell')[2];
    for (const cell of [tierHeader, tierCell]) {
      expect(cell).toHaveStyle({ wordBreak: 'normal', overflowWrap: 'normal' });
    }
  });
});
