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
import { readinessHandlers } from '../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../__testUtils__/renderWithReadiness';
import { readinessEntityCard } from './readinessEntityCard';

describe('readinessEntityCard', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('is an info card for components, resources and APIs', () => {
    const tester = createExtensionTester(readinessEntityCard);
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;

    expect(tester.get(EntityCardBlueprint.dataRefs.type)).toBe('info');
    expect(filter(paymentsApiEntity)).toBe(true);
    expect(filter({ ...paymentsApiEntity, kind: 'User' })).toBe(false);
  });

  it('renders the card with a link to the tab', async () => {
    server.use(...readinessHandlers());
    const tester = createExtensionTester(readinessEntityCard);

    renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
        <EntityProvider entity={paymentsApiEntity}>
          {tester.reactElement()}
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    expect(await screen.findByTestId('readiness-card-tier')).toHaveTextContent(
      'Pilot',
    );
    expect(
      screen.getByRole('link', { name: /View readiness details/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/payments-api/readiness',
    );
  });
});
