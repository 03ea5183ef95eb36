import {
  createExtensionTester,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { readinessApiRef } from '../api';
import { paymentsApiEntity } from '../__testUtils__/fixtures';
import { rollupHandlers } from '../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../__testUtils__/renderWithReadiness';
import { paymentsTeamEntity } from '../__testUtils__/rollupFixtures';
import { readinessGroupCard } from './readinessGroupCard';

describe('readinessGroupCard', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('is a content card for groups only', () => {
    const tester = createExtensionTester(readinessGroupCard);
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;

    expect(tester.get(EntityCardBlueprint.dataRefs.type)).toBe('content');
    expect(filter(paymentsTeamEntity)).toBe(true);
    expect(filter(paymentsApiEntity)).toBe(false);
  });

  it('renders the team services', async () => {
    server.use(...rollupHandlers());
    const tester = createExtensionTester(readinessGroupCard);

    renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
        <EntityProvider entity={paymentsTeamEntity}>
          {tester.reactElement()}
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    expect(
      await screen.findByRole('link', { name: 'payments-api' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness',
    );
    expect(screen.getByTestId('readiness-group-card')).toBeInTheDocument();
  });
});
