import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { READINESS_KINDS } from '../lib/isReadinessAvailable';

/** The Readiness tab, `entity-content:readiness`, on Component, Resource and API pages. */
export const readinessEntityContent = EntityContentBlueprint.make({
  params: {
    path: '/readiness',
    title: 'Readiness',
    filter: { kind: { $in: READINESS_KINDS } },
    loader: () =>
      import('../components/ReadinessContent').then(m => (
        <m.ReadinessContent />
      )),
  },
});
