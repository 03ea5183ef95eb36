import { Route, Routes } from 'react-router-dom';
import { InitiativePage } from '../InitiativePage';
import { RollupPage } from '../RollupPage';

/**
 * What the plugin mounts at its root route: the Readiness page, and each
 * initiative's page below it (initiativeRouteRef).
 */
export function ReadinessRoutes() {
  return (
    <Routes>
      <Route path="/" element={<RollupPage />} />
      <Route path="/initiatives/:id" element={<InitiativePage />} />
    </Routes>
  );
}
