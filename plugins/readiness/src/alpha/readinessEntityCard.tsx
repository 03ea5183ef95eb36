import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { READINESS_KINDS } from '../lib/isReadinessAvailable';

/**
 * The overview card, `entity-card:readiness/summary`. An info card: it sits
 * beside About, where a glance at tier and blockers belongs.
 */
export const readinessEntityCard = EntityCardBlueprint.make({
  name: 'summary',
  params: {
    type: 'info',
    filter: { kind: { $in: READINESS_KINDS } },
    loader: () =>
      import('../components/ReadinessCard').then(m => <m.ReadinessCard />),
  },
});
