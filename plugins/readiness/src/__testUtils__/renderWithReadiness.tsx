/**
 * Renders a component the way it runs on an entity page: inside a test app
 * with the entity in context, the catalog's entity route mounted (for
 * EntityRefLink) and the real ReadinessClient talking to msw.
 */
import type { ReactElement } from 'react';
import type { Entity } from '@backstage/catalog-model';
import {
  MockFetchApi,
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { readinessApiRef, ReadinessClient } from '../api';
import { paymentsApiEntity } from './fixtures';

export function createTestReadinessClient() {
  return new ReadinessClient({
    discoveryApi: mockApis.discovery(),
    fetchApi: new MockFetchApi(),
  });
}

export function renderWithReadiness(
  element: ReactElement,
  options: { entity?: Entity } = {},
) {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, createTestReadinessClient()]]}>
      <EntityProvider entity={options.entity ?? paymentsApiEntity}>
        {element}
      </EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
