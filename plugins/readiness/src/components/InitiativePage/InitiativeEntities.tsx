import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Link from '@material-ui/core/Link';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import type { TierSummary } from '../../api/types';
import { shortRefName } from '../../lib/entityRefs';
import { listText } from '../../lib/initiatives';
import { tierTitle } from '../../lib/tiers';
import { LoadError } from '../LoadError';

const PAGE_SIZES = [25, 50, 100];

const useStyles = makeStyles(theme => ({
  scroll: { overflowX: 'auto', position: 'relative' },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
}));

export interface InitiativeEntitiesProps {
  initiativeId: string;
  /** A team (with its sub-teams), or every entity. */
  owner?: string;
  ownerTitle?: string;
  onShowAll: () => void;
  tiers: TierSummary[];
  checkTitle: (checkId: string) => string;
  /** Path of the Readiness tab under the entity page. */
  tabPath?: string;
}

/**
 * The initiative's entities, remaining work first, one server-side page at
 * a time, each with the target checks it still fails and a link to its
 * Readiness tab (where the fixes are).
 */
export function InitiativeEntities(props: InitiativeEntitiesProps) {
  const {
    initiativeId,
    owner,
    tiers,
    checkTitle,
    tabPath = 'readiness',
  } = props;
  const readinessApi = useApi(readinessApiRef);
  const entityLink = useEntityRefLink();
  const classes = useStyles();
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(PAGE_SIZES[0]);
  useEffect(() => setPage(0), [owner]);
  const { value, loading, error } = useAsync(
    () =>
      readinessApi.listInitiativeEntities(initiativeId, {
        ...(owner ? { owner: [owner] } : {}),
        offset: page * pageSize,
        limit: pageSize,
      }),
    [readinessApi, initiativeId, owner, page, pageSize],
  );
  const whose = owner ? ` of ${props.ownerTitle ?? shortRefName(owner)}` : '';

  let content;
  if (error) {
    content = <LoadError what="the initiative's entities" error={error} />;
  } else if (!value) {
    content = <Progress />;
  } else if (value.total === 0) {
    content = (
      <Typography variant="body1">
        No entity you may read is in scope.
      </Typography>
    );
  } else {
    content = (
      <>
        {loading && <Progress />}
        <div className={classes.scroll}>
          <Table
            size="small"
            aria-labelledby="readiness-initiative-entities-heading"
            data-testid="readiness-initiative-entities"
          >
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  Entity
                </TableCell>
                <TableCell component="th" scope="col">
                  Owner
                </TableCell>
                <TableCell component="th" scope="col">
                  Tier
                </TableCell>
                <TableCell component="th" scope="col">
                  Still missing
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {value.items.map(item => (
                <TableRow key={item.entityRef}>
                  <TableCell component="th" scope="row">
                    <Link
                      component={RouterLink}
                      to={`${entityLink(item.entityRef)}/${tabPath}`}
                    >
                      {shortRefName(item.entityRef)}
                    </Link>
                  </TableCell>
                  <TableCell>
                    {item.owner
                      ? item.ownerTitle ?? shortRefName(item.owner)
                      : ''}
                  </TableCell>
                  <TableCell>
                    {item.tier ? tierTitle(tiers, item.tier) : 'No tier'}
                  </TableCell>
                  <TableCell>
                    {item.done
                      ? 'Done'
                      : listText(item.remainingChecks.map(checkTitle))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <TablePagination
          component="div"
          count={value.total}
          page={page}
          rowsPerPage={pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_, p) => setPage(p)}
          onRowsPerPageChange={e => {
            setPageSize(Number(e.target.value));
            setPage(0);
          }}
        />
      </>
    );
  }

  return (
    <section aria-labelledby="readiness-initiative-entities-heading">
      <div className={classes.heading}>
        <Typography
          variant="h6"
          component="h2"
          id="readiness-initiative-entities-heading"
        >
          Entities{whose}
          {value ? ` (${value.remaining} of ${value.total} remaining)` : ''}
        </Typography>
        {owner && (
          <Button size="small" onClick={props.onShowAll}>
            Show every team
          </Button>
        )}
      </div>
      {content}
    </section>
  );
}
