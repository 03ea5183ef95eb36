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
import {
  errorBody,
  READINESS_BASE_URL,
  rollupHandlers,
} from '../../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../../__testUtils__/renderWithReadiness';
import { GROUPS_PER_PAGE, RollupPage } from './RollupPage';
import {
  ownerRollup,
  paymentsTeamGroup,
  rollupHistory,
} from '../../__testUtils__/rollupFixtures';

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

describe('RollupPage', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('shows tiers per group, the heat map, the top gaps and the trend', async () => {
    server.use(...rollupHandlers());
    await renderPage();

    const groups = await screen.findByTestId('readiness-rollup-groups');
    expect(screen.getByTestId('readiness-rollup-page')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Tiers by owner' }),
    ).toBeInTheDocument();
    const payments = within(groups).getByTestId(
      'readiness-rollup-row-group:default/payments-team',
    );
    // Group, entities, overdue decisions, claimed, blockers, stuck, then
    // no tier, pilot, beta, production, bar, mean.
    const cells = within(payments)
      .getAllByRole('cell')
      .map(c => c.textContent);
    expect(cells.slice(0, 2)).toEqual(['Payments Team', '3']);
    expect(cells.slice(4, 10)).toEqual(['6', '1', '0', '2', '0', '1']);
    expect(cells[11]).toBe('58.3');
    expect(
      within(payments).getByRole('link', { name: 'Payments Team' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments-team');
    expect(
      within(groups).getByRole('columnheader', { name: 'Stuck over 90 days' }),
    ).toBeInTheDocument();

    const heatmap = screen.getByTestId('readiness-heatmap');
    expect(
      within(heatmap).getByRole('columnheader', {
        name: 'Documentation and decisions',
      }),
    ).toBeInTheDocument();
    const heatRow = within(heatmap).getByRole('row', { name: /Search Team/ });
    expect(within(heatRow).getAllByRole('cell')[4].textContent).toBe('10');

    const gaps = within(screen.getByTestId('readiness-top-gaps'))
      .getAllByRole('listitem')
      .map(li => li.textContent);
    expect(gaps).toEqual([
      'On-call routing: fails on 3 of 6 entities',
      'Runbook linked: fails on 2 of 6 entities',
      'Owned by a group with members: fails on 1 of 6 entities',
    ]);

    expect(
      await screen.findByText(/From 5 Jan 2026 to 5 Feb 2026/),
    ).toBeInTheDocument();
  });

  it('shows the initiatives with progress and state after Needs attention', async () => {
    server.use(...rollupHandlers());
    await renderPage();

    const initiatives = await screen.findByTestId('readiness-initiatives');
    const attention = screen.getByTestId('readiness-attention');
    expect(
      attention.compareDocumentPosition(initiatives) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      within(initiatives).getByTestId('readiness-initiative-beta-by-march'),
    ).toHaveTextContent('On track');
    expect(
      within(initiatives).getByTestId(
        'readiness-initiative-runbooks-everywhere',
      ),
    ).toHaveTextContent('At risk');
  });

  it('starts the trend at the first record, not at zero-filled days before it', async () => {
    server.use(
      ...rollupHandlers({
        history: {
          ...rollupHistory,
          points: [
            { date: '2025-12-05', total: { entityCount: 0, meanScore: 0, tiers: {} }, groups: [] },
            ...rollupHistory.points,
          ],
        },
      }),
    );
    await renderPage();
    expect(
      await screen.findByText(/From 5 Jan 2026 to 5 Feb 2026: mean score 30.2 to 45.1, 5 to 6 entities/),
    ).toBeInTheDocument();
  });

  it('shows what the first recompute found, as the CLI summarises it, before any history exists', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(`${READINESS_BASE_URL}/summary`, ({ request }) => {
        seen.push(new URL(request.url));
      }),
      ...rollupHandlers({
        history: {
          ...rollupHistory,
          points: [
            { date: '2026-02-04', total: { entityCount: 0, meanScore: 0, tiers: {} }, groups: [] },
            rollupHistory.points[1],
          ],
        },
      }),
    );
    await renderPage('/readiness?groupBy=owner&tag=pci');

    const summary = await screen.findByTestId('readiness-first-run-summary');
    expect(summary).toHaveTextContent(
      '6 entities: 2 Pilot, 1 Beta, 1 Production, 2 below the first tier.',
    );
    expect(summary).toHaveTextContent(
      '2 entities declare production but do not reach Production',
    );
    expect(
      within(summary).getByRole('link', { name: 'payments-api' }),
    ).toBeInTheDocument();
    expect(summary).toHaveTextContent('On-call routing (Beta): not met by 4 entities');
    expect(seen[0].searchParams.getAll('tag')).toEqual(['pci']);
  });

  it('hides the trend with a note when the backend has no history', async () => {
    server.use(...rollupHandlers({ history: 'missing' }));
    await renderPage();

    expect(
      await screen.findByTestId('readiness-trend-unavailable'),
    ).toHaveTextContent('not available');
    expect(screen.getByTestId('readiness-heatmap')).toBeInTheDocument();
  });

  it('passes group-by and filters from the URL to the rollup', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(`${READINESS_BASE_URL}/rollup`, ({ request }) => {
        seen.push(new URL(request.url));
      }),
      ...rollupHandlers(),
    );
    await renderPage(
      '/readiness?groupBy=system&kind=API&owner=group%3Adefault%2Fpayments-team',
    );

    expect(
      await screen.findByRole('heading', { name: 'Tiers by system' }),
    ).toBeInTheDocument();
    expect(seen[0].searchParams.get('groupBy')).toBe('system');
    expect(seen[0].searchParams.getAll('kind')).toEqual(['API']);
    expect(seen[0].searchParams.getAll('owner')).toEqual([
      'group:default/payments-team',
    ]);
    const ownerField = screen
      .getByLabelText('Owned by')
      .closest('[class*="MuiAutocomplete-root"]') as HTMLElement;
    expect(await within(ownerField).findByText('Payments Team')).toBeInTheDocument();
  });

  it('suggests the values that exist and applies a picked owner with its sub-teams', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(`${READINESS_BASE_URL}/rollup`, ({ request }) => {
        seen.push(new URL(request.url));
      }),
      ...rollupHandlers(),
    );
    await renderPage();
    await screen.findByTestId('readiness-rollup-groups');

    await userEvent.click(screen.getByLabelText('Tag'));
    expect(
      (await screen.findAllByRole('option')).map(o => o.textContent),
    ).toEqual(['ml', 'pci', 'public']);
    await userEvent.click(screen.getByRole('option', { name: 'pci' }));
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() =>
      expect(seen[seen.length - 1].searchParams.getAll('tag')).toEqual(['pci']),
    );

    await userEvent.click(screen.getByLabelText('Owned by'));
    // Groups by title where they have one, else by name.
    expect(
      (await screen.findAllByRole('option')).map(o => o.textContent),
    ).toEqual(['Engineering', 'Payments Team', 'search-team']);
    await userEvent.click(
      await screen.findByRole('option', { name: 'Engineering' }),
    );
    await waitFor(() =>
      expect(seen[seen.length - 1].searchParams.getAll('owner')).toEqual([
        'group:default/engineering',
      ]),
    );

    // Kinds too: those among the stored results, not a fixed list.
    await userEvent.click(screen.getByLabelText('Kind'));
    expect(
      (await screen.findAllByRole('option')).map(o => o.textContent),
    ).toEqual(['All kinds', 'API', 'Component']);
  });

  it('pages through many groups on the server', async () => {
    const seen: URL[] = [];
    const groups = Array.from({ length: 30 }, (_, i) => ({
      ...paymentsTeamGroup,
      key: `group:default/team-${String(i).padStart(2, '0')}`,
      title: `Team ${String(i).padStart(2, '0')}`,
    }));
    server.use(
      http.get(`${READINESS_BASE_URL}/rollup`, ({ request }) => {
        seen.push(new URL(request.url));
      }),
      ...rollupHandlers({ rollup: { ...ownerRollup, groups } }),
    );
    await renderPage();
    const table = await screen.findByTestId('readiness-rollup-groups');
    expect(within(table).getByText('Team 24')).toBeInTheDocument();
    expect(within(table).queryByText('Team 25')).not.toBeInTheDocument();
    expect(seen[0].searchParams.get('offset')).toBe('0');
    expect(seen[0].searchParams.get('limit')).toBe(String(GROUPS_PER_PAGE));

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('readiness-rollup-groups')).getByText(
          'Team 25',
        ),
      ).toBeInTheDocument(),
    );
    expect(screen.queryByText('Team 24')).not.toBeInTheDocument();
    expect(seen[seen.length - 1].searchParams.get('offset')).toBe('25');
    expect(screen.getByText('26-30 of 30')).toBeInTheDocument();
  });

  it('asks for the trend once per group-by and keeps it while paging groups', async () => {
    const history: URL[] = [];
    const groups = Array.from({ length: 30 }, (_, i) => ({
      ...paymentsTeamGroup,
      key: `group:default/team-${String(i).padStart(2, '0')}`,
      title: `Team ${String(i).padStart(2, '0')}`,
    }));
    server.use(
      http.get(`${READINESS_BASE_URL}/rollup/history`, ({ request }) => {
        history.push(new URL(request.url));
      }),
      ...rollupHandlers({ rollup: { ...ownerRollup, groups } }),
    );
    await renderPage();
    expect(
      await screen.findByText(/From 5 Jan 2026 to 5 Feb 2026/),
    ).toBeInTheDocument();
    expect(history.map(u => u.searchParams.get('groupBy'))).toEqual(['owner']);

    // A page of groups changes neither the group-by nor the filters.
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('26-30 of 30')).toBeInTheDocument();
    expect(
      screen.getByText(/From 5 Jan 2026 to 5 Feb 2026/),
    ).toBeInTheDocument();

    // A new group-by: its trend once, not once before and once after the rollup.
    await userEvent.click(screen.getByRole('button', { name: /Group by/ }));
    await userEvent.click(screen.getByRole('option', { name: 'System' }));
    expect(
      await screen.findByRole('heading', { name: 'Tiers by system' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/From 5 Jan 2026 to 5 Feb 2026/),
    ).toBeInTheDocument();
    expect(history.map(u => u.searchParams.get('groupBy'))).toEqual([
      'owner',
      'system',
    ]);
    // Three loads and two menus: slow on a busy two-core machine.
  }, 20_000);

  it('warns when the numbers come from an earlier recompute', async () => {
    server.use(
      ...rollupHandlers({
        rollup: {
          ...ownerRollup,
          recompute: {
            stale: true,
            staleReason: 'last-run-failed',
            running: false,
            lastSucceededAt: '2026-11-20T08:00:00.000Z',
            lastFailedAt: '2026-11-21T08:00:00.000Z',
          },
        },
      }),
    );
    await renderPage();
    expect(
      await screen.findByText(/Readiness data may be out of date/),
    ).toBeInTheDocument();
  });

  it('says nothing about freshness when the numbers are current', async () => {
    server.use(
      ...rollupHandlers({
        rollup: { ...ownerRollup, recompute: { stale: false, running: false } },
      }),
    );
    await renderPage();
    await screen.findByTestId('readiness-rollup-groups');
    expect(
      screen.queryByText(/Readiness data may be out of date/),
    ).not.toBeInTheDocument();
  });

  it('applies text filters as repeated parameters', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(`${READINESS_BASE_URL}/rollup`, ({ request }) => {
        seen.push(new URL(request.url));
      }),
      ...rollupHandlers(),
    );
    await renderPage();
    await screen.findByTestId('readiness-rollup-groups');

    await userEvent.type(screen.getByLabelText('Tag'), 'pci, public');
    await userEvent.click(
      screen.getByRole('button', { name: 'Apply filters' }),
    );

    await waitFor(() =>
      expect(seen[seen.length - 1].searchParams.getAll('tag')).toEqual([
        'pci',
        'public',
      ]),
    );
  });

  it('drills down to the entities of a group, paginated on the server', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(`${READINESS_BASE_URL}/scorecards`, ({ request }) => {
        seen.push(new URL(request.url));
        const offset = Number(new URL(request.url).searchParams.get('offset'));
        return HttpResponse.json({
          total: 60,
          offset,
          items: [
            {
              entityRef: `component:default/svc-${offset}`,
              kind: 'Component',
              type: 'service',
              owner: 'group:default/payments-team',
              tier: null,
              score: 12.5,
              blockerCount: 5,
              failingChecks: ['on-call', 'runbook', 'owner-group', 'x', 'y'],
              tierSince: '2025-11-21T10:00:00.000Z',
            },
          ],
        });
      }),
      ...rollupHandlers(),
    );
    await renderPage('/readiness?kind=Component');

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Show the entities of Payments Team',
      }),
    );

    const drilldown = await screen.findByTestId('readiness-drilldown');
    expect(
      await within(drilldown).findByRole('heading', {
        name: 'Entities of Payments Team (60)',
      }),
    ).toBeInTheDocument();
    expect(
      within(drilldown).getByRole('link', { name: 'svc-0' }),
    ).toHaveAttribute('href', '/catalog/default/component/svc-0/readiness');
    expect(
      within(drilldown).getByText(
        'On-call routing, Runbook linked, Owned by a group with members, and 2 more',
      ),
    ).toBeInTheDocument();
    expect(within(drilldown).getByText('No tier')).toBeInTheDocument();
    expect(seen[0].searchParams.getAll('owner')).toEqual([
      'group:default/payments-team',
    ]);
    expect(seen[0].searchParams.getAll('kind')).toEqual(['Component']);
    expect(seen[0].searchParams.get('offset')).toBe('0');
    expect(seen[0].searchParams.get('limit')).toBe('25');

    await userEvent.click(
      within(drilldown).getByRole('button', { name: /next page/i }),
    );
    expect(
      await within(drilldown).findByRole('link', { name: 'svc-25' }),
    ).toBeInTheDocument();
    expect(seen[seen.length - 1].searchParams.get('offset')).toBe('25');
  });

  it('has no drill-down for the group without a value', async () => {
    server.use(...rollupHandlers());
    await renderPage();

    const row = await screen.findByTestId('readiness-rollup-row-(none)');
    expect(within(row).getByText('No value')).toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
  });

  it('downloads the CSV with the filters through fetchApi', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(`${READINESS_BASE_URL}/export.csv`, ({ request }) => {
        seen.push(new URL(request.url));
        return new HttpResponse('entityRef\n', {
          headers: { 'Content-Type': 'text/csv' },
        });
      }),
      ...rollupHandlers(),
    );
    const createObjectURL = jest.fn(() => 'blob:readiness');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    await renderPage('/readiness?lifecycle=production');

    const link = await screen.findByTestId('readiness-csv-download');
    await waitFor(() =>
      expect(link).toHaveAttribute(
        'href',
        `${READINESS_BASE_URL}/export.csv?lifecycle=production`,
      ),
    );
    await userEvent.click(link);

    // The blob URL is revoked later, once the browser has the file.
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(seen[0].searchParams.getAll('lifecycle')).toEqual(['production']);
  });

  it('says what failed when the rollup cannot be loaded', async () => {
    server.use(
      http.get(`${READINESS_BASE_URL}/rollup`, () =>
        HttpResponse.json(errorBody('InputError', 'Invalid tag', 400), {
          status: 400,
        }),
      ),
      ...rollupHandlers(),
    );
    await renderPage('/readiness?tag=x');

    expect(await screen.findByTestId('readiness-error')).toHaveTextContent(
      'Could not load the readiness rollup: Invalid tag (HTTP 400)',
    );
  });
});
