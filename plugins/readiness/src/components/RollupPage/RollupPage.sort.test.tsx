import {
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { readinessApiRef } from '../../api';
import type { RollupGroup } from '../../api/types';
import {
  READINESS_BASE_URL,
  rollupHandlers,
} from '../../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../../__testUtils__/renderWithReadiness';
import {
  ownerRollup,
  ownerTreeRollup,
  paymentsTeamGroup,
} from '../../__testUtils__/rollupFixtures';
import { RollupPage } from './RollupPage';

function renderPage(path = '/readiness') {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
      <RollupPage />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

/** The group rows on screen, top to bottom, indented by depth. */
function shownRows(): string[] {
  const table = screen.getByTestId('readiness-rollup-groups');
  return within(table)
    .getAllByTestId(/^readiness-rollup-row-(?!total)/)
    .map(row => {
      const name = row.querySelector('th')!;
      const indent = (name.firstElementChild as HTMLElement | null)?.style
        .paddingLeft;
      return `${indent === '20px' ? '  ' : ''}${row.dataset.testid!.replace(
        'readiness-rollup-row-',
        '',
      )}`;
    });
}

describe('RollupPage sorting and the owner tree', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('asks the server for the order of the header clicked and shows its tree in that order', async () => {
    const seen: URL[] = [];
    const [engineering, search, payments, jane] = ownerTreeRollup.groups;
    // The server's answer for "most in production first", unlike any local order.
    const byProduction = {
      ...ownerTreeRollup,
      groups: [jane, engineering, payments, search],
    };
    server.use(
      http.get(`${READINESS_BASE_URL}/rollup`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url);
        return HttpResponse.json(
          url.searchParams.get('sort') === 'tier.production'
            ? byProduction
            : ownerTreeRollup,
        );
      }),
      ...rollupHandlers(),
    );
    await renderPage();
    await screen.findByTestId('readiness-rollup-groups');
    expect(seen[0].searchParams.has('sort')).toBe(false);
    expect(shownRows()).toEqual([
      'group:default/engineering',
      '  group:default/search-team',
      '  group:default/payments-team',
      'user:default/jane',
    ]);

    const table = screen.getByTestId('readiness-rollup-groups');
    await userEvent.click(
      within(table).getByRole('button', { name: 'Production' }),
    );
    await waitFor(() =>
      expect(shownRows()).toEqual([
        'user:default/jane',
        'group:default/engineering',
        '  group:default/payments-team',
        '  group:default/search-team',
      ]),
    );
    const last = () => seen[seen.length - 1].searchParams;
    expect([
      last().get('sort'),
      last().get('order'),
      last().get('offset'),
    ]).toEqual(['tier.production', 'desc', '0']);
    expect(
      within(table).getByRole('columnheader', { name: /Production/ }),
    ).toHaveAttribute('aria-sort', 'descending');
    expect(
      within(
        screen.getByTestId('readiness-rollup-row-user:default/jane'),
      ).getByText('(owned by a person)'),
    ).toBeInTheDocument();

    // The same header again flips the order; another starts in its own.
    await userEvent.click(
      within(table).getByRole('button', { name: 'Production' }),
    );
    await waitFor(() => expect(last().get('order')).toBe('asc'));
    await userEvent.click(
      within(table).getByRole('button', { name: 'Distribution' }),
    );
    await waitFor(() => expect(last().get('sort')).toBe('distribution'));
    expect(last().get('order')).toBe('desc');
    await userEvent.click(within(table).getByRole('button', { name: 'Owner' }));
    await waitFor(() =>
      expect([last().get('sort'), last().get('order')]).toEqual([
        'name',
        'asc',
      ]),
    );
  });

  it('offers a sort on every column header', async () => {
    server.use(...rollupHandlers({ rollup: ownerTreeRollup }));
    await renderPage('/readiness?sort=meanScore&order=asc');
    const table = await screen.findByTestId('readiness-rollup-groups');
    const sortable = within(table)
      .getAllByRole('columnheader')
      .filter(header => within(header).queryByRole('button'))
      .map(header => header.textContent);
    expect(sortable).toEqual([
      'Owner',
      'Entities',
      'Overdue decisions',
      'Claimed, not earned',
      'Open blockers',
      'Stuck over 90 days',
      'No tier',
      'Pilot',
      'Beta',
      'Production',
      'Distribution',
      expect.stringMatching(/^Mean score/),
    ]);
    expect(
      within(table).getByRole('columnheader', { name: /Mean score/ }),
    ).toHaveAttribute('aria-sort', 'ascending');
  });

  it('pages by departments, each with its teams, counting the top of the tree', async () => {
    const seen: URL[] = [];
    const pad = (i: number) => String(i).padStart(2, '0');
    const groups: RollupGroup[] = Array.from({ length: 30 }, (_, i) => [
      {
        ...paymentsTeamGroup,
        key: `group:default/dept-${pad(i)}`,
        title: `Dept ${pad(i)}`,
      },
      {
        ...paymentsTeamGroup,
        key: `group:default/team-${pad(i)}`,
        title: `Team ${pad(i)}`,
        parent: `group:default/dept-${pad(i)}`,
      },
    ]).flat();
    server.use(
      http.get(`${READINESS_BASE_URL}/rollup`, ({ request }) => {
        seen.push(new URL(request.url));
      }),
      ...rollupHandlers({ rollup: { ...ownerRollup, groups } }),
    );
    await renderPage();
    const table = await screen.findByTestId('readiness-rollup-groups');
    expect(within(table).getByText('Team 24')).toBeInTheDocument();
    expect(within(table).queryByText('Dept 25')).not.toBeInTheDocument();
    expect(screen.getByText('1-25 of 30')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(screen.getByText('26-30 of 30')).toBeInTheDocument(),
    );
    expect(seen[seen.length - 1].searchParams.get('offset')).toBe('25');
    await waitFor(() =>
      expect(shownRows().slice(0, 2)).toEqual([
        'group:default/dept-25',
        '  group:default/team-25',
      ]),
    );
  });
});
