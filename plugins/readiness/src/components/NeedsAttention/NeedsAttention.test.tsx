import {
  registerMswTestHooks,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { entityPresentationApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { readinessApiRef } from '../../api';
import { attentionResponse } from '../../__testUtils__/attentionFixtures';
import { READINESS_BASE_URL } from '../../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../../__testUtils__/renderWithReadiness';
import { FALLBACK_TIERS } from '../../lib/tiers';
import { NeedsAttention } from './NeedsAttention';

describe('NeedsAttention', () => {
  const server = setupServer();
  registerMswTestHooks(server);
  let requests: URLSearchParams[];

  beforeEach(() => {
    requests = [];
    server.use(
      http.get(`${READINESS_BASE_URL}/attention`, ({ request }) => {
        const search = new URL(request.url).searchParams;
        requests.push(search);
        return HttpResponse.json(
          attentionResponse(search.get('list') as any, {
            offset: Number(search.get('offset')),
            limit: Number(search.get('limit')),
            sort: (search.get('sort') as any) ?? undefined,
            order: (search.get('order') as any) ?? undefined,
          }),
        );
      }),
    );
  });

  const render = () =>
    renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
        <NeedsAttention
          filters={{ owner: ['group:default/data-and-ai'] }}
          tiers={FALLBACK_TIERS}
          checkTitle={id => (id === 'ai-drift-review' ? 'Drift reviewed' : id)}
        />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

  it('opens on overdue decisions with days overdue, owner team and who acts, each linking to the entity', async () => {
    await render();
    const rows = await screen.findAllByTestId('readiness-attention-row');
    // By title, the name beneath; by name when there is no title.
    expect(rows.map(r => within(r).getAllByRole('cell')[0].textContent)).toEqual([
      'Chargeback labels ETLchargeback-labels-etl',
      'dispute-assistant-agent',
      'fraud-model-v3',
    ]);
    expect(within(rows[0]).getByRole('link', { name: 'Chargeback labels ETL' })).toHaveAttribute(
      'href',
      '/catalog/default/component/chargeback-labels-etl/readiness',
    );
    // The service, then the list's columns.
    const cells = within(rows[0]).getAllByRole('cell').map(c => c.textContent).slice(1);
    expect(cells[0]).toBe('Data Platform Team');
    // The owning team acts: named by its title.
    expect(cells[1]).toBe('Data Platform Teammarcus-webb is not in the catalog');
    expect(cells[2]).toContain('205 days');
    expect(cells[2]).toContain('due 30 Apr 2026');
    expect(cells[3]).toBe('383 days (declared start)');
    // A tier first seen at the first record never reads "today" or "0 days".
    expect(within(rows[1]).getAllByRole('cell')[4].textContent).toBe('since at least 21 Nov 2026');
    expect(within(rows[2]).getByRole('link', { name: 'fraud-model-v3' })).toHaveAttribute(
      'href',
      '/catalog/default/component/fraud-model-v3/readiness',
    );
    expect(screen.getByTestId('readiness-attention-tab-overdue-decisions')).toHaveTextContent('Overdue decisions (3)');
    // Follows the page's filters.
    expect(requests[0].getAll('owner')).toEqual(['group:default/data-and-ai']);
    expect(requests[0].get('list')).toBe('overdue-decisions');
  });

  it('names who acts as the catalog presents them (a display name), else by name', async () => {
    const presentation = {
      forEntity: (ref: string) => {
        const snapshot = {
          entityRef: ref,
          primaryTitle: ref === 'user:default/lucia-romano' ? 'Lucia Romano' : ref.split('/')[1],
        };
        return { snapshot, promise: Promise.resolve(snapshot) };
      },
    };
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [readinessApiRef, createTestReadinessClient()],
          [entityPresentationApiRef, presentation],
        ]}
      >
        <NeedsAttention filters={{}} tiers={FALLBACK_TIERS} checkTitle={id => id} />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    const rows = await screen.findAllByTestId('readiness-attention-row');
    const whoActs = (row: HTMLElement) => within(row).getAllByRole('cell')[2].textContent;
    expect(whoActs(rows[1])).toBe('Lucia Romano');
    expect(whoActs(rows[2])).toBe('kenji-watanabe');
  });

  it('sorts on the server by a column, then the other way', async () => {
    await render();
    await screen.findAllByTestId('readiness-attention-row');
    await userEvent.click(screen.getByRole('button', { name: 'Service' }));
    await waitFor(() => expect(requests.at(-1)?.get('sort')).toBe('entity'));
    expect(requests.at(-1)?.get('order')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Service' })).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Service' }));
    await waitFor(() => expect(requests.at(-1)?.get('order')).toBe('desc'));
  });

  it('shows the other lists with their counts, and says when one is empty', async () => {
    await render();
    await screen.findAllByTestId('readiness-attention-row');
    await userEvent.click(screen.getByTestId('readiness-attention-tab-expiring'));
    const row = await screen.findByRole('row', { name: /fraud-scoring-service/ });
    expect(row).toHaveTextContent('18 Dec 2026: Drift reviewed (evidence goes stale)');
    expect(row).toHaveTextContent('then Beta');
    await userEvent.click(screen.getByTestId('readiness-attention-tab-old-pilots'));
    expect(await screen.findByTestId('readiness-attention-empty')).toHaveTextContent(
      'No pilot older than 90 days is waiting without a decision or a due date.',
    );
  });
});
