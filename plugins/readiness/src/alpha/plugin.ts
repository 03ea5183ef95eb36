import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { readinessApi } from './readinessApi';
import { readinessEntityCard } from './readinessEntityCard';
import { readinessEntityContent } from './readinessEntityContent';

/**
 * The readiness plugin for the new frontend system: the API client, the
 * Readiness tab and the overview card.
 *
 * @alpha
 */
export const readinessPlugin = createFrontendPlugin({
  pluginId: 'readiness',
  title: 'Readiness',
  extensions: [readinessApi, readinessEntityContent, readinessEntityCard],
});
