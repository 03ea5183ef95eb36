import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * `entity-card:readiness/group`: on Group pages, the team's services (sub-teams
 * included) lowest tier first, linking to the Readiness page for the group.
 */
export const readinessGroupCard = EntityCardBlueprint.make({
  name: 'group',
  params: {
    type: 'content',
    filter: { kind: 'group' },
    loader: () =>
      import('../components/GroupReadinessCard').then(m => (
        <m.GroupReadinessCard />
      )),
  },
});
