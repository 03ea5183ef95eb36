import {
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { readinessApiRef } from '../../api';
import { initiativeList } from '../../__testUtils__/initiativeFixtures';
import { initiativeHandlers } from '../../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../../__testUtils__/renderWithReadiness';
import { rootRouteRef } from '../../routes';
import { InitiativeList } from './InitiativeList';

function renderList() {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
      <InitiativeList />
    </TestApiProvider>,
    { mountedRoutes: { '/readiness': rootRouteRef } },
  );
}

describe('InitiativeList', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('shows each initiative with its progress bar, deadline and state, linking to its page', async () => {
    server.use(...initiativeHandlers());
    await renderList();

    const section = await screen.findByTestId('readiness-initiatives');
    expect(
      within(section).getByRole('heading', { name: 'Initiatives' }),
    ).toBeInTheDocument();
    const beta = within(section).getByTestId(
      'readiness-initiative-beta-by-march',
    );
    expect(
      within(beta).getByRole('link', {
        name: 'Every customer-facing service reaches beta',
      }),
    ).toHaveAttribute('href', '/readiness/initiatives/beta-by-march');
    expect(
      within(beta).getByRole('progressbar', {
        name: 'Every customer-facing service reaches beta: 75% done',
      }),
    ).toHaveAttribute('aria-valuenow', '75');
    expect(beta).toHaveTextContent('On track');
    expect(beta).toHaveTextContent('9 of 12 done (75%)');
    expect(beta).toHaveTextContent('by 31 Mar 2027 (58 days left)');

    const runbooks = within(section).getByTestId(
      'readiness-initiative-runbooks-everywhere',
    );
    expect(runbooks).toHaveTextContent('At risk');
    expect(runbooks).toHaveTextContent('2 of 10 done (20%)');
    expect(runbooks).toHaveTextContent('by 28 Feb 2027 (27 days left)');
  });

  it('shows nothing when no initiative is configured', async () => {
    server.use(
      ...initiativeHandlers({ list: { ...initiativeList, initiatives: [] } }),
    );
    let answered = false;
    server.events.on('response:mocked', () => {
      answered = true;
    });
    await renderList();

    await waitFor(() => expect(answered).toBe(true));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.queryByTestId('readiness-initiatives')).toBeNull();
    expect(screen.queryByText('Initiatives')).toBeNull();
    server.events.removeAllListeners();
  });
});
