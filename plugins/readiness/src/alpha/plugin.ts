import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { readinessApi } from './readinessApi';
import { readinessEntityCard } from './readinessEntityCard';
import { readinessEntityContent } from './readinessEntityContent';
import { readinessGroupCard } from './readinessGroupCard';
import { readinessPage } from './readinessPage';
import { initiativeRouteRef, rootRouteRef } from '../routes';

/**
 * The readiness plugin for the new frontend system: the API client, the
 * Readiness tab and the overview card, the Readiness page (organisation
 * rollup) and the card on Group pages.
 *
 * @alpha
 */
export const readinessPlugin = createFrontendPlugin({
  pluginId: 'readiness',
  title: 'Readiness',
  routes: { root: rootRouteRef, initiative: initiativeRouteRef },
  extensions: [
    readinessApi,
    readinessEntityContent,
    readinessEntityCard,
    readinessPage,
    readinessGroupCard,
  ],
});
