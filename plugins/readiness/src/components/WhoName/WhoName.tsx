import { EntityDisplayName } from '@backstage/plugin-catalog-react';

/**
 * A person or team as the catalog presents them: a user's display name or a
 * group's title, with the full ref as a tooltip; the ref's name until (or
 * unless) the catalog has more. `title` is one the API already sent.
 */
export function WhoName(props: { entityRef: string; title?: string }) {
  if (props.title) return <>{props.title}</>;
  return <EntityDisplayName entityRef={props.entityRef} hideIcon />;
}
