import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { registerMswTestHooks } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { readinessApiRef } from '../api';
import { paymentsApiEntity } from '../__testUtils__/fixtures';
import { readinessHandlers } from '../__testUtils__/readinessServer';
import { createTestReadinessClient } from '../__testUtils__/renderWithReadiness';
import { readinessEntityContent } from './readinessEntityContent';

describe('readinessEntityContent', () => {
  const server = setupServer();
  registerMswTestHooks(server);

  it('is the Readiness tab at /readiness', () => {
    const tester = createExtensionTester(readinessEntityContent);

    expect(tester.get(coreExtensionData.routePath)).toBe('/readiness');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Readiness');
  });

  it('is shown for components, resources and APIs only', () => {
    const tester = createExtensionTester(readinessEntityContent);
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction);
    const expression = tester.get(
      EntityContentBlueprint.dataRefs.filterExpression,
    );
    // The blueprint turns the predicate into a filter function; either form
    // must select the same kinds.
    expect(filter ?? expression).toBeDefined();
    const shows = (kind: string) => filter!({ ...paymentsApiEntity, kind });

    expect(shows('Component')).toBe(true);
    expect(shows('Resource')).toBe(true);
    expect(shows('API')).toBe(true);
    expect(shows('Group')).toBe(false);
    expect(shows('System')).toBe(false);
  });

  it('renders the tab for the entity in context', async () => {
    server.use(...readinessHandlers());
    const tester = createExtensionTester(readinessEntityContent);

    renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
        <EntityProvider entity={paymentsApiEntity}>
          {tester.reactElement()}
        </EntityProvider>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    expect(await screen.findByTestId('readiness-tier-path')).toHaveTextContent(
      'Pilot',
    );
    expect(screen.getByTestId('readiness-blockers')).toBeInTheDocument();
  });
});
