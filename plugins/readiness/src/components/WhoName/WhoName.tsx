import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import type { EntitySummary } from '../../api/types';

/** The people a scorecard response names, as far as it sent them. */
export interface KnownPeople {
  ownerGroup?: EntitySummary;
  operationalOwner?: EntitySummary;
}

/** The title the API sent for this person or team, if it sent one. */
export function titleOfPerson(
  ref: string,
  people?: KnownPeople,
): string | undefined {
  const known = [people?.ownerGroup, people?.operationalOwner].find(
    p => p?.entityRef === ref,
  );
  return known?.title || undefined;
}

/**
 * A person or team by title: the one the API sent (`title`), else as the
 * catalog presents them (a user's display name, a group's title, the full
 * ref as a tooltip), else the ref's name.
 */
export function WhoName(props: { entityRef: string; title?: string }) {
  if (props.title) return <>{props.title}</>;
  return <EntityDisplayName entityRef={props.entityRef} hideIcon />;
}
