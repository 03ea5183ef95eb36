import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import Link from '@material-ui/core/Link';
import { Link as RouterLink } from 'react-router-dom';
import { shortRefName } from '../../lib/entityRefs';

/** An entity's name, linking to its Readiness tab (where the fixes are). */
export function EntityTabLink(props: { entityRef: string; tabPath?: string }) {
  const { entityRef, tabPath = 'readiness' } = props;
  const entityLink = useEntityRefLink();
  return (
    <Link component={RouterLink} to={`${entityLink(entityRef)}/${tabPath}`}>
      {shortRefName(entityRef)}
    </Link>
  );
}
