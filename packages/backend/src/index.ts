/*
 * The demo portal's backend: a stock Backstage backend with the readiness
 * plugin and its example check module installed.
 */

import { createBackend } from '@backstage/backend-defaults';
import { readinessModuleExampleOrgInitiatives } from '@internal/example-org';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// auth plugin, with guest sign-in for the demo
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// catalog plugin
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
// demo only: keeps the example organisation's dates true on any day
// (exampleOrg in app-config.yaml; does nothing without it)
backend.add(import('@internal/example-org'));

// permission plugin
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

// search plugin
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));

// user settings, notifications and signals
backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// mcp actions plugin
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// production-readiness scorecards
backend.add(import('@readiness-scorecards/plugin-readiness-backend'));
backend.add(
  import('@readiness-scorecards/plugin-readiness-backend-module-team-size'),
);
// demo only: the example organisation's two initiatives, dates moved like
// its catalog's (exampleOrg in app-config.yaml; does nothing without it)
backend.add(readinessModuleExampleOrgInitiatives);

backend.start();
