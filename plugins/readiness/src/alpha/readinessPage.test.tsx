import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { readinessApiRef } from '../api';
import { rollupHandlers } from '../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../__testUtils__/renderWithReadiness';
import { rootRouteRef } from '../routes';
import { readinessPage } from './readinessPage';

describe('readinessPage', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('is the Readiness page at /readiness, with a title and icon for the nav', () => {
    const tester = createExtensionTester(readinessPage);

    expect(tester.get(coreExtensionData.routePath)).toBe('/readiness');
    expect(tester.get(coreExtensionData.routeRef)).toBe(rootRouteRef);
    expect(tester.get(coreExtensionData.title)).toBe('Readiness');
    expect(tester.get(coreExtensionData.icon)).toBeDefined();
  });

  it('renders the rollup', async () => {
    server.use(...rollupHandlers());
    const tester = createExtensionTester(readinessPage);

    renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
        {tester.reactElement()}
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    expect(
      await screen.findByTestId('readiness-rollup-groups'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('readiness-rollup-page')).toBeInTheDocument();
  });

  it("renders an initiative's page below it", async () => {
    server.use(...rollupHandlers());
    const tester = createExtensionTester(readinessPage);

    renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
        {tester.reactElement()}
      </TestApiProvider>,
      {
        mountPath: '/readiness/*',
        initialRouteEntries: ['/readiness/initiatives/beta-by-march'],
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name': entityRouteRef,
          '/readiness': rootRouteRef,
        },
      },
    );

    expect(
      await screen.findByTestId('readiness-initiative-teams'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('readiness-rollup-page')).toBeNull();
  });
});
