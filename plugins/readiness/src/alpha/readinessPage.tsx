import { PageBlueprint } from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { rootRouteRef } from '../routes';

/**
 * The Readiness page, `page:readiness`, at /readiness, with each
 * initiative's page below it (/readiness/initiatives/:id). Its title and
 * icon make the app's nav list it.
 */
export const readinessPage = PageBlueprint.make({
  params: {
    path: '/readiness',
    title: 'Readiness',
    icon: <AssessmentIcon />,
    routeRef: rootRouteRef,
    // The page draws its own header, the same in both frontend systems.
    noHeader: true,
    loader: () =>
      import('../components/ReadinessRoutes').then(m => <m.ReadinessRoutes />),
  },
});
