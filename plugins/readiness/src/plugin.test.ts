import {
  EntityGroupReadinessCard,
  EntityReadinessCard,
  ReadinessPage,
  EntityReadinessContent,
  readinessPlugin,
} from './plugin';
import { initiativeRouteRef } from './routes';

describe('legacy readinessPlugin', () => {
  it('registers the readiness API and provides the tab and the card', () => {
    expect(readinessPlugin.getId()).toBe('readiness');
    expect(
      [...readinessPlugin.getApis()].map(factory => factory.api.id),
    ).toEqual(['plugin.readiness.service']);
    expect(EntityReadinessContent).toBeDefined();
    expect(EntityReadinessCard).toBeDefined();
    expect(ReadinessPage).toBeDefined();
    expect(EntityGroupReadinessCard).toBeDefined();
    expect(readinessPlugin.routes.root).toBeDefined();
    expect(readinessPlugin.routes.initiative).toBe(initiativeRouteRef);
  });
});
