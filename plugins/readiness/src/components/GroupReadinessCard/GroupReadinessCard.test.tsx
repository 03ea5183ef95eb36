import {
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { readinessApiRef } from '../../api';
import {
  initiativeList,
  paymentsApiInitiatives,
} from '../../__testUtils__/initiativeFixtures';
import {
  READINESS_BASE_URL,
  rollupHandlers,
} from '../../__testUtils__/readinessServer';
import {
  freshRecompute,
  paymentsTeamEntity,
  paymentsTeamScorecards,
} from '../../__testUtils__/rollupFixtures';
import { createTestReadinessClient } from '../../__testUtils__/renderWithReadiness';
import { rootRouteRef } from '../../routes';
import { GroupReadinessCard } from './GroupReadinessCard';

function renderCard(options: { pageMounted?: boolean } = {}) {
  const { pageMounted = true } = options;
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
      <EntityProvider entity={paymentsTeamEntity}>
        <GroupReadinessCard limit={2} />
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        ...(pageMounted ? { '/readiness': rootRouteRef } : {}),
      },
    },
  );
}

describe('GroupReadinessCard', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('lists the team services lowest tier first and links to the page', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${READINESS_BASE_URL}/scorecards`, ({ request }) => {
        url = new URL(request.url);
      }),
      ...rollupHandlers(),
    );
    await renderCard();

    const card = await screen.findByTestId('readiness-group-card');
    const table = await within(card).findByRole('table', {
      name: 'Services by readiness, lowest tier first',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      'payments-apiPilot46.24',
      'payments-dbPilot61.52',
      'payments-restProduction1000',
    ]);
    expect(
      within(table).getByRole('link', { name: 'payments-api' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness',
    );
    expect(url?.searchParams.getAll('owner')).toEqual([
      'group:default/payments-team',
    ]);
    expect(url?.searchParams.get('limit')).toBe('2');
    expect(
      screen.getByRole('link', { name: /View on the Readiness page/ }),
    ).toHaveAttribute(
      'href',
      '/readiness?groupBy=owner&owner=group%3Adefault%2Fpayments-team',
    );
  });

  it('names a titled service by its title, its name beneath', async () => {
    server.use(
      http.get(`${READINESS_BASE_URL}/scorecards`, () =>
        HttpResponse.json({
          ...paymentsTeamScorecards,
          items: [
            { ...paymentsTeamScorecards.items[0], title: 'Payments API' },
            paymentsTeamScorecards.items[1],
          ],
        }),
      ),
      ...rollupHandlers(),
    );
    await renderCard();

    const table = await screen.findByRole('table', {
      name: 'Services by readiness, lowest tier first',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      'Payments APIpayments-apiPilot46.24',
      'payments-dbPilot61.52',
    ]);
    expect(within(table).getByRole('link', { name: 'Payments API' })).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness',
    );
  });

  it("shows the team's open initiative work: per initiative, its remaining entities", async () => {
    const initiativeQueries: URL[] = [];
    server.events.removeAllListeners();
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.includes('/initiatives')) initiativeQueries.push(url);
    });
    const { entity: _entity, ...done } = paymentsApiInitiatives.initiatives[2];
    server.use(
      ...rollupHandlers({
        initiatives: {
          ...initiativeList,
          initiatives: [...initiativeList.initiatives, done],
        },
      }),
    );
    await renderCard();

    const work = await screen.findByTestId('readiness-team-initiatives');
    expect(
      within(work).getByRole('heading', { name: 'Open initiative work' }),
    ).toBeInTheDocument();
    const beta = within(work).getByTestId(
      'readiness-team-initiative-beta-by-march',
    );
    expect(
      within(beta).getByRole('link', {
        name: 'Every customer-facing service reaches beta',
      }),
    ).toHaveAttribute('href', '/readiness/initiatives/beta-by-march');
    expect(beta).toHaveTextContent(
      '2 of 3 entities remaining, by 31 Mar 2027 (58 days left)',
    );
    expect(beta).toHaveTextContent('On track');
    expect(
      within(work).getByTestId('readiness-team-initiative-runbooks-everywhere'),
    ).toHaveTextContent('At risk');
    // A done initiative asks nothing and shows nothing.
    expect(
      within(work).queryByTestId('readiness-team-initiative-owners-everywhere'),
    ).toBeNull();
    // One request for every initiative, the team's share in it.
    expect(
      initiativeQueries.map(u => [u.pathname.split('/').pop(), u.searchParams.getAll('owner')]),
    ).toEqual([['initiatives', ['group:default/payments-team']]]);
  });

  it('says how many services it leaves out', async () => {
    server.use(
      ...rollupHandlers({
        scorecards: {
          total: 40,
          offset: 0,
          recompute: freshRecompute,
          items: [
            {
              entityRef: 'component:default/a',
              kind: 'Component',
              tier: null,
              score: 0,
              blockerCount: 3,
              failingChecks: ['on-call'],
              tierSince: '2026-01-01T00:00:00.000Z',
            },
          ],
        },
      }),
    );
    await renderCard();

    expect(
      await screen.findByText('Showing the 1 lowest of 40 services.'),
    ).toBeInTheDocument();
    expect(screen.getByText('No tier')).toBeInTheDocument();
  });

  it('says which services have an overdue decision, and by how many days', async () => {
    server.use(
      ...rollupHandlers({
        scorecards: {
          ...paymentsTeamScorecards,
          items: [
            { ...paymentsTeamScorecards.items[0], decisionState: 'overdue', daysOverdue: 144 } as any,
            paymentsTeamScorecards.items[1],
          ],
        },
      }),
    );
    await renderCard();
    const row = await screen.findByRole('row', { name: /payments-api/ });
    expect(row).toHaveTextContent('decision overdue 144 days');
    expect(screen.getByRole('row', { name: /payments-db/ })).not.toHaveTextContent('overdue');
  });

  it('says when the team owns no scored service', async () => {
    server.use(
      ...rollupHandlers({
        scorecards: {
          total: 0,
          offset: 0,
          recompute: freshRecompute,
          items: [],
        },
      }),
    );
    await renderCard({ pageMounted: false });

    expect(
      await screen.findByText(
        'No scored service is owned by this group or its sub-teams.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: /View on the Readiness page/ }),
    ).not.toBeInTheDocument();
  });
});
