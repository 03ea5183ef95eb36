import { ApiBlueprint } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { MockFetchApi, mockApis } from '@backstage/test-utils';
import { readinessApiRef, ReadinessClient } from '../api';
import { readinessApi } from './readinessApi';

describe('readinessApi', () => {
  it('provides a ReadinessClient built on discovery and fetch', () => {
    const factory = createExtensionTester(readinessApi).get(
      ApiBlueprint.dataRefs.factory,
    );

    expect(factory.api.id).toBe(readinessApiRef.id);
    expect(
      factory.factory({
        discoveryApi: mockApis.discovery(),
        fetchApi: new MockFetchApi(),
      }),
    ).toBeInstanceOf(ReadinessClient);
  });
});
