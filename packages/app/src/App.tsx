import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import readinessPlugin from '@readiness-scorecards/plugin-readiness/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

export default createApp({
  // `app.packages: all` in app-config.yaml already discovers the plugins in
  // package.json, readiness included. Listing readiness here as well (the app
  // keeps one copy per plugin id) makes the app work without discovery, as in
  // App.test.tsx, and shows where the Readiness tab and card come from.
  features: [catalogPlugin, readinessPlugin, navModule, homeModule],
});
