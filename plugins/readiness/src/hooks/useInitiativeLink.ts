import { useRouteRef } from '@backstage/core-plugin-api';
import { initiativeRouteRef } from '../routes';

/**
 * The link to an initiative's page, or undefined when the app does not
 * mount the Readiness page (a legacy app without the route).
 */
export function useInitiativeLink():
  | ((params: { id: string }) => string)
  | undefined {
  try {
    // Always called, so the hook order stays the same; it throws when the
    // page is not mounted.
    return useRouteRef(initiativeRouteRef);
  } catch {
    return undefined;
  }
}
