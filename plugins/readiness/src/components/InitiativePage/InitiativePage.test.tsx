import {
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { Route, Routes } from 'react-router-dom';
import { readinessApiRef } from '../../api';
import { rollupHandlers } from '../../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../../__testUtils__/renderWithReadiness';
import { rootRouteRef } from '../../routes';
import { InitiativePage, TEAMS_PER_PAGE } from './InitiativePage';

function renderPage(id = 'beta-by-march') {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
      <Routes>
        <Route path="/readiness/initiatives/:id" element={<InitiativePage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [`/readiness/initiatives/${id}`],
      mountedRoutes: {
        '/readiness': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

describe('InitiativePage', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  const requests: URL[] = [];
  beforeEach(() => {
    requests.length = 0;
    server.events.removeAllListeners();
    server.events.on('request:start', ({ request }) => {
      requests.push(new URL(request.url));
    });
  });

  it('shows progress, target, deadline, state and what remains', async () => {
    server.use(...rollupHandlers());
    await renderPage();

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Every customer-facing service reaches beta',
      }),
    ).toBeInTheDocument();
    const page = screen.getByTestId('readiness-initiative-page');
    expect(
      within(page).getByRole('heading', { name: '9 of 12 done (75%)' }),
    ).toBeInTheDocument();
    expect(
      within(page).getByRole('progressbar', { name: '75% done' }),
    ).toHaveAttribute('aria-valuenow', '75');
    expect(page).toHaveTextContent('On track');
    expect(page).toHaveTextContent('TargetBeta');
    expect(page).toHaveTextContent('Scopeowned by Engineering; kind Component');
    expect(page).toHaveTextContent('Deadline31 Mar 2027 (58 days left)');
    expect(page).toHaveTextContent('Run byPlatform Team');
    expect(
      screen.getByTestId('readiness-initiative-remaining-checks'),
    ).toHaveTextContent('Runbook linked (2) and On-call routing (2)');
    expect(
      within(page).getByRole('link', { name: 'Back to the Readiness page' }),
    ).toHaveAttribute('href', '/readiness');
  });

  it('draws the burn-up from the first record, with the needed pace and labelled axes', async () => {
    server.use(...rollupHandlers());
    await renderPage();

    const burnUp = await screen.findByTestId('readiness-burnup');
    await waitFor(() => expect(burnUp.querySelector('svg')).not.toBeNull());
    expect(burnUp).toHaveTextContent('Date');
    expect(burnUp).toHaveTextContent('Entities');
    expect(burnUp).toHaveTextContent('Done (actual)');
    expect(burnUp).toHaveTextContent('Needed pace');
    expect(burnUp).toHaveTextContent(
      'From 4 Jan 2027 to 1 Feb 2027: 3 to 9 of 12 done; the needed pace reaches every entity in scope on 31 Mar 2027.',
    );
  });

  it('lists teams by remaining work, a server page at a time', async () => {
    server.use(...rollupHandlers());
    await renderPage();

    const teams = await screen.findByTestId('readiness-initiative-teams');
    const rows = within(teams).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(TEAMS_PER_PAGE);
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      'Payments Team',
      '2',
      '2',
      '4',
      'Runbook linked (2), On-call routing (1)',
    ]);
    expect(rows[1]).toHaveTextContent('Search Team');
    expect(
      screen.getByRole('heading', { name: 'Teams by remaining work (25)' }),
    ).toBeInTheDocument();

    await userEvent.click(
      within(screen.getByTestId('readiness-initiative-teams-pager')).getByRole(
        'button',
        { name: /next page/i },
      ),
    );
    await waitFor(() =>
      expect(
        within(screen.getByTestId('readiness-initiative-teams')).getAllByRole(
          'row',
        )[1],
      ).toHaveTextContent('team-09'),
    );
    const detailRequests = requests.filter(
      u => u.pathname === '/api/readiness/initiatives/beta-by-march',
    );
    expect(detailRequests.map(u => u.search)).toEqual([
      '?offset=0&limit=10',
      '?offset=10&limit=10',
    ]);
  });

  it("drills down to the entities, remaining first, a team's on request, each linking to its readiness tab", async () => {
    server.use(...rollupHandlers());
    await renderPage();

    const entities = await screen.findByTestId('readiness-initiative-entities');
    expect(
      screen.getByRole('heading', { name: 'Entities (3 of 4 remaining)' }),
    ).toBeInTheDocument();
    const first = within(entities).getAllByRole('row')[1];
    expect(
      within(first).getByRole('link', { name: 'payments-api' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness',
    );
    await waitFor(() =>
      expect(first).toHaveTextContent('On-call routing and Runbook linked'),
    );
    const done = within(entities).getAllByRole('row')[4];
    expect(done).toHaveTextContent('Done');
    // A titled entity by its title, its name beneath.
    expect(within(done).getByRole('link', { name: 'Checkout service' })).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout/readiness',
    );
    expect(within(done).getAllByRole('cell')[0]).toHaveTextContent('Checkout servicecheckout');

    await userEvent.click(screen.getByRole('button', { name: 'Search Team' }));

    expect(
      await screen.findByRole('heading', {
        name: 'Entities of Search Team (1 of 1 remaining)',
      }),
    ).toBeInTheDocument();
    const entityRequests = requests.filter(u =>
      u.pathname.endsWith('/entities'),
    );
    expect(entityRequests.map(u => u.searchParams.get('owner'))).toEqual([
      null,
      'group:default/search-team',
    ]);
    expect(entityRequests[1].searchParams.get('offset')).toBe('0');

    await userEvent.click(
      screen.getByRole('button', { name: 'Show every team' }),
    );
    expect(
      await screen.findByRole('heading', {
        name: 'Entities (3 of 4 remaining)',
      }),
    ).toBeInTheDocument();
  });

  it('says when the initiative does not exist', async () => {
    server.use(...rollupHandlers());
    await renderPage('nope');

    expect(await screen.findByTestId('readiness-error')).toHaveTextContent(
      'No initiative "nope" in readiness.initiatives',
    );
  });
});
