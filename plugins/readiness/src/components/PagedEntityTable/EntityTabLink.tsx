import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { Link as RouterLink } from 'react-router-dom';
import { shortRefName } from '../../lib/entityRefs';

/**
 * An entity's title (its name when it has none), linking to its Readiness
 * tab (where the fixes are); a titled entity's name follows on a second line,
 * since that is what people search the catalog and YAML for.
 */
export function EntityTabLink(props: {
  entityRef: string;
  title?: string;
  tabPath?: string;
}) {
  const { entityRef, tabPath = 'readiness' } = props;
  const entityLink = useEntityRefLink();
  const name = shortRefName(entityRef);
  const title = props.title?.trim();
  return (
    <>
      <Link component={RouterLink} to={`${entityLink(entityRef)}/${tabPath}`}>
        {title || name}
      </Link>
      {title && title !== name && (
        <Typography variant="caption" component="div" color="textSecondary">
          {name}
        </Typography>
      )}
    </>
  );
}
